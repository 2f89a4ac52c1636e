// EulerDiscreteScheduler and EulerAncestralDiscreteScheduler (diffusers 0.25.1): k-diffusion Euler
// steps on the sigma schedule; "Euler" draws (and discards, with s_churn 0) noise every step,
// "Euler a" adds ancestral noise every step, both from the image's generator.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"

namespace stipple {

class EulerDiscreteScheduler : public Scheduler {
public:
    explicit EulerDiscreteScheduler(nlohmann::json config);
    std::string class_name() const override { return "EulerDiscreteScheduler"; }
    void set_timesteps(int num_inference_steps) override;
    double init_noise_sigma() const override;
    at::Tensor scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

    // k-diffusion "churn" (diffusers' step() keyword arguments); off by default as in the pipelines.
    void set_churn(double s_churn, double s_tmin, double s_tmax, double s_noise);

private:
    at::Tensor alphas_cumprod_;
    sched::StepIndex step_index_;
    double s_churn_ = 0.0, s_tmin_ = 0.0, s_tmax_ = INFINITY, s_noise_ = 1.0;
};

class EulerAncestralDiscreteScheduler : public Scheduler {
public:
    explicit EulerAncestralDiscreteScheduler(nlohmann::json config);
    std::string class_name() const override { return "EulerAncestralDiscreteScheduler"; }
    void set_timesteps(int num_inference_steps) override;
    double init_noise_sigma() const override;
    at::Tensor scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

private:
    at::Tensor alphas_cumprod_;
    sched::StepIndex step_index_;
};

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
}  // namespace sched

}  // namespace stipple
