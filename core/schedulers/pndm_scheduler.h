// PNDMScheduler (diffusers 0.25.1): pseudo numerical methods; with skip_prk_steps this is PLMS
// (10 steps make 11 UNet calls, the second timestep repeats). State advances by a call counter.
#pragma once

#include "schedulers/scheduler.h"

#include <vector>

namespace stipple {

class PNDMScheduler : public Scheduler {
public:
    explicit PNDMScheduler(nlohmann::json config);
    std::string class_name() const override { return "PNDMScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<PNDMScheduler>(*this); }
    void set_timesteps(int num_inference_steps) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

private:
    SchedulerStepOutput step_prk(const at::Tensor& model_output, int64_t timestep, const at::Tensor& sample);
    SchedulerStepOutput step_plms(const at::Tensor& model_output, int64_t timestep, const at::Tensor& sample);
    at::Tensor prev_sample(const at::Tensor& sample, int64_t t, int64_t prev_t, const at::Tensor& model_output) const;
    at::Tensor estimate_x0(const at::Tensor& sample, int64_t t, const at::Tensor& model_output) const;
    at::Tensor alpha_at(int64_t t) const;

    at::Tensor alphas_cumprod_;
    at::Tensor final_alpha_cumprod_;
    std::vector<int64_t> prk_timesteps_;
    std::vector<at::Tensor> ets_;
    int64_t counter_ = 0;
    at::Tensor cur_sample_;
    at::Tensor cur_model_output_;
};

}  // namespace stipple
