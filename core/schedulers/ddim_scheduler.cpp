#include "schedulers/ddim_scheduler.h"

#include "common/error.h"
#include "schedulers/scheduler_math.h"

namespace stipple {

namespace sched {

void check_step_count(int n, int64_t train_steps, const std::string& who) {
    if (n < 1 || n > train_steps)
        throw Error(who + ": num_inference_steps " + std::to_string(n) + " must be between 1 and num_train_timesteps (" +
                    std::to_string(train_steps) + ")");
}

std::vector<double> ddim_style_timesteps(const std::string& spacing, int64_t train_steps, int64_t n,
                                         int64_t steps_offset, const std::string& who) {
    std::vector<double> ts;
    if (spacing == "linspace") {
        for (double v : np_linspace(0, static_cast<double>(train_steps - 1), n)) ts.push_back(np_round(v));
        ts = reversed(ts);
    } else if (spacing == "leading") {
        const int64_t ratio = train_steps / n;
        for (int64_t i = n - 1; i >= 0; --i) ts.push_back(static_cast<double>(i * ratio + steps_offset));
    } else if (spacing == "trailing") {
        const double ratio = static_cast<double>(train_steps) / static_cast<double>(n);
        for (double v : np_arange(static_cast<double>(train_steps), 0, -ratio)) ts.push_back(np_round(v) - 1);
    } else {
        throw Error(who + ": timestep_spacing '" + spacing + "' is not supported (leading, linspace, trailing)");
    }
    return ts;
}

at::Tensor add_noise_alphas_cumprod(const at::Tensor& alphas_cumprod, const at::Tensor& original,
                                    const at::Tensor& noise, const at::Tensor& timesteps) {
    at::Tensor ac = alphas_cumprod.to(original.device(), original.scalar_type());
    at::Tensor t = timesteps.to(at::kLong).flatten();
    at::Tensor sqrt_alpha = expand_to(ac.index({t}).pow(0.5), original);
    at::Tensor sqrt_one_minus = expand_to((1 - ac.index({t})).pow(0.5), original);
    return sqrt_alpha * original + sqrt_one_minus * noise;
}

at::Tensor predict_x0(const std::string& prediction_type, const at::Tensor& model_output, const at::Tensor& sample,
                      const at::Tensor& alpha_prod_t, const std::string& who) {
    const at::Tensor beta_prod_t = 1 - alpha_prod_t;
    if (prediction_type == "epsilon") return (sample - beta_prod_t.pow(0.5) * model_output) / alpha_prod_t.pow(0.5);
    if (prediction_type == "sample") return model_output;
    if (prediction_type == "v_prediction") return alpha_prod_t.pow(0.5) * sample - beta_prod_t.pow(0.5) * model_output;
    throw Error(who + ": prediction_type '" + prediction_type + "' is not supported");
}

}  // namespace sched

DDIMScheduler::DDIMScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    at::Tensor betas = sched::make_betas(config_, class_name());
    if (sched::cfg_bool(config_, "rescale_betas_zero_snr")) betas = sched::rescale_zero_terminal_snr(betas);
    alphas_cumprod_ = sched::alphas_cumprod_of(betas);
    final_alpha_cumprod_ = sched::cfg_bool(config_, "set_alpha_to_one") ? at::scalar_tensor(1.0, at::kFloat)
                                                                         : alphas_cumprod_[0].clone();
}

void DDIMScheduler::set_timesteps(int n) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    sched::check_step_count(n, train, class_name());
    num_inference_steps_ = n;
    timesteps_ = sched::tensor_of(sched::ddim_style_timesteps(sched::cfg_string(config_, "timestep_spacing"), train, n,
                                                              sched::cfg_int(config_, "steps_offset"), class_name()),
                                  at::kLong);
}

SchedulerStepOutput DDIMScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                        const at::Tensor& sample, Generators&) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample, class_name());
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    const int64_t t = sched::timestep_int(timestep);
    const int64_t prev_t = t - train / num_inference_steps_;
    if (t < 0 || t >= train) throw Error(class_name() + ": timestep " + std::to_string(t) + " is out of range");

    const at::Tensor alpha_prod_t = alphas_cumprod_[t];
    const at::Tensor alpha_prod_t_prev = prev_t >= 0 ? alphas_cumprod_[prev_t] : final_alpha_cumprod_;
    const at::Tensor beta_prod_t = 1 - alpha_prod_t;
    const std::string pred = sched::cfg_string(config_, "prediction_type");

    at::Tensor pred_original;
    at::Tensor pred_epsilon;
    if (pred == "epsilon") {
        pred_original = (sample - beta_prod_t.pow(0.5) * model_output) / alpha_prod_t.pow(0.5);
        pred_epsilon = model_output;
    } else if (pred == "sample") {
        pred_original = model_output;
        pred_epsilon = (sample - alpha_prod_t.pow(0.5) * pred_original) / beta_prod_t.pow(0.5);
    } else {
        pred_original = alpha_prod_t.pow(0.5) * sample - beta_prod_t.pow(0.5) * model_output;
        pred_epsilon = alpha_prod_t.pow(0.5) * model_output + beta_prod_t.pow(0.5) * sample;
    }
    if (sched::cfg_bool(config_, "thresholding")) {
        pred_original = sched::threshold_sample(pred_original, sched::cfg_double(config_, "dynamic_thresholding_ratio"),
                                                sched::cfg_double(config_, "sample_max_value"));
    } else if (sched::cfg_bool(config_, "clip_sample")) {
        const double r = sched::cfg_double(config_, "clip_sample_range");
        pred_original = pred_original.clamp(-r, r);
    }
    // eta = 0: std_dev_t = 0, so the direction term is sqrt(1 - alpha_prod_t_prev) * eps.
    const at::Tensor std_dev_t = at::zeros_like(alpha_prod_t);
    const at::Tensor direction = (1 - alpha_prod_t_prev - std_dev_t.pow(2)).pow(0.5) * pred_epsilon;
    at::Tensor prev = alpha_prod_t_prev.pow(0.5) * pred_original + direction;
    return {prev, pred_original};
}

at::Tensor DDIMScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) {
    return sched::add_noise_alphas_cumprod(alphas_cumprod_, original, noise, timesteps);
}

}  // namespace stipple
