#include "common/noise_source.h"

#include "common/error.h"

#include <algorithm>
#include <cctype>

namespace stipple {

const char* noise_source_name(NoiseSource source) {
    switch (source) {
        case NoiseSource::CPU: return "CPU";
        case NoiseSource::GPU: return "GPU";
        case NoiseSource::NV: return "NV";
    }
    return "CPU";
}

NoiseSource parse_noise_source(const std::string& text) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "cpu") return NoiseSource::CPU;
    if (lower == "gpu") return NoiseSource::GPU;
    if (lower == "nv") return NoiseSource::NV;
    throw Error("unknown random number source '" + text + "': use cpu, gpu or nv");
}

}  // namespace stipple
