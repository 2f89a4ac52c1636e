// Where a scheduler's per-step noise comes from when it is not the generators' next draw: k-diffusion
// passes its SDE samplers a `noise_sampler(sigma, sigma_next)`; this is that hook.
#pragma once

#include <ATen/ATen.h>

namespace stipple {

class StepNoise {
public:
    virtual ~StepNoise() = default;
    // Standard normal noise for the step from `sigma` to `sigma_next` (0-d float tensors of the
    // schedule's sigmas, k-diffusion's VE sigmas), shaped, typed and placed like `like` (the batch's
    // latents). The same arguments give the same noise: copies of a scheduler may share one hook.
    virtual at::Tensor noise(const at::Tensor& sigma, const at::Tensor& sigma_next, const at::Tensor& like) = 0;
};

}  // namespace stipple
