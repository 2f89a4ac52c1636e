// What DPM-Solver++ and UniPC share: their timesteps and sigmas (the final sigma repeated),
// sigma -> (alpha_t, sigma_t), and add_noise on that schedule.
#pragma once

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <string>

namespace stipple {

namespace sched {
// alpha_t = 1 / sqrt(sigma^2 + 1), sigma_t = sigma * alpha_t (diffusers' _sigma_to_alpha_sigma_t).
void sigma_to_alpha_sigma_t(const at::Tensor& sigma, at::Tensor& alpha_t, at::Tensor& sigma_t);
// Timesteps and sigmas of DPM-Solver / UniPC (int64 timesteps; the final sigma repeated).
void multistep_schedule(const nlohmann::json& config, const at::Tensor& alphas_cumprod, int64_t last_timestep, int n,
                        bool allow_lu, at::Tensor& timesteps, at::Tensor& sigmas, const std::string& who);
// x_t = alpha_t * x0 + sigma_t * noise at each of `timesteps`, looked up in `schedule`.
at::Tensor multistep_add_noise(const at::Tensor& schedule, const at::Tensor& sigmas, const at::Tensor& original,
                               const at::Tensor& noise, const at::Tensor& timesteps, const std::string& who);
}  // namespace sched

}  // namespace stipple
