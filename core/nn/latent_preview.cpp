#include "nn/latent_preview.h"

#include "common/error.h"

#include <sstream>

namespace stipple {

namespace {

// Factor values: ComfyUI's comfy/latent_formats.py (class SD15 and class SDXL, latent_rgb_factors
// and SDXL's latent_rgb_factors_bias), rows = latent channels, columns = R, G, B. These are
// least-squares fits of VAE-decoded colours to latent values; ComfyUI applies them as
// (latent^T · factors + bias + 1) / 2.
constexpr float kSd1Factors[4][3] = {
    {0.3512f, 0.2297f, 0.3227f},
    {0.3250f, 0.4974f, 0.2350f},
    {-0.2829f, 0.1762f, 0.2721f},
    {-0.2120f, -0.2616f, -0.7177f},
};
constexpr float kSd1Bias[3] = {0.0f, 0.0f, 0.0f};

constexpr float kSdxlFactors[4][3] = {
    {0.3651f, 0.4232f, 0.4341f},
    {-0.2533f, -0.0042f, 0.1068f},
    {0.1076f, 0.1111f, -0.0362f},
    {-0.3165f, -0.2492f, -0.2188f},
};
constexpr float kSdxlBias[3] = {0.1084f, -0.0175f, -0.0011f};

}  // namespace

at::Tensor latent_to_rgb(const at::Tensor& latents, ModelFamily family) {
    if (!latents.defined() || latents.dim() != 4 || latents.size(1) != 4) {
        std::ostringstream s;
        if (latents.defined()) s << latents.sizes();
        throw Error("latent preview: latents must be [B,4,h,w], got " + (latents.defined() ? s.str() : "nothing"));
    }
    const bool xl = has_sdxl_latent_space(family);
    const auto opts = at::TensorOptions().dtype(at::kFloat);
    at::Tensor factors = at::empty({4, 3}, opts);
    at::Tensor bias = at::empty({3}, opts);
    for (int c = 0; c < 4; ++c)
        for (int r = 0; r < 3; ++r) factors[c][r] = xl ? kSdxlFactors[c][r] : kSd1Factors[c][r];
    for (int r = 0; r < 3; ++r) bias[r] = xl ? kSdxlBias[r] : kSd1Bias[r];

    at::Tensor x = latents.detach().to(at::kCPU, at::kFloat);
    at::Tensor rgb = at::einsum("bchw,cr->brhw", {x, factors}) + bias.view({1, 3, 1, 1});
    return ((rgb + 1.0) / 2.0).clamp(0.0, 1.0);
}

at::Tensor latent_to_rgb_u8(const at::Tensor& latents, ModelFamily family) {
    return (latent_to_rgb(latents, family) * 255.0).round().to(at::kByte).permute({0, 2, 3, 1}).contiguous();
}

}  // namespace stipple
