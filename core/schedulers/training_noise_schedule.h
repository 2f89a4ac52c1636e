// The noise schedule a model was trained with (its betas and ᾱ_t), read from its
// scheduler_config.json: what forward noising, SNR plots and img2img strength are measured against.
#pragma once

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

namespace stipple {

// alphas_cumprod [num_train_timesteps] (float32) of a model's scheduler_config.json: its beta
// schedule (linear, scaled_linear, squaredcos_cap_v2, trained_betas) and zero-SNR rescaling.
at::Tensor training_alphas_cumprod(const nlohmann::json& model_scheduler_config);

}  // namespace stipple
