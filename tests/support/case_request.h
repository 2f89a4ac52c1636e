// Turning a reference case (../shared/fixtures/cases/<case>/case.json) into what a user would
// give Stipple: a GenerationRequest and the equivalent stipple-cli generate flags.
#pragma once

#include "common/generation_request.h"

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <string>

namespace stipple::test {

struct ReferenceCase {
    QString name;
    QString dir;                  // absolute case folder
    nlohmann::json json;          // case.json
    std::string model_dir;        // absolute model folder
    GenerationRequest request;
    QStringList cli_flags;        // flags for `stipple-cli generate` (without --out)
    bool is_sdxl = false;
    bool expects_error = false;
};

// All case folders under fixtures/cases, sorted by name.
QStringList reference_case_names();
ReferenceCase load_reference_case(const QString& name);

}  // namespace stipple::test
