// EulerDiscreteScheduler ("Euler", diffusers 0.25.1): k-diffusion Euler steps on the sigma schedule;
// draws (and, with s_churn 0, discards) noise every step from the image's generator.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"

namespace stipple {

class EulerDiscreteScheduler : public Scheduler {
public:
    explicit EulerDiscreteScheduler(nlohmann::json config);
    std::string class_name() const override { return "EulerDiscreteScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<EulerDiscreteScheduler>(*this); }
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

}  // namespace stipple
