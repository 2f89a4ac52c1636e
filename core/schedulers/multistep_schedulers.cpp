#include "schedulers/multistep_schedulers.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/scheduler_math.h"

#include <cmath>

namespace stipple {

namespace sched {

void sigma_to_alpha_sigma_t(const at::Tensor& sigma, at::Tensor& alpha_t, at::Tensor& sigma_t) {
    alpha_t = at::reciprocal((sigma.pow(2) + 1).pow(0.5));
    sigma_t = sigma * alpha_t;
}


void multistep_schedule(const nlohmann::json& config, const at::Tensor& alphas_cumprod, int64_t last_timestep, int n,
                        bool allow_lu, at::Tensor& timesteps, at::Tensor& sigmas, const std::string& who) {
    const int64_t train = cfg_int(config, "num_train_timesteps");
    const std::string spacing = cfg_string(config, "timestep_spacing");
    std::vector<double> ts;
    if (spacing == "linspace") {
        auto v = np_linspace(0, static_cast<double>(last_timestep - 1), n + 1);
        for (int64_t i = n; i >= 1; --i) ts.push_back(np_round(v[static_cast<size_t>(i)]));
    } else if (spacing == "leading") {
        const int64_t ratio = last_timestep / (n + 1);
        for (int64_t i = n; i >= 1; --i) ts.push_back(static_cast<double>(i * ratio + cfg_int(config, "steps_offset")));
    } else if (spacing == "trailing") {
        const double ratio = static_cast<double>(train) / n;
        for (double v : np_arange(static_cast<double>(last_timestep), 0, -ratio)) ts.push_back(np_round(v) - 1);
    } else {
        throw Error(who + ": timestep_spacing '" + spacing + "' is not supported (leading, linspace, trailing)");
    }
    const at::Tensor base = sigmas_of(alphas_cumprod);
    const std::vector<float> log_sigmas = log_of(base);
    const std::vector<double> fp = to_doubles(base);
    std::vector<double> sig;
    const bool karras = cfg_bool(config, "use_karras_sigmas");
    const bool lu = allow_lu && cfg_bool(config, "use_lu_lambdas");
    if (karras || lu) {
        if (karras) {
            sig = karras_sigmas(fp.front(), fp.back(), n);  // flipped: in_sigmas[-1] = min, [0] = max
        } else {
            // Lu et al. (2022): lambdas uniform between the flipped log-sigma ends.
            const double lambda_min = static_cast<double>(log_sigmas.front());
            const double lambda_max = static_cast<double>(log_sigmas.back());
            for (double r : np_linspace(0, 1, n)) sig.push_back(std::exp(lambda_max + r * (lambda_min - lambda_max)));
        }
        ts.clear();
        for (double s : sig) ts.push_back(np_round(sigma_to_t(s, log_sigmas)));
        sig.push_back(sig.back());
    } else {
        sig = np_interp_index(ts, fp);
        const at::Tensor ac0 = alphas_cumprod[0];
        sig.push_back(((1 - ac0) / ac0).pow(0.5).item<double>());
    }
    sigmas = tensor_of(sig, at::kFloat);
    timesteps = tensor_of(ts, at::kLong);
}

}  // namespace sched

namespace {
at::Tensor multistep_add_noise(const at::Tensor& schedule, const at::Tensor& sigmas_in, const at::Tensor& original,
                               const at::Tensor& noise, const at::Tensor& timesteps, const std::string& who) {
    if (!schedule.defined()) throw Error(who + ": call set_timesteps() before add_noise()");
    const at::Tensor sigmas = sigmas_in.to(original.device(), original.scalar_type());
    const at::Tensor ts = timesteps.flatten();
    std::vector<int64_t> indices;
    for (int64_t i = 0; i < ts.numel(); ++i) indices.push_back(sched::index_for_timestep(schedule, ts[i], true, who));
    at::Tensor sigma = sched::expand_to(sigmas.index({at::tensor(indices, at::TensorOptions().dtype(at::kLong))}).flatten(), original);
    at::Tensor alpha_t, sigma_t;
    sched::sigma_to_alpha_sigma_t(sigma, alpha_t, sigma_t);
    return alpha_t * original + sigma_t * noise;
}
}  // namespace

// ---------------------------------------------------------------- DPMSolverMultistepScheduler

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
    const std::string alg = sched::cfg_string(config_, "algorithm_type");
    if (alg == "sde-dpmsolver" || alg == "sde-dpmsolver++")
        noise = randn_tensor(converted.sizes(), generators, converted.scalar_type(), converted.device());

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
    return multistep_add_noise(timesteps_, sigmas_, original, noise, timesteps, class_name());
}

// ---------------------------------------------------------------- UniPCMultistepScheduler

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
    return multistep_add_noise(timesteps_, sigmas_, original, noise, timesteps, class_name());
}

}  // namespace stipple
