// The one error type of Stipple's core: an actionable, one-line message that names the
// file, key or value at fault. The CLI prints it and exits 2; the UI shows it in a banner.
#pragma once

#include <stdexcept>
#include <string>

namespace stipple {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace stipple
