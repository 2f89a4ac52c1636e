#include "schedulers/unipc_multistep_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/multistep_schedule.h"
#include "schedulers/scheduler_math.h"
#include <cmath>

namespace stipple {

UniPCMultistepScheduler::UniPCMultistepScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    alphas_cumprod_ = sched::alphas_cumprod_of(sched::make_betas(config_, class_name()));
    sigmas_ = sched::sigmas_of(alphas_cumprod_);
}

void UniPCMultistepScheduler::set_timesteps(int n) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    sched::check_step_count(n, train, class_name());
    sched::multistep_schedule(config_, alphas_cumprod_, train, n, false, timesteps_, sigmas_, class_name());
    num_inference_steps_ = static_cast<int>(timesteps_.numel());
    model_outputs_.assign(static_cast<size_t>(sched::cfg_int(config_, "solver_order")), at::Tensor());
    lower_order_nums_ = 0;
    this_order_ = 0;
    last_sample_ = at::Tensor();
    step_index_.reset();
}

at::Tensor UniPCMultistepScheduler::convert_model_output(const at::Tensor& model_output, const at::Tensor& sample,
                                                         int64_t i) const {
    at::Tensor alpha_t, sigma_t;
    sched::sigma_to_alpha_sigma_t(sigmas_[i], alpha_t, sigma_t);
    const std::string pred = sched::cfg_string(config_, "prediction_type");
    if (sched::cfg_bool(config_, "predict_x0")) {
        at::Tensor x0;
        if (pred == "epsilon") x0 = (sample - sigma_t * model_output) / alpha_t;
        else if (pred == "sample") x0 = model_output;
        else x0 = alpha_t * sample - sigma_t * model_output;
        if (sched::cfg_bool(config_, "thresholding"))
            x0 = sched::threshold_sample(x0, sched::cfg_double(config_, "dynamic_thresholding_ratio"),
                                         sched::cfg_double(config_, "sample_max_value"));
        return x0;
    }
    if (pred == "epsilon") return model_output;
    if (pred == "sample") return (sample - alpha_t * model_output) / sigma_t;
    return alpha_t * model_output + sigma_t * sample;
}

namespace {
// The B(h) coefficient system of UniPC: R (powers of r_k) and b, built in float32 as diffusers does.
void unipc_system(const at::Tensor& hh, const std::vector<at::Tensor>& rks_in, int order, const std::string& solver_type,
                  at::Tensor& R, at::Tensor& b, at::Tensor& h_phi_1, at::Tensor& B_h) {
    std::vector<at::Tensor> rk_list = rks_in;
    rk_list.push_back(at::scalar_tensor(1.0, at::kFloat));
    const at::Tensor rks = at::stack(rk_list);
    h_phi_1 = at::expm1(hh);
    at::Tensor h_phi_k = h_phi_1 / hh - 1;
    double factorial_i = 1;
    B_h = solver_type == "bh1" ? hh : at::expm1(hh);
    std::vector<at::Tensor> Rs, bs;
    for (int i = 1; i <= order; ++i) {
        Rs.push_back(at::pow(rks, i - 1));
        bs.push_back(h_phi_k * factorial_i / B_h);
        factorial_i *= i + 1;
        h_phi_k = h_phi_k / hh - 1 / factorial_i;
    }
    R = at::stack(Rs);
    b = at::stack(bs);
}

// einsum("k,bkc...->bc...", rhos, stack(D1s, dim=1))
at::Tensor weighted_sum(const at::Tensor& rhos, const std::vector<at::Tensor>& D1s) {
    const at::Tensor stacked = at::stack(D1s, 1);
    return at::einsum("k,bk...->b...", {rhos, stacked});
}
}  // namespace

at::Tensor UniPCMultistepScheduler::predictor(const at::Tensor& x, int order, int64_t i) const {
    const at::Tensor& m0 = model_outputs_.back();
    at::Tensor alpha_t, sigma_t, alpha_s0, sigma_s0;
    sched::sigma_to_alpha_sigma_t(sigmas_[i + 1], alpha_t, sigma_t);
    sched::sigma_to_alpha_sigma_t(sigmas_[i], alpha_s0, sigma_s0);
    const at::Tensor lambda_t = at::log(alpha_t) - at::log(sigma_t);
    const at::Tensor lambda_s0 = at::log(alpha_s0) - at::log(sigma_s0);
    const at::Tensor h = lambda_t - lambda_s0;
    std::vector<at::Tensor> rks, D1s;
    for (int k = 1; k < order; ++k) {
        const int64_t si = i - k;
        const at::Tensor& mi = model_outputs_[model_outputs_.size() - 1 - static_cast<size_t>(k)];
        at::Tensor alpha_si, sigma_si;
        sched::sigma_to_alpha_sigma_t(sigmas_[si], alpha_si, sigma_si);
        const at::Tensor lambda_si = at::log(alpha_si) - at::log(sigma_si);
        const at::Tensor rk = (lambda_si - lambda_s0) / h;
        rks.push_back(rk);
        D1s.push_back((mi - m0) / rk);
    }
    const bool predict_x0 = sched::cfg_bool(config_, "predict_x0");
    const at::Tensor hh = predict_x0 ? -h : h;
    at::Tensor R, b, h_phi_1, B_h;
    unipc_system(hh, rks, order, sched::cfg_string(config_, "solver_type"), R, b, h_phi_1, B_h);
    at::Tensor pred_res;
    if (!D1s.empty()) {
        at::Tensor rhos_p = order == 2 ? at::full({1}, 0.5, at::kFloat)
                                       : at::linalg_solve(R.slice(0, 0, -1).slice(1, 0, -1), b.slice(0, 0, -1));
        pred_res = weighted_sum(rhos_p, D1s);
    }
    at::Tensor x_t;
    if (predict_x0) {
        const at::Tensor x_t_ = sigma_t / sigma_s0 * x - alpha_t * h_phi_1 * m0;
        x_t = pred_res.defined() ? x_t_ - alpha_t * B_h * pred_res : x_t_ - alpha_t * B_h * 0;
    } else {
        const at::Tensor x_t_ = alpha_t / alpha_s0 * x - sigma_t * h_phi_1 * m0;
        x_t = pred_res.defined() ? x_t_ - sigma_t * B_h * pred_res : x_t_ - sigma_t * B_h * 0;
    }
    return x_t.to(x.scalar_type());
}

at::Tensor UniPCMultistepScheduler::corrector(const at::Tensor& model_t, const at::Tensor& x, const at::Tensor& x_t_in,
                                              int order, int64_t i) const {
    const at::Tensor& m0 = model_outputs_.back();
    at::Tensor alpha_t, sigma_t, alpha_s0, sigma_s0;
    sched::sigma_to_alpha_sigma_t(sigmas_[i], alpha_t, sigma_t);
    sched::sigma_to_alpha_sigma_t(sigmas_[i - 1], alpha_s0, sigma_s0);
    const at::Tensor lambda_t = at::log(alpha_t) - at::log(sigma_t);
    const at::Tensor lambda_s0 = at::log(alpha_s0) - at::log(sigma_s0);
    const at::Tensor h = lambda_t - lambda_s0;
    std::vector<at::Tensor> rks, D1s;
    for (int k = 1; k < order; ++k) {
        const int64_t si = i - (k + 1);
        const at::Tensor& mi = model_outputs_[model_outputs_.size() - 1 - static_cast<size_t>(k)];
        at::Tensor alpha_si, sigma_si;
        sched::sigma_to_alpha_sigma_t(sigmas_[si], alpha_si, sigma_si);
        const at::Tensor lambda_si = at::log(alpha_si) - at::log(sigma_si);
        const at::Tensor rk = (lambda_si - lambda_s0) / h;
        rks.push_back(rk);
        D1s.push_back((mi - m0) / rk);
    }
    const bool predict_x0 = sched::cfg_bool(config_, "predict_x0");
    const at::Tensor hh = predict_x0 ? -h : h;
    at::Tensor R, b, h_phi_1, B_h;
    unipc_system(hh, rks, order, sched::cfg_string(config_, "solver_type"), R, b, h_phi_1, B_h);
    const at::Tensor rhos_c = order == 1 ? at::full({1}, 0.5, at::kFloat) : at::linalg_solve(R, b);
    at::Tensor corr_res;
    if (!D1s.empty()) corr_res = weighted_sum(rhos_c.slice(0, 0, -1), D1s);
    const at::Tensor D1_t = model_t - m0;
    const at::Tensor last = rhos_c[-1] * D1_t;
    const at::Tensor total = corr_res.defined() ? corr_res + last : 0 + last;
    at::Tensor x_t;
    if (predict_x0) {
        const at::Tensor x_t_ = sigma_t / sigma_s0 * x - alpha_t * h_phi_1 * m0;
        x_t = x_t_ - alpha_t * B_h * total;
    } else {
        const at::Tensor x_t_ = alpha_t / alpha_s0 * x - sigma_t * h_phi_1 * m0;
        x_t = x_t_ - sigma_t * B_h * total;
    }
    (void)x_t_in;
    return x_t.to(x.scalar_type());
}

SchedulerStepOutput UniPCMultistepScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                                  const at::Tensor& sample_in, Generators&) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample_in, class_name());
    const int64_t i = step_index_.get(timesteps_, timestep, true, class_name());
    bool use_corrector = i > 0 && last_sample_.defined();
    for (const auto& d : config_.at("disable_corrector"))
        if (d.get<int64_t>() == i - 1) use_corrector = false;

    const at::Tensor converted = convert_model_output(model_output, sample_in, i);
    at::Tensor sample = sample_in;
    if (use_corrector) sample = corrector(converted, last_sample_, sample_in, this_order_, i);

    const int order = static_cast<int>(sched::cfg_int(config_, "solver_order"));
    for (int k = 0; k + 1 < order; ++k) model_outputs_[static_cast<size_t>(k)] = model_outputs_[static_cast<size_t>(k + 1)];
    model_outputs_.back() = converted;

    int this_order = order;
    if (sched::cfg_bool(config_, "lower_order_final"))
        this_order = static_cast<int>(std::min<int64_t>(order, timesteps_.numel() - i));
    this_order_ = std::min(this_order, lower_order_nums_ + 1);
    last_sample_ = sample;
    at::Tensor prev = predictor(sample, this_order_, i);
    if (lower_order_nums_ < order) lower_order_nums_ += 1;
    step_index_.advance();

    at::Tensor x0 = converted;
    if (!sched::cfg_bool(config_, "predict_x0")) {
        at::Tensor alpha_t, sigma_t;
        sched::sigma_to_alpha_sigma_t(sigmas_[i], alpha_t, sigma_t);
        x0 = (sample_in - sigma_t * converted) / alpha_t;
    }
    return {prev, x0};
}

at::Tensor UniPCMultistepScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise,
                                              const at::Tensor& timesteps) {
    return sched::multistep_add_noise(timesteps_, sigmas_, original, noise, timesteps, class_name());
}

}  // namespace stipple
