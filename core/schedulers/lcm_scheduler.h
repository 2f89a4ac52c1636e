// LCMScheduler (diffusers 0.25.1): latent consistency model sampling; timesteps are picked from
// the original_inference_steps distillation schedule, and fresh noise is drawn after every step but the last.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"

namespace stipple {

class LCMScheduler : public Scheduler {
public:
    explicit LCMScheduler(nlohmann::json config);
    std::string class_name() const override { return "LCMScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<LCMScheduler>(*this); }
    void set_timesteps(int num_inference_steps) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

private:
    at::Tensor alphas_cumprod_;
    at::Tensor final_alpha_cumprod_;
    sched::StepIndex step_index_;
};

}  // namespace stipple
