// Resizing latents as AUTOMATIC1111's hires fix does ("Latent" upscalers, shared.latent_upscale_modes):
// torch.nn.functional.interpolate(latents, size=(h, w), mode=…, antialias=…), align_corners left at
// its default (False for bilinear/bicubic), no scale factors given.
#pragma once

#include <ATen/ATen.h>

#include <string>

namespace stipple {

enum class LatentInterpolation { Bilinear, Bicubic, Nearest, NearestExact };

struct LatentUpscaleMode {
    LatentInterpolation interpolation = LatentInterpolation::Bilinear;
    bool antialias = false;
};

// A1111's six names: "Latent" (bilinear), "Latent (antialiased)", "Latent (bicubic)",
// "Latent (bicubic antialiased)", "Latent (nearest)", "Latent (nearest-exact)". Exact spelling, as
// A1111 looks them up; false for any other name.
bool latent_upscale_mode(const std::string& name, LatentUpscaleMode& mode);
// The six names, in A1111's order.
const char* const* latent_upscale_names(int& count);

// `latents` [B,C,h,w] (float) resized to height x width. Antialias runs libtorch 1.13's own
// _upsample_{bilinear,bicubic}2d_aa kernels, the ones interpolate(antialias=True) calls (its
// bicubic uses a = -0.5, so "bicubic antialiased" differs from "bicubic" even when enlarging).
at::Tensor upscale_latents(const at::Tensor& latents, int64_t height, int64_t width, LatentUpscaleMode mode);

}  // namespace stipple
