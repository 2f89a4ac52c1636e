#include "schedulers/lcm_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/scheduler_math.h"

#include <cmath>

namespace stipple {

LCMScheduler::LCMScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    at::Tensor betas = sched::make_betas(config_, class_name());
    if (sched::cfg_bool(config_, "rescale_betas_zero_snr")) betas = sched::rescale_zero_terminal_snr(betas);
    alphas_cumprod_ = sched::alphas_cumprod_of(betas);
    final_alpha_cumprod_ = sched::cfg_bool(config_, "set_alpha_to_one") ? at::scalar_tensor(1.0, at::kFloat)
                                                                         : alphas_cumprod_[0].clone();
}

void LCMScheduler::set_timesteps(int n) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    const int64_t original_steps = sched::cfg_int(config_, "original_inference_steps");
    if (original_steps > train)
        throw Error(class_name() + ": original_inference_steps " + std::to_string(original_steps) +
                    " cannot exceed num_train_timesteps " + std::to_string(train));
    sched::check_step_count(n, train, class_name());
    if (n > original_steps)
        throw Error(class_name() + ": num_inference_steps " + std::to_string(n) +
                    " cannot exceed original_inference_steps (" + std::to_string(original_steps) + ")");
    // The distillation schedule k-1, 2k-1, ..., with k = train // original_steps; then n evenly
    // spaced picks (floor of linspace without endpoint) from its reverse.
    const int64_t k = train / original_steps;
    std::vector<int64_t> origin;
    for (int64_t i = original_steps; i >= 1; --i) origin.push_back(i * k - 1);
    std::vector<double> ts;
    for (double v : sched::np_linspace(0, static_cast<double>(origin.size()), n, false))
        ts.push_back(static_cast<double>(origin[static_cast<size_t>(std::floor(v))]));
    num_inference_steps_ = n;
    timesteps_ = sched::tensor_of(ts, at::kLong);
    step_index_.reset();
}

SchedulerStepOutput LCMScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                       const at::Tensor& sample, Generators& generators) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample, class_name());
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    const int64_t t = sched::timestep_int(timestep);
    const int64_t prev_index = i + 1;
    const int64_t prev_t = prev_index < timesteps_.numel() ? timesteps_[prev_index].item<int64_t>() : t;

    const at::Tensor alpha_prod_t = alphas_cumprod_[t];
    const at::Tensor alpha_prod_t_prev = prev_t >= 0 ? alphas_cumprod_[prev_t] : final_alpha_cumprod_;
    const at::Tensor beta_prod_t = 1 - alpha_prod_t;
    const at::Tensor beta_prod_t_prev = 1 - alpha_prod_t_prev;

    // Consistency-model boundary condition scalings (sigma_data = 0.5), in float32 as diffusers.
    const at::Tensor scaled = timestep.to(at::kLong).reshape({}) * sched::cfg_double(config_, "timestep_scaling");
    const double sigma_data = 0.5;
    const at::Tensor c_skip = at::reciprocal(scaled.pow(2) + sigma_data * sigma_data) * (sigma_data * sigma_data);
    const at::Tensor c_out = scaled / (scaled.pow(2) + sigma_data * sigma_data).pow(0.5);

    const std::string pred = sched::cfg_string(config_, "prediction_type");
    at::Tensor x0;
    if (pred == "epsilon") x0 = (sample - beta_prod_t.sqrt() * model_output) / alpha_prod_t.sqrt();
    else if (pred == "sample") x0 = model_output;
    else x0 = alpha_prod_t.sqrt() * sample - beta_prod_t.sqrt() * model_output;
    if (sched::cfg_bool(config_, "thresholding")) {
        x0 = sched::threshold_sample(x0, sched::cfg_double(config_, "dynamic_thresholding_ratio"),
                                     sched::cfg_double(config_, "sample_max_value"));
    } else if (sched::cfg_bool(config_, "clip_sample")) {
        const double r = sched::cfg_double(config_, "clip_sample_range");
        x0 = x0.clamp(-r, r);
    }
    const at::Tensor denoised = c_out * x0 + c_skip * sample;
    at::Tensor prev;
    if (i != num_inference_steps_ - 1) {
        const at::Tensor noise = randn_tensor(model_output.sizes(), generators, denoised.scalar_type(), model_output.device());
        prev = alpha_prod_t_prev.sqrt() * denoised + beta_prod_t_prev.sqrt() * noise;
    } else {
        prev = denoised;
    }
    step_index_.advance();
    return {prev, denoised};
}

at::Tensor LCMScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) {
    return sched::add_noise_alphas_cumprod(alphas_cumprod_, original, noise, timesteps);
}

}  // namespace stipple
