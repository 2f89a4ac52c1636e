#include "schedulers/dpmsolver_multistep_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/multistep_schedule.h"
#include "schedulers/scheduler_math.h"
#include <cmath>

namespace stipple {

DPMSolverMultistepScheduler::DPMSolverMultistepScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    alphas_cumprod_ = sched::alphas_cumprod_of(sched::make_betas(config_, class_name()));
    const at::Tensor alpha_t = at::sqrt(alphas_cumprod_);
    const at::Tensor sigma_t = at::sqrt(1 - alphas_cumprod_);
    lambda_t_ = at::log(alpha_t) - at::log(sigma_t);
    sigmas_ = sched::sigmas_of(alphas_cumprod_);
}

void DPMSolverMultistepScheduler::set_timesteps(int n) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    sched::check_step_count(n, train, class_name());
    // Timesteps whose lambda is below lambda_min_clipped are cut from the top of the schedule.
    const double lambda_min = sched::cfg_double(config_, "lambda_min_clipped");
    const at::Tensor clipped_idx = at::searchsorted(at::flip(lambda_t_, {0}), at::scalar_tensor(lambda_min, at::kFloat));
    const int64_t last_timestep = train - clipped_idx.item<int64_t>();
    sched::multistep_schedule(config_, alphas_cumprod_, last_timestep, n, true, timesteps_, sigmas_, class_name());
    num_inference_steps_ = static_cast<int>(timesteps_.numel());
    model_outputs_.assign(static_cast<size_t>(sched::cfg_int(config_, "solver_order")), at::Tensor());
    lower_order_nums_ = 0;
    step_index_.reset();
    step_noise_.reset();
}

bool DPMSolverMultistepScheduler::draws_sde_noise() const {
    const std::string alg = sched::cfg_string(config_, "algorithm_type");
    return alg == "sde-dpmsolver" || alg == "sde-dpmsolver++";
}

at::Tensor DPMSolverMultistepScheduler::convert_model_output(const at::Tensor& model_output_in, const at::Tensor& sample,
                                                             int64_t i, at::Tensor& x0) const {
    const std::string alg = sched::cfg_string(config_, "algorithm_type");
    const std::string pred = sched::cfg_string(config_, "prediction_type");
    at::Tensor model_output = model_output_in;
    if (!sched::cfg_is_null(config_, "variance_type")) model_output = model_output.slice(1, 0, 3);
    at::Tensor alpha_t, sigma_t;
    sched::sigma_to_alpha_sigma_t(sigmas_[i], alpha_t, sigma_t);
    const bool thresholding = sched::cfg_bool(config_, "thresholding");
    const double ratio = sched::cfg_double(config_, "dynamic_thresholding_ratio");
    const double max_value = sched::cfg_double(config_, "sample_max_value");
    if (alg == "dpmsolver++" || alg == "sde-dpmsolver++") {
        if (pred == "epsilon") x0 = (sample - sigma_t * model_output) / alpha_t;
        else if (pred == "sample") x0 = model_output;
        else x0 = alpha_t * sample - sigma_t * model_output;
        if (thresholding) x0 = sched::threshold_sample(x0, ratio, max_value);
        return x0;
    }
    at::Tensor eps;
    if (pred == "epsilon") eps = model_output;
    else if (pred == "sample") eps = (sample - alpha_t * model_output) / sigma_t;
    else eps = alpha_t * model_output + sigma_t * sample;
    x0 = (sample - sigma_t * eps) / alpha_t;
    if (thresholding) {
        x0 = sched::threshold_sample(x0, ratio, max_value);
        eps = (sample - alpha_t * x0) / sigma_t;
    }
    return eps;
}

at::Tensor DPMSolverMultistepScheduler::first_order_update(const at::Tensor& m, const at::Tensor& sample,
                                                           const at::Tensor& noise, int64_t i) const {
    at::Tensor alpha_t, sigma_t, alpha_s, sigma_s;
    sched::sigma_to_alpha_sigma_t(sigmas_[i + 1], alpha_t, sigma_t);
    sched::sigma_to_alpha_sigma_t(sigmas_[i], alpha_s, sigma_s);
    const at::Tensor lambda_t = at::log(alpha_t) - at::log(sigma_t);
    const at::Tensor lambda_s = at::log(alpha_s) - at::log(sigma_s);
    const at::Tensor h = lambda_t - lambda_s;
    const std::string alg = sched::cfg_string(config_, "algorithm_type");
    if (alg == "dpmsolver++") return (sigma_t / sigma_s) * sample - (alpha_t * (at::exp(-h) - 1.0)) * m;
    if (alg == "dpmsolver") return (alpha_t / alpha_s) * sample - (sigma_t * (at::exp(h) - 1.0)) * m;
    if (alg == "sde-dpmsolver++")
        return (sigma_t / sigma_s * at::exp(-h)) * sample + (alpha_t * (1 - at::exp(-2.0 * h))) * m +
               sigma_t * at::sqrt(1.0 - at::exp(-2 * h)) * noise;
    return (alpha_t / alpha_s) * sample - 2.0 * (sigma_t * (at::exp(h) - 1.0)) * m +
           sigma_t * at::sqrt(at::exp(2 * h) - 1.0) * noise;
}

at::Tensor DPMSolverMultistepScheduler::second_order_update(const at::Tensor& sample, const at::Tensor& noise,
                                                            int64_t i) const {
    at::Tensor alpha_t, sigma_t, alpha_s0, sigma_s0, alpha_s1, sigma_s1;
    sched::sigma_to_alpha_sigma_t(sigmas_[i + 1], alpha_t, sigma_t);
    sched::sigma_to_alpha_sigma_t(sigmas_[i], alpha_s0, sigma_s0);
    sched::sigma_to_alpha_sigma_t(sigmas_[i - 1], alpha_s1, sigma_s1);
    const at::Tensor lambda_t = at::log(alpha_t) - at::log(sigma_t);
    const at::Tensor lambda_s0 = at::log(alpha_s0) - at::log(sigma_s0);
    const at::Tensor lambda_s1 = at::log(alpha_s1) - at::log(sigma_s1);
    const at::Tensor& m0 = model_outputs_[model_outputs_.size() - 1];
    const at::Tensor& m1 = model_outputs_[model_outputs_.size() - 2];
    const at::Tensor h = lambda_t - lambda_s0;
    const at::Tensor h_0 = lambda_s0 - lambda_s1;
    const at::Tensor r0 = h_0 / h;
    const at::Tensor& D0 = m0;
    const at::Tensor D1 = at::reciprocal(r0) * 1.0 * (m0 - m1);
    const std::string alg = sched::cfg_string(config_, "algorithm_type");
    const bool midpoint = sched::cfg_string(config_, "solver_type") == "midpoint";
    if (alg == "dpmsolver++") {
        if (midpoint)
            return (sigma_t / sigma_s0) * sample - (alpha_t * (at::exp(-h) - 1.0)) * D0 -
                   0.5 * (alpha_t * (at::exp(-h) - 1.0)) * D1;
        return (sigma_t / sigma_s0) * sample - (alpha_t * (at::exp(-h) - 1.0)) * D0 +
               (alpha_t * ((at::exp(-h) - 1.0) / h + 1.0)) * D1;
    }
    if (alg == "dpmsolver") {
        if (midpoint)
            return (alpha_t / alpha_s0) * sample - (sigma_t * (at::exp(h) - 1.0)) * D0 -
                   0.5 * (sigma_t * (at::exp(h) - 1.0)) * D1;
        return (alpha_t / alpha_s0) * sample - (sigma_t * (at::exp(h) - 1.0)) * D0 -
               (sigma_t * ((at::exp(h) - 1.0) / h - 1.0)) * D1;
    }
    if (alg == "sde-dpmsolver++") {
        if (midpoint)
            return (sigma_t / sigma_s0 * at::exp(-h)) * sample + (alpha_t * (1 - at::exp(-2.0 * h))) * D0 +
                   0.5 * (alpha_t * (1 - at::exp(-2.0 * h))) * D1 + sigma_t * at::sqrt(1.0 - at::exp(-2.0 * h)) * noise;
        return (sigma_t / sigma_s0 * at::exp(-h)) * sample + (alpha_t * (1 - at::exp(-2.0 * h))) * D0 +
               (alpha_t * ((1.0 - at::exp(-2.0 * h)) / (-2.0 * h) + 1.0)) * D1 +
               sigma_t * at::sqrt(1.0 - at::exp(-2.0 * h)) * noise;
    }
    if (midpoint)
        return (alpha_t / alpha_s0) * sample - 2.0 * (sigma_t * (at::exp(h) - 1.0)) * D0 -
               (sigma_t * (at::exp(h) - 1.0)) * D1 + sigma_t * at::sqrt(at::exp(2.0 * h) - 1.0) * noise;
    return (alpha_t / alpha_s0) * sample - 2.0 * (sigma_t * (at::exp(h) - 1.0)) * D0 -
           2.0 * (sigma_t * ((at::exp(h) - 1.0) / h - 1.0)) * D1 + sigma_t * at::sqrt(at::exp(2.0 * h) - 1.0) * noise;
}

at::Tensor DPMSolverMultistepScheduler::third_order_update(const at::Tensor& sample, int64_t i) const {
    at::Tensor alpha_t, sigma_t, alpha_s0, sigma_s0, alpha_s1, sigma_s1, alpha_s2, sigma_s2;
    sched::sigma_to_alpha_sigma_t(sigmas_[i + 1], alpha_t, sigma_t);
    sched::sigma_to_alpha_sigma_t(sigmas_[i], alpha_s0, sigma_s0);
    sched::sigma_to_alpha_sigma_t(sigmas_[i - 1], alpha_s1, sigma_s1);
    sched::sigma_to_alpha_sigma_t(sigmas_[i - 2], alpha_s2, sigma_s2);
    const at::Tensor lambda_t = at::log(alpha_t) - at::log(sigma_t);
    const at::Tensor lambda_s0 = at::log(alpha_s0) - at::log(sigma_s0);
    const at::Tensor lambda_s1 = at::log(alpha_s1) - at::log(sigma_s1);
    const at::Tensor lambda_s2 = at::log(alpha_s2) - at::log(sigma_s2);
    const size_t n = model_outputs_.size();
    const at::Tensor& m0 = model_outputs_[n - 1];
    const at::Tensor& m1 = model_outputs_[n - 2];
    const at::Tensor& m2 = model_outputs_[n - 3];
    const at::Tensor h = lambda_t - lambda_s0, h_0 = lambda_s0 - lambda_s1, h_1 = lambda_s1 - lambda_s2;
    const at::Tensor r0 = h_0 / h, r1 = h_1 / h;
    const at::Tensor& D0 = m0;
    const at::Tensor D1_0 = at::reciprocal(r0) * 1.0 * (m0 - m1);
    const at::Tensor D1_1 = at::reciprocal(r1) * 1.0 * (m1 - m2);
    const at::Tensor D1 = D1_0 + (r0 / (r0 + r1)) * (D1_0 - D1_1);
    const at::Tensor D2 = at::reciprocal(r0 + r1) * 1.0 * (D1_0 - D1_1);
    if (sched::cfg_string(config_, "algorithm_type") == "dpmsolver++")
        return (sigma_t / sigma_s0) * sample - (alpha_t * (at::exp(-h) - 1.0)) * D0 +
               (alpha_t * ((at::exp(-h) - 1.0) / h + 1.0)) * D1 -
               (alpha_t * ((at::exp(-h) - 1.0 + h) / h.pow(2) - 0.5)) * D2;
    return (alpha_t / alpha_s0) * sample - (sigma_t * (at::exp(h) - 1.0)) * D0 -
           (sigma_t * ((at::exp(h) - 1.0) / h - 1.0)) * D1 - (sigma_t * ((at::exp(h) - 1.0 - h) / h.pow(2) - 0.5)) * D2;
}

SchedulerStepOutput DPMSolverMultistepScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                                      const at::Tensor& sample, Generators& generators) {
    require_timesteps("step()");
    const int64_t i = step_index_.get(timesteps_, timestep, true, class_name());
    const int64_t len = timesteps_.numel();
    const int order = static_cast<int>(sched::cfg_int(config_, "solver_order"));
    const bool lower_final = sched::cfg_bool(config_, "lower_order_final");
    const bool lower_order_final = (i == len - 1) && (sched::cfg_bool(config_, "euler_at_final") || (lower_final && len < 15));
    const bool lower_order_second = (i == len - 2) && lower_final && len < 15;

    at::Tensor x0;
    const at::Tensor converted = convert_model_output(model_output, sample, i, x0);
    sched::check_sample_shapes(converted, sample, class_name());
    for (int k = 0; k + 1 < order; ++k) model_outputs_[static_cast<size_t>(k)] = model_outputs_[static_cast<size_t>(k + 1)];
    model_outputs_.back() = converted;

    at::Tensor noise;
    if (draws_sde_noise())
        noise = step_noise_ ? step_noise_->noise(sigmas_[i], sigmas_[i + 1], converted)
                            : randn_tensor(converted.sizes(), generators, converted.scalar_type(), converted.device());

    at::Tensor prev;
    if (order == 1 || lower_order_nums_ < 1 || lower_order_final)
        prev = first_order_update(converted, sample, noise, i);
    else if (order == 2 || lower_order_nums_ < 2 || lower_order_second)
        prev = second_order_update(sample, noise, i);
    else
        prev = third_order_update(sample, i);
    if (lower_order_nums_ < order) lower_order_nums_ += 1;
    step_index_.advance();
    return {prev, x0};
}

at::Tensor DPMSolverMultistepScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise,
                                                  const at::Tensor& timesteps) {
    return sched::multistep_add_noise(timesteps_, sigmas_, original, noise, timesteps, class_name());
}

}  // namespace stipple
