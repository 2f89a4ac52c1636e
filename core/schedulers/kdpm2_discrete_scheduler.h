// KDPM2DiscreteScheduler ("DPM2", diffusers 0.25.1): two UNet calls per step, the timesteps
// interleaved with interpolated ones.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"

namespace stipple {

class KDPM2DiscreteScheduler : public Scheduler {
public:
    explicit KDPM2DiscreteScheduler(nlohmann::json config);
    std::string class_name() const override { return "KDPM2DiscreteScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<KDPM2DiscreteScheduler>(*this); }
    void set_timesteps(int num_inference_steps) override;
    double init_noise_sigma() const override;
    at::Tensor scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

private:
    at::Tensor alphas_cumprod_;
    at::Tensor sigmas_interpol_;
    sched::StepIndex step_index_;
    at::Tensor sample_;  // undefined while in the first-order state
};

}  // namespace stipple
