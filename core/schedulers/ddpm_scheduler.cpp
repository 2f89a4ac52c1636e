#include "schedulers/ddpm_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/scheduler_math.h"

namespace stipple {

DDPMScheduler::DDPMScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    betas_ = sched::make_betas(config_, class_name());
    if (sched::cfg_bool(config_, "rescale_betas_zero_snr")) betas_ = sched::rescale_zero_terminal_snr(betas_);
    alphas_cumprod_ = sched::alphas_cumprod_of(betas_);
    one_ = at::scalar_tensor(1.0, at::kFloat);
}

void DDPMScheduler::set_timesteps(int n) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    sched::check_step_count(n, train, class_name());
    num_inference_steps_ = n;
    timesteps_ = sched::tensor_of(sched::ddim_style_timesteps(sched::cfg_string(config_, "timestep_spacing"), train, n,
                                                              sched::cfg_int(config_, "steps_offset"), class_name()),
                                  at::kLong);
}

int64_t DDPMScheduler::previous_timestep(int64_t t) const {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    const int64_t n = num_inference_steps_ > 0 ? num_inference_steps_ : train;
    return t - train / n;
}

at::Tensor DDPMScheduler::variance(int64_t t, const at::Tensor& predicted_variance) const {
    const int64_t prev_t = previous_timestep(t);
    const at::Tensor alpha_prod_t = alphas_cumprod_[t];
    const at::Tensor alpha_prod_t_prev = prev_t >= 0 ? alphas_cumprod_[prev_t] : one_;
    const at::Tensor current_beta_t = 1 - alpha_prod_t / alpha_prod_t_prev;
    at::Tensor var = (1 - alpha_prod_t_prev) / (1 - alpha_prod_t) * current_beta_t;
    var = at::clamp(var, 1e-20);
    const std::string type = sched::cfg_string(config_, "variance_type");
    if (type == "fixed_small") return var;
    if (type == "fixed_small_log") return at::exp(0.5 * at::log(var));
    if (type == "fixed_large") return current_beta_t;
    if (type == "fixed_large_log") return at::log(current_beta_t);
    if (type == "learned") return predicted_variance;
    // learned_range
    const at::Tensor min_log = at::log(var);
    const at::Tensor max_log = at::log(current_beta_t);
    const at::Tensor frac = (predicted_variance + 1) / 2;
    return frac * max_log + (1 - frac) * min_log;
}

SchedulerStepOutput DDPMScheduler::step(const at::Tensor& model_output_in, const at::Tensor& timestep,
                                        const at::Tensor& sample, Generators& generators) {
    require_timesteps("step()");
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    const int64_t t = sched::timestep_int(timestep);
    if (t < 0 || t >= train) throw Error(class_name() + ": timestep " + std::to_string(t) + " is out of range");
    const int64_t prev_t = previous_timestep(t);
    const std::string type = sched::cfg_string(config_, "variance_type");

    at::Tensor model_output = model_output_in;
    at::Tensor predicted_variance;
    if (model_output.dim() >= 2 && model_output.size(1) == sample.size(1) * 2 &&
        (type == "learned" || type == "learned_range")) {
        auto parts = model_output.split(sample.size(1), 1);
        model_output = parts[0];
        predicted_variance = parts[1];
    }
    sched::check_sample_shapes(model_output, sample, class_name());
    if ((type == "learned" || type == "learned_range") && !predicted_variance.defined())
        throw Error(class_name() + ": variance_type '" + type + "' needs a model output with twice the channels");

    const at::Tensor alpha_prod_t = alphas_cumprod_[t];
    const at::Tensor alpha_prod_t_prev = prev_t >= 0 ? alphas_cumprod_[prev_t] : one_;
    const at::Tensor beta_prod_t = 1 - alpha_prod_t;
    const at::Tensor beta_prod_t_prev = 1 - alpha_prod_t_prev;
    const at::Tensor current_alpha_t = alpha_prod_t / alpha_prod_t_prev;
    const at::Tensor current_beta_t = 1 - current_alpha_t;

    at::Tensor pred_original =
        sched::predict_x0(sched::cfg_string(config_, "prediction_type"), model_output, sample, alpha_prod_t, class_name());
    if (sched::cfg_bool(config_, "thresholding")) {
        pred_original = sched::threshold_sample(pred_original, sched::cfg_double(config_, "dynamic_thresholding_ratio"),
                                                sched::cfg_double(config_, "sample_max_value"));
    } else if (sched::cfg_bool(config_, "clip_sample")) {
        const double r = sched::cfg_double(config_, "clip_sample_range");
        pred_original = pred_original.clamp(-r, r);
    }
    const at::Tensor original_coeff = (alpha_prod_t_prev.pow(0.5) * current_beta_t) / beta_prod_t;
    const at::Tensor sample_coeff = current_alpha_t.pow(0.5) * beta_prod_t_prev / beta_prod_t;
    at::Tensor prev = original_coeff * pred_original + sample_coeff * sample;

    if (t > 0) {
        const at::Tensor noise =
            randn_tensor(model_output.sizes(), generators, model_output.scalar_type(), model_output.device());
        at::Tensor var;
        if (type == "fixed_small_log")
            var = variance(t, predicted_variance) * noise;
        else if (type == "learned_range")
            var = at::exp(0.5 * variance(t, predicted_variance)) * noise;
        else
            var = variance(t, predicted_variance).pow(0.5) * noise;
        prev = prev + var;
    }
    return {prev, pred_original};
}

at::Tensor DDPMScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) {
    return sched::add_noise_alphas_cumprod(alphas_cumprod_, original, noise, timesteps);
}

}  // namespace stipple
