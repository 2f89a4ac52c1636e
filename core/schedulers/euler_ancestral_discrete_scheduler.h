// EulerAncestralDiscreteScheduler ("Euler a", diffusers 0.25.1): Euler steps that add ancestral
// noise every step, drawn from the image's generator.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"

namespace stipple {

class EulerAncestralDiscreteScheduler : public Scheduler {
public:
    explicit EulerAncestralDiscreteScheduler(nlohmann::json config);
    std::string class_name() const override { return "EulerAncestralDiscreteScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<EulerAncestralDiscreteScheduler>(*this); }
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

}  // namespace stipple
