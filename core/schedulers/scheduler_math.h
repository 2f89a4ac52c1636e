// Shared numerics of the diffusers schedulers: beta schedules, numpy-exact linspace/arange/interp,
// Karras sigmas, sigma -> timestep, thresholding, timestep lookup and config accessors.
#pragma once

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace stipple::sched {

// --- config accessors (the config was validated by resolve_scheduler_config) ---
double cfg_double(const nlohmann::json& config, const char* key);
int64_t cfg_int(const nlohmann::json& config, const char* key);
bool cfg_bool(const nlohmann::json& config, const char* key);
std::string cfg_string(const nlohmann::json& config, const char* key);
bool cfg_is_null(const nlohmann::json& config, const char* key);

// --- beta schedules (float32 tensors, as diffusers makes them) ---
// betas from trained_betas / beta_schedule (linear, scaled_linear, squaredcos_cap_v2, exp).
at::Tensor make_betas(const nlohmann::json& config, const std::string& class_name);
// diffusers' rescale_zero_terminal_snr (arXiv 2305.08891, Algorithm 1).
at::Tensor rescale_zero_terminal_snr(const at::Tensor& betas);
// cumprod(1 - betas) in float32.
at::Tensor alphas_cumprod_of(const at::Tensor& betas);
// ((1 - ac) / ac) ** 0.5 in float32 (diffusers' `np.array(((1 - ac) / ac) ** 0.5)`).
at::Tensor sigmas_of(const at::Tensor& alphas_cumprod);
std::vector<double> to_doubles(const at::Tensor& t);

// --- numpy-exact helpers (double precision, numpy 1.24 semantics) ---
std::vector<double> np_linspace(double start, double stop, int64_t num, bool endpoint = true);
std::vector<double> np_arange(double start, double stop, double step);
double np_round(double x);  // half to even
// np.interp(x, arange(len(fp)), fp)
std::vector<double> np_interp_index(const std::vector<double>& x, const std::vector<double>& fp);
std::vector<double> reversed(std::vector<double> v);

// Karras et al. (2022) rho=7 sigmas between sigma_max and sigma_min (float64, as diffusers).
std::vector<double> karras_sigmas(double sigma_min, double sigma_max, int64_t n);
// diffusers' _sigma_to_t with a float64 sigma and float32 log_sigmas.
double sigma_to_t(double sigma, const std::vector<float>& log_sigmas);
std::vector<float> log_of(const at::Tensor& float_sigmas);  // np.log of a float32 array

// diffusers' _threshold_sample (dynamic thresholding, Imagen).
at::Tensor threshold_sample(const at::Tensor& sample, double ratio, double max_value);

// Tensor from doubles with a dtype (float32 / int64 / float64).
at::Tensor tensor_of(const std::vector<double>& v, at::ScalarType dtype);

// Index of `timestep` in `schedule`: the second match when it occurs more than once (diffusers'
// rule so img2img starting mid-schedule does not skip a sigma), else the first. When it is absent:
// the last index if `last_if_missing`, else a stipple::Error.
int64_t index_for_timestep(const at::Tensor& schedule, const at::Tensor& timestep, bool last_if_missing,
                           const std::string& who);
// The first match (diffusers' `(schedule == t).nonzero().item()`); Error when absent.
int64_t first_index_of(const at::Tensor& schedule, const at::Tensor& timestep, const std::string& who);

// Per-row values [B] reshaped to [B,1,1,...] to broadcast against `like`.
at::Tensor expand_to(const at::Tensor& per_row, const at::Tensor& like);
// Integer timestep value of a 0-d tensor (int or float).
int64_t timestep_int(const at::Tensor& timestep);
void check_sample_shapes(const at::Tensor& model_output, const at::Tensor& sample, const std::string& who);

}  // namespace stipple::sched
