#include "schedulers/heun_discrete_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/k_diffusion.h"
#include "schedulers/scheduler_math.h"
#include <algorithm>
#include <cmath>

namespace stipple {

HeunDiscreteScheduler::HeunDiscreteScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    alphas_cumprod_ = sched::alphas_cumprod_of(sched::make_betas(config_, class_name()));
    order_ = 2;
    sigmas_ = at::cat({sched::sigmas_of(alphas_cumprod_).flip(0), at::zeros({1}, at::kFloat)});
}

double HeunDiscreteScheduler::init_noise_sigma() const {
    return sched::k_init_noise_sigma(sched::cfg_string(config_, "timestep_spacing"), sigmas_);
}

void HeunDiscreteScheduler::set_timesteps(int n) {
    sched::KSchedule k = sched::interpolated_k_schedule(config_, alphas_cumprod_, n, false, class_name());
    num_inference_steps_ = n;
    const std::vector<double>& ts = k.timesteps;
    std::vector<double>& sig = k.sigmas;
    sig.push_back(0.0);
    sigmas_ = sched::repeat_inner(sched::tensor_of(sig, at::kFloat));
    const at::Tensor t = sched::tensor_of(ts, at::kFloat);
    timesteps_ = at::cat({t.slice(0, 0, 1), t.slice(0, 1).repeat_interleave(2)});
    prev_derivative_ = dt_ = sample_ = at::Tensor();
    step_index_.reset();
}

at::Tensor HeunDiscreteScheduler::scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) {
    require_timesteps("scale_model_input()");
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    const at::Tensor sigma = sigmas_[i];
    return sample / (sigma.pow(2) + 1).pow(0.5);
}

SchedulerStepOutput HeunDiscreteScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                                const at::Tensor& sample_in, Generators&) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample_in, class_name());
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    const bool first_order = !dt_.defined();
    if (first_order && i + 1 >= sigmas_.numel()) throw Error(class_name() + ": step() called after the last timestep");
    const at::Tensor sigma = first_order ? sigmas_[i] : sigmas_[i - 1];
    const at::Tensor sigma_next = first_order ? sigmas_[i + 1] : sigmas_[i];
    const at::Tensor sigma_hat = sigma * (0.0 + 1);  // gamma = 0
    const at::Tensor sigma_input = first_order ? sigma_hat : sigma_next;
    at::Tensor pred_original = sched::k_predict_x0(sched::cfg_string(config_, "prediction_type"), model_output, sample_in,
                                                   sigma_input, sigma_input, class_name());
    if (sched::cfg_bool(config_, "clip_sample")) {
        const double r = sched::cfg_double(config_, "clip_sample_range");
        pred_original = pred_original.clamp(-r, r);
    }
    at::Tensor derivative, dt, sample;
    if (first_order) {
        derivative = (sample_in - pred_original) / sigma_hat;
        dt = sigma_next - sigma_hat;
        prev_derivative_ = derivative;
        dt_ = dt;
        sample_ = sample_in;
        sample = sample_in;
    } else {
        derivative = (sample_in - pred_original) / sigma_next;
        derivative = (prev_derivative_ + derivative) / 2;
        dt = dt_;
        sample = sample_;
        prev_derivative_ = dt_ = sample_ = at::Tensor();
    }
    at::Tensor prev = sample + derivative * dt;
    step_index_.advance();
    return {prev, pred_original};
}

at::Tensor HeunDiscreteScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) {
    return sched::k_add_noise(timesteps_, sigmas_, original, noise, timesteps, true, class_name());
}

}  // namespace stipple
