#include "schedulers/kdpm2_discrete_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/k_diffusion.h"
#include "schedulers/scheduler_math.h"
#include <algorithm>
#include <cmath>

namespace stipple {

KDPM2DiscreteScheduler::KDPM2DiscreteScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    alphas_cumprod_ = sched::alphas_cumprod_of(sched::make_betas(config_, class_name()));
    order_ = 2;
    sigmas_ = at::cat({sched::sigmas_of(alphas_cumprod_).flip(0), at::zeros({1}, at::kFloat)});
}

double KDPM2DiscreteScheduler::init_noise_sigma() const {
    return sched::k_init_noise_sigma(sched::cfg_string(config_, "timestep_spacing"), sigmas_);
}

void KDPM2DiscreteScheduler::set_timesteps(int n) {
    sched::KSchedule k = sched::interpolated_k_schedule(config_, alphas_cumprod_, n, true, class_name());
    num_inference_steps_ = n;
    const std::vector<double>& ts = k.timesteps;
    std::vector<double>& sig = k.sigmas;
    sig.push_back(0.0);
    const at::Tensor s = sched::tensor_of(sig, at::kFloat);
    // Geometric midpoints between consecutive sigmas (log-space lerp), as diffusers computes them.
    const at::Tensor interpol = s.log().lerp(s.roll(1).log(), 0.5).exp();
    sigmas_ = at::cat({s.slice(0, 0, 1), s.slice(0, 1).repeat_interleave(2), s.slice(0, -1)});
    sigmas_interpol_ = at::cat({interpol.slice(0, 0, 1), interpol.slice(0, 1).repeat_interleave(2), interpol.slice(0, -1)});

    const at::Tensor t = sched::tensor_of(ts, at::kFloat);
    // Timesteps of the interpolated sigmas, for the UNet's second call (float64 interpolation in
    // log-sigma, stored as float32). They agree with diffusers 0.25.1 to the bit except the last one
    // of SD 1.5 at 10 steps (11.2025156 vs 11.2025175, 2 ulps): the reference mixes float32 torch and
    // float64 numpy arithmetic there. The sigmas, and so every step, are bit-identical.
    const std::vector<float> log_sigmas = sched::log_of(sched::sigmas_of(alphas_cumprod_));
    std::vector<double> t_interpol;
    const at::Tensor ic = interpol.contiguous();
    for (int64_t i = 0; i < ic.numel(); ++i)
        t_interpol.push_back(sched::sigma_to_t(static_cast<double>(ic.data_ptr<float>()[i]), log_sigmas));
    const at::Tensor ti = sched::tensor_of(t_interpol, at::kFloat);
    const at::Tensor interleaved = at::stack({ti.slice(0, 1, -1).unsqueeze(1), t.slice(0, 1).unsqueeze(1)}, -1).flatten();
    timesteps_ = at::cat({t.slice(0, 0, 1), interleaved});
    sample_ = at::Tensor();
    step_index_.reset();
}

at::Tensor KDPM2DiscreteScheduler::scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) {
    require_timesteps("scale_model_input()");
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    const at::Tensor sigma = !sample_.defined() ? sigmas_[i] : sigmas_interpol_[i];
    return sample / (sigma.pow(2) + 1).pow(0.5);
}

SchedulerStepOutput KDPM2DiscreteScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                                 const at::Tensor& sample_in, Generators&) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample_in, class_name());
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    const bool first_order = !sample_.defined();
    if (first_order && i + 1 >= sigmas_.numel()) throw Error(class_name() + ": step() called after the last timestep");
    const at::Tensor sigma = first_order ? sigmas_[i] : sigmas_[i - 1];
    const at::Tensor sigma_interpol = first_order ? sigmas_interpol_[i + 1] : sigmas_interpol_[i];
    const at::Tensor sigma_next = first_order ? sigmas_[i + 1] : sigmas_[i];
    const at::Tensor sigma_hat = sigma * (0.0 + 1);  // gamma = 0
    const at::Tensor sigma_input = first_order ? sigma_hat : sigma_interpol;
    const at::Tensor pred_original = sched::k_predict_x0(sched::cfg_string(config_, "prediction_type"), model_output,
                                                         sample_in, sigma_input, sigma_input, class_name());
    at::Tensor derivative, dt, sample;
    if (first_order) {
        derivative = (sample_in - pred_original) / sigma_hat;
        dt = sigma_interpol - sigma_hat;
        sample_ = sample_in;
        sample = sample_in;
    } else {
        derivative = (sample_in - pred_original) / sigma_interpol;
        dt = sigma_next - sigma_hat;
        sample = sample_;
        sample_ = at::Tensor();
    }
    step_index_.advance();
    at::Tensor prev = sample + derivative * dt;
    return {prev, pred_original};
}

at::Tensor KDPM2DiscreteScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) {
    return sched::k_add_noise(timesteps_, sigmas_, original, noise, timesteps, true, class_name());
}

}  // namespace stipple
