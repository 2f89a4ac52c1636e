// What the k-diffusion-style schedulers (Euler, Euler a, LMS, Heun, DPM2) share: their
// alphas_cumprod, the x0 prediction at a sigma, add_noise on a sigma schedule, timestep repeats.
#pragma once

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <string>

namespace stipple {

namespace sched {
// betas -> (rescaled) alphas_cumprod as Euler / Euler a make them (zero-SNR sets ac[-1] = 2^-24).
at::Tensor euler_alphas_cumprod(const nlohmann::json& config, const std::string& who);
// x0 for the k-diffusion schedulers: epsilon / v_prediction / sample at `sigma` (0-d tensor).
at::Tensor k_predict_x0(const std::string& prediction_type, const at::Tensor& model_output, const at::Tensor& sample,
                        const at::Tensor& sigma_input, const at::Tensor& sigma_v, const std::string& who);
// Euler / LMS add_noise: x0 + noise * sigma(t), t looked up in the schedule.
at::Tensor k_add_noise(const at::Tensor& schedule, const at::Tensor& sigmas, const at::Tensor& original,
                       const at::Tensor& noise, const at::Tensor& timesteps, bool second_if_repeated,
                       const std::string& who);
// cat([x[:1], x[1:-1].repeat_interleave(2), x[-1:]]) (Heun's doubled timesteps).
at::Tensor repeat_inner(const at::Tensor& x);
}  // namespace sched

}  // namespace stipple
