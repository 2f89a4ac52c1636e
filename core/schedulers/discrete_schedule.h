// Pieces shared by the k-diffusion style schedulers (Euler, Euler a, LMS, Heun, KDPM2): float32
// timestep spacing, sigma schedules, init_noise_sigma and diffusers' step-index bookkeeping.
#pragma once

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace stipple::sched {

// diffusers' float32 timesteps for leading / linspace / trailing (values already rounded to float32).
std::vector<double> k_timesteps(const std::string& spacing, int64_t train_steps, int64_t n, int64_t steps_offset,
                                const std::string& who);
// Timesteps and sigmas (without the final 0) of LMS, Heun and KDPM2: sigmas interpolated at the
// spaced timesteps, or Karras sigmas with their timesteps read back from the log-sigma table
// (rounded to whole numbers when `round_karras_timesteps`, as KDPM2 does).
struct KSchedule {
    std::vector<double> timesteps;
    std::vector<double> sigmas;
};
KSchedule interpolated_k_schedule(const nlohmann::json& config, const at::Tensor& alphas_cumprod, int n,
                                  bool round_karras_timesteps, const std::string& who);

// linspace/trailing start at sigma_max; leading at sqrt(sigma_max^2 + 1).
double k_init_noise_sigma(const std::string& spacing, const at::Tensor& sigmas);

// diffusers' `_step_index`: set from the first timestep seen (its second occurrence when repeated),
// then advanced by one per step() call.
class StepIndex {
public:
    void reset() { index_.reset(); }
    bool known() const { return index_.has_value(); }
    int64_t get(const at::Tensor& schedule, const at::Tensor& timestep, bool last_if_missing, const std::string& who);
    void advance() { index_ = index_.value_or(0) + 1; }

private:
    std::optional<int64_t> index_;
};

}  // namespace stipple::sched
