// DPMSolverMultistepScheduler ("DPM++ 2M", diffusers 0.25.1: the final sigma is repeated, not zero)
// and UniPCMultistepScheduler (bh1/bh2 predictor-corrector); both keep a short model-output history.
#pragma once

#include "schedulers/discrete_schedule.h"
#include "schedulers/scheduler.h"

#include <vector>

namespace stipple {

class DPMSolverMultistepScheduler : public Scheduler {
public:
    explicit DPMSolverMultistepScheduler(nlohmann::json config);
    std::string class_name() const override { return "DPMSolverMultistepScheduler"; }
    void set_timesteps(int num_inference_steps) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

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
};

class UniPCMultistepScheduler : public Scheduler {
public:
    explicit UniPCMultistepScheduler(nlohmann::json config);
    std::string class_name() const override { return "UniPCMultistepScheduler"; }
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

namespace sched {
// alpha_t = 1 / sqrt(sigma^2 + 1), sigma_t = sigma * alpha_t (diffusers' _sigma_to_alpha_sigma_t).
void sigma_to_alpha_sigma_t(const at::Tensor& sigma, at::Tensor& alpha_t, at::Tensor& sigma_t);
// Timesteps and sigmas of DPM-Solver / UniPC (int64 timesteps; the final sigma repeated).
void multistep_schedule(const nlohmann::json& config, const at::Tensor& alphas_cumprod, int64_t last_timestep, int n,
                        bool allow_lu, at::Tensor& timesteps, at::Tensor& sigmas, const std::string& who);
}  // namespace sched

}  // namespace stipple
