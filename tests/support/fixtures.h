// Where the shared reference fixtures are (../shared beside the checkout, or $STIPPLE_SHARED_DIR),
// and a macro that skips a test with a message when they are absent (and fails in CI, where
// ../shared is always beside the clone: a skip there would hide a broken setup).
#pragma once

#include "common/image.h"

#include <QString>
#include <QtTest>

namespace stipple::test {

// Absolute path of ../shared (or $STIPPLE_SHARED_DIR); empty when it does not exist.
QString shared_dir();
// shared_dir() + "/" + relative, as a std::string for core APIs.
std::string shared_path(const QString& relative);
// The project's source tree (for resources/ and tests/data/).
std::string source_path(const QString& relative);
// Mean absolute difference per channel value (0-255) of two images, `a` sampled (nearest) at
// `b`'s size: how far a preview is from the result it previews.
double mean_abs_difference(const Image& a, const Image& b);
// Copies every file below `from` to the same place below `to` (a model folder to alter in a test).
bool copy_tree(const QString& from, const QString& to);

}  // namespace stipple::test

#define STIPPLE_REQUIRE_SHARED()                                                                  \
    do {                                                                                          \
        if (stipple::test::shared_dir().isEmpty()) {                                              \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                              \
                QFAIL("../shared (reference fixtures) is absent, and CI=true needs it beside the clone"); \
            QSKIP("../shared (reference fixtures) is absent; set STIPPLE_SHARED_DIR to run");     \
        }                                                                                         \
    } while (0)
