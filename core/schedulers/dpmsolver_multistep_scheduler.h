// DPMSolverMultistepScheduler ("DPM++ 2M", "DPM++ 2M SDE", diffusers 0.25.1: the final sigma is
// repeated, not zero); keeps a short model-output history.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"
#include "schedulers/step_noise.h"

#include <memory>
#include <vector>

namespace stipple {

class DPMSolverMultistepScheduler : public Scheduler {
public:
    explicit DPMSolverMultistepScheduler(nlohmann::json config);
    std::string class_name() const override { return "DPMSolverMultistepScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<DPMSolverMultistepScheduler>(*this); }
    void set_timesteps(int num_inference_steps) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

    // Whether step() adds noise (algorithm_type sde-dpmsolver++ or sde-dpmsolver).
    bool draws_sde_noise() const;
    // The SDE noise of each step from `noise` (k-diffusion's noise_sampler) instead of the generators,
    // which then are not drawn from; null = the generators (diffusers). Kept by clone(), cleared by
    // set_timesteps (a hook spans one schedule: set it after set_timesteps).
    void set_step_noise(std::shared_ptr<StepNoise> noise) { step_noise_ = std::move(noise); }

private:
    at::Tensor convert_model_output(const at::Tensor& model_output, const at::Tensor& sample, int64_t i,
                                    at::Tensor& x0) const;
    at::Tensor first_order_update(const at::Tensor& m, const at::Tensor& sample, const at::Tensor& noise, int64_t i) const;
    at::Tensor second_order_update(const at::Tensor& sample, const at::Tensor& noise, int64_t i) const;
    at::Tensor third_order_update(const at::Tensor& sample, int64_t i) const;

    at::Tensor alphas_cumprod_;
    at::Tensor lambda_t_;
    std::vector<at::Tensor> model_outputs_;
    int lower_order_nums_ = 0;
    sched::StepIndex step_index_;
    std::shared_ptr<StepNoise> step_noise_;
};

}  // namespace stipple
