#include "pipeline/latent_upscale.h"

#include "common/error.h"

#include <iterator>

namespace stipple {

namespace {

struct NamedMode {
    const char* name;
    LatentUpscaleMode mode;
};

const NamedMode kModes[] = {
    {"Latent", {LatentInterpolation::Bilinear, false}},
    {"Latent (antialiased)", {LatentInterpolation::Bilinear, true}},
    {"Latent (bicubic)", {LatentInterpolation::Bicubic, false}},
    {"Latent (bicubic antialiased)", {LatentInterpolation::Bicubic, true}},
    {"Latent (nearest)", {LatentInterpolation::Nearest, false}},
    {"Latent (nearest-exact)", {LatentInterpolation::NearestExact, false}},
};

const char* const kNames[] = {kModes[0].name, kModes[1].name, kModes[2].name,
                              kModes[3].name, kModes[4].name, kModes[5].name};

}  // namespace

bool latent_upscale_mode(const std::string& name, LatentUpscaleMode& mode) {
    for (const NamedMode& m : kModes)
        if (name == m.name) {
            mode = m.mode;
            return true;
        }
    return false;
}

const char* const* latent_upscale_names(int& count) {
    count = static_cast<int>(std::size(kNames));
    return kNames;
}

at::Tensor upscale_latents(const at::Tensor& latents, int64_t height, int64_t width, LatentUpscaleMode mode) {
    if (latents.dim() != 4) throw Error("latents to upscale must be [B,C,h,w]");
    if (height < 1 || width < 1)
        throw Error("cannot upscale latents to " + std::to_string(width) + "x" + std::to_string(height));
    const std::vector<int64_t> size{height, width};
    const at::Tensor x = latents.to(at::kFloat).contiguous();
    // interpolate(size=…) passes no scale factors: each kernel derives them from the sizes.
    switch (mode.interpolation) {
        case LatentInterpolation::Bilinear:
            return mode.antialias ? at::_upsample_bilinear2d_aa(x, size, false) : at::upsample_bilinear2d(x, size, false);
        case LatentInterpolation::Bicubic:
            return mode.antialias ? at::_upsample_bicubic2d_aa(x, size, false) : at::upsample_bicubic2d(x, size, false);
        case LatentInterpolation::Nearest:
            return at::upsample_nearest2d(x, size);
        case LatentInterpolation::NearestExact:
            return at::_upsample_nearest_exact2d(x, size);
    }
    throw Error("unknown latent upscale mode");
}

}  // namespace stipple
