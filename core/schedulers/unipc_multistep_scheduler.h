// UniPCMultistepScheduler ("UniPC", diffusers 0.25.1): bh1/bh2 predictor-corrector; keeps a short
// model-output history.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"
#include <vector>

namespace stipple {

class UniPCMultistepScheduler : public Scheduler {
public:
    explicit UniPCMultistepScheduler(nlohmann::json config);
    std::string class_name() const override { return "UniPCMultistepScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<UniPCMultistepScheduler>(*this); }
    void set_timesteps(int num_inference_steps) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

private:
    at::Tensor convert_model_output(const at::Tensor& model_output, const at::Tensor& sample, int64_t i) const;
    at::Tensor predictor(const at::Tensor& sample, int order, int64_t i) const;
    at::Tensor corrector(const at::Tensor& this_model_output, const at::Tensor& last_sample, const at::Tensor& this_sample,
                         int order, int64_t i) const;

    at::Tensor alphas_cumprod_;
    std::vector<at::Tensor> model_outputs_;
    int lower_order_nums_ = 0;
    int this_order_ = 0;
    at::Tensor last_sample_;
    sched::StepIndex step_index_;
};

}  // namespace stipple
