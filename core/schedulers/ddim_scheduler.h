// DDIMScheduler (diffusers 0.25.1): deterministic DDIM (eta = 0), epsilon / v / sample
// prediction, clip_sample, thresholding, set_alpha_to_one, rescale_betas_zero_snr.
#pragma once

#include "schedulers/scheduler.h"

namespace stipple {

class DDIMScheduler : public Scheduler {
public:
    explicit DDIMScheduler(nlohmann::json config);
    std::string class_name() const override { return "DDIMScheduler"; }
    std::unique_ptr<Scheduler> clone() const override { return std::make_unique<DDIMScheduler>(*this); }
    void set_timesteps(int num_inference_steps) override;
    SchedulerStepOutput step(const at::Tensor& model_output, const at::Tensor& timestep, const at::Tensor& sample,
                             Generators& generators) override;
    at::Tensor add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) override;

private:
    at::Tensor alphas_cumprod_;
    at::Tensor final_alpha_cumprod_;
};

namespace sched {
// Timesteps of DDIM / DDPM / LCM-style int64 schedules for leading / linspace / trailing spacing.
std::vector<double> ddim_style_timesteps(const std::string& spacing, int64_t train_steps, int64_t n,
                                         int64_t steps_offset, const std::string& who);
// add_noise of the alphas_cumprod schedulers: sqrt(ac[t]) * x0 + sqrt(1 - ac[t]) * noise.
at::Tensor add_noise_alphas_cumprod(const at::Tensor& alphas_cumprod, const at::Tensor& original,
                                    const at::Tensor& noise, const at::Tensor& timesteps);
// x0 from a model output (epsilon / v_prediction / sample) at alpha_prod_t (0-d float32 tensors).
at::Tensor predict_x0(const std::string& prediction_type, const at::Tensor& model_output, const at::Tensor& sample,
                      const at::Tensor& alpha_prod_t, const std::string& who);
void check_step_count(int n, int64_t train_steps, const std::string& who);
}  // namespace sched

}  // namespace stipple
