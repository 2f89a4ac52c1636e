#include "common/sde_noise.h"

#include "common/error.h"

#include <algorithm>
#include <cctype>

namespace stipple {

const char* sde_noise_name(SdeNoise noise) {
    return noise == SdeNoise::BrownianTree ? "brownian" : "diffusers";
}

SdeNoise parse_sde_noise(const std::string& text) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "diffusers") return SdeNoise::Diffusers;
    if (lower == "brownian" || lower == "brownian tree") return SdeNoise::BrownianTree;
    throw Error("unknown SDE noise '" + text + "': use diffusers or brownian");
}

}  // namespace stipple
