#include "support/error_text.h"

#include "common/error.h"

#include <exception>

namespace stipple::test {

std::string error_of(const std::function<void()>& call) {
    try {
        call();
    } catch (const Error& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("not a stipple::Error: ") + e.what();
    }
    return "";
}

}  // namespace stipple::test
