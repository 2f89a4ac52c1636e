#include "common/model_family.h"

#include "common/error.h"

#include <algorithm>
#include <cctype>

namespace stipple {

const char* model_family_id(ModelFamily family) {
    switch (family) {
    case ModelFamily::SD1: return "sd1";
    case ModelFamily::SD2: return "sd2";
    case ModelFamily::SDXL: return "sdxl";
    }
    return "?";
}

const char* model_family_label(ModelFamily family) {
    switch (family) {
    case ModelFamily::SD1: return "SD 1.x";
    case ModelFamily::SD2: return "SD 2.x";
    case ModelFamily::SDXL: return "SDXL";
    }
    return "?";
}

ModelFamily parse_model_family(const std::string& text) {
    std::string t = text;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (t == "sd1" || t == "sd15") return ModelFamily::SD1;
    if (t == "sd2" || t == "sd21") return ModelFamily::SD2;
    if (t == "sdxl") return ModelFamily::SDXL;
    throw Error("unknown model family '" + text.substr(0, 40) + "' (expected sd1, sd2 or sdxl)");
}

}  // namespace stipple
