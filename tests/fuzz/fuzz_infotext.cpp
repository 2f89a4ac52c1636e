// libFuzzer target: A1111 infotext, the "parameters" text of PNGs from strangers
// (core/image/infotext.h). Any bytes must parse or throw stipple::Error in bounded time; what
// parses must also format again.
#include "common/error.h"
#include "image/infotext.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const stipple::Infotext parsed = stipple::parse_infotext(text);
        (void)stipple::format_infotext(parsed);
        for (const auto& [key, value] : parsed.params) {
            (void)stipple::unquote_infotext_value(value);
            (void)stipple::parse_infotext_size(value);
        }
    } catch (const stipple::Error&) {
    }
    (void)stipple::find_infotext_params(text);
    return 0;
}
