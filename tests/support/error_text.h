// What a call throws, as text: the one-line message of a stipple::Error, "" when nothing is
// thrown, and "not a stipple::Error: …" for any other exception (a bad_alloc or out_of_range
// where a clear error belongs is a failure the tests should see).
#pragma once

#include <functional>
#include <string>

namespace stipple::test {

std::string error_of(const std::function<void()>& call);

}  // namespace stipple::test
