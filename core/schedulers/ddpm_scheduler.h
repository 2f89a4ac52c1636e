// DDPMScheduler (diffusers 0.25.1): ancestral DDPM sampling; the variance noise is drawn from the
// image's generator at every step with t > 0, as diffusers does.
#pragma once

#include "schedulers/scheduler.h"

namespace stipple {

class DDPMScheduler : public Scheduler {
public:
    explicit DDPMScheduler(nlohmann::json config);
    std::string class_name() const override { return "DDPMScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<DDPMScheduler>(*this); }
    void set_timesteps(int num_inference_steps) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

private:
    int64_t previous_timestep(int64_t t) const;
    at::Tensor variance(int64_t t, const at::Tensor& predicted_variance) const;
    at::Tensor alphas_cumprod_;
    at::Tensor betas_;
    at::Tensor one_;
};

}  // namespace stipple
