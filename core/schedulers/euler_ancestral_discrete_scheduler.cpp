#include "schedulers/euler_ancestral_discrete_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/k_diffusion.h"
#include "schedulers/scheduler_math.h"
#include <algorithm>
#include <cmath>

namespace stipple {

EulerAncestralDiscreteScheduler::EulerAncestralDiscreteScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    alphas_cumprod_ = sched::euler_alphas_cumprod(config_, class_name());
    sigmas_ = at::cat({sched::sigmas_of(alphas_cumprod_).flip(0), at::zeros({1}, at::kFloat)});
}

double EulerAncestralDiscreteScheduler::init_noise_sigma() const {
    return sched::k_init_noise_sigma(sched::cfg_string(config_, "timestep_spacing"), sigmas_);
}

void EulerAncestralDiscreteScheduler::set_timesteps(int n) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    sched::check_step_count(n, train, class_name());
    num_inference_steps_ = n;
    const std::vector<double> ts = sched::k_timesteps(sched::cfg_string(config_, "timestep_spacing"), train, n,
                                                      sched::cfg_int(config_, "steps_offset"), class_name());
    std::vector<double> sig = sched::np_interp_index(ts, sched::to_doubles(sched::sigmas_of(alphas_cumprod_)));
    sig.push_back(0.0);
    sigmas_ = sched::tensor_of(sig, at::kFloat);
    timesteps_ = sched::tensor_of(ts, at::kFloat);
    step_index_.reset();
}

at::Tensor EulerAncestralDiscreteScheduler::scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) {
    require_timesteps("scale_model_input()");
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    const at::Tensor sigma = sigmas_[i];
    return sample / (sigma.pow(2) + 1).pow(0.5);
}

SchedulerStepOutput EulerAncestralDiscreteScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                                          const at::Tensor& sample_in, Generators& generators) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample_in, class_name());
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    if (i + 1 >= sigmas_.numel()) throw Error(class_name() + ": step() called after the last timestep");
    const at::Tensor sigma = sigmas_[i];
    const at::Tensor sample = sample_in.to(at::kFloat);
    const at::Tensor pred_original = sched::k_predict_x0(sched::cfg_string(config_, "prediction_type"), model_output,
                                                         sample, sigma, sigma, class_name());
    const at::Tensor sigma_from = sigmas_[i];
    const at::Tensor sigma_to = sigmas_[i + 1];
    const at::Tensor sigma_up = (sigma_to.pow(2) * (sigma_from.pow(2) - sigma_to.pow(2)) / sigma_from.pow(2)).pow(0.5);
    const at::Tensor sigma_down = (sigma_to.pow(2) - sigma_up.pow(2)).pow(0.5);
    const at::Tensor derivative = (sample - pred_original) / sigma;
    const at::Tensor dt = sigma_down - sigma;
    at::Tensor prev = sample + derivative * dt;
    const at::Tensor noise = randn_tensor(model_output.sizes(), generators, model_output.scalar_type(), model_output.device());
    prev = (prev + noise * sigma_up).to(model_output.scalar_type());
    step_index_.advance();
    return {prev, pred_original};
}

at::Tensor EulerAncestralDiscreteScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise,
                                                      const at::Tensor& timesteps) {
    return sched::k_add_noise(timesteps_, sigmas_, original, noise, timesteps, false, class_name());
}

}  // namespace stipple
