// LMSDiscreteScheduler (diffusers 0.25.1): k-diffusion linear multistep (order 4) on the sigma
// schedule, with the Lagrange-basis coefficients integrated exactly.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"

#include <vector>

namespace stipple {

class LMSDiscreteScheduler : public Scheduler {
public:
    explicit LMSDiscreteScheduler(nlohmann::json config);
    std::string class_name() const override { return "LMSDiscreteScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<LMSDiscreteScheduler>(*this); }
    void set_timesteps(int num_inference_steps) override;
    double init_noise_sigma() const override;
    at::Tensor scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

    // Integral over [sigma_t, sigma_{t+1}] of the Lagrange basis polynomial `current_order` built on
    // sigmas t, t-1, ..., t-order+1 (diffusers' get_lms_coefficient).
    double lms_coefficient(int order, int64_t t, int current_order) const;

private:
    at::Tensor alphas_cumprod_;
    std::vector<double> sigma_values_;
    std::vector<at::Tensor> derivatives_;
    sched::StepIndex step_index_;
    static constexpr int kOrder = 4;
};

}  // namespace stipple
