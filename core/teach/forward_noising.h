// The forward (noising) process q(x_t | x0) = N(sqrt(ᾱ_t) x0, (1 - ᾱ_t) I) with a model's own training
// noise schedule, for the "how noise is added" teaching view: noised latents, a strip over t, and
// the four latent channels as pictures.
#pragma once

#include "common/image.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace stipple {

// ᾱ at noising step t, counted as in the DDPM paper: t = 0 is the clean x0 (ᾱ = 1), t = 1…T uses
// alphas_cumprod[t - 1] (diffusers' timestep t - 1), so the strip 0, 100, …, 1000 ends at the last
// training timestep. Throws stipple::Error for t outside 0…T.
double alpha_bar_at(const at::Tensor& alphas_cumprod, int t);

// x_t = sqrt(ᾱ_t) x0 + sqrt(1 - ᾱ_t) ε with ε ~ N(0, I) drawn on the CPU from a generator seeded
// with `seed` (the same ε for every t, so a strip shows one noise fading in). x0: [1,C,h,w] float.
at::Tensor forward_noise(const at::Tensor& x0, const at::Tensor& alphas_cumprod, int t, uint64_t seed);

// Each channel of latent `index` of [B,C,h,w] as a grey picture, values -range…+range mapped to
// black…white, enlarged `scale` times (nearest neighbour, so single latents stay visible).
std::vector<Image> latent_channel_images(const at::Tensor& latents, double range = 4.0, int scale = 8,
                                         int index = 0);

}  // namespace stipple
