#include "schedulers/euler_discrete_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/k_diffusion.h"
#include "schedulers/scheduler_math.h"
#include <algorithm>
#include <cmath>

namespace stipple {

EulerDiscreteScheduler::EulerDiscreteScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    alphas_cumprod_ = sched::euler_alphas_cumprod(config_, class_name());
    sigmas_ = at::cat({sched::sigmas_of(alphas_cumprod_).flip(0), at::zeros({1}, at::kFloat)});
}

void EulerDiscreteScheduler::set_churn(double s_churn, double s_tmin, double s_tmax, double s_noise) {
    s_churn_ = s_churn;
    s_tmin_ = s_tmin;
    s_tmax_ = s_tmax;
    s_noise_ = s_noise;
}

double EulerDiscreteScheduler::init_noise_sigma() const {
    return sched::k_init_noise_sigma(sched::cfg_string(config_, "timestep_spacing"), sigmas_);
}

void EulerDiscreteScheduler::set_timesteps(int n) {
    const int64_t train = sched::cfg_int(config_, "num_train_timesteps");
    sched::check_step_count(n, train, class_name());
    num_inference_steps_ = n;
    std::vector<double> ts = sched::k_timesteps(sched::cfg_string(config_, "timestep_spacing"), train, n,
                                                sched::cfg_int(config_, "steps_offset"), class_name());
    const at::Tensor base_sigmas = sched::sigmas_of(alphas_cumprod_);  // float32, ascending in t
    const std::vector<float> log_sigmas = sched::log_of(base_sigmas);
    const std::vector<double> fp = sched::to_doubles(base_sigmas);

    std::vector<double> sig;
    const std::string interp = sched::cfg_string(config_, "interpolation_type");
    if (interp == "linear") {
        sig = sched::np_interp_index(ts, fp);
    } else {
        // torch.linspace(log(sigmas[-1]), log(sigmas[0]), n + 1).exp()
        at::Tensor l = at::linspace(static_cast<double>(log_sigmas.back()), static_cast<double>(log_sigmas.front()), n + 1,
                                    at::TensorOptions().dtype(at::kFloat)).exp();
        sig = sched::to_doubles(l);
    }
    if (sched::cfg_bool(config_, "use_karras_sigmas")) {
        const double smin = sched::cfg_is_null(config_, "sigma_min") ? sig.back() : sched::cfg_double(config_, "sigma_min");
        const double smax = sched::cfg_is_null(config_, "sigma_max") ? sig.front() : sched::cfg_double(config_, "sigma_max");
        sig = sched::karras_sigmas(smin, smax, n);
        ts.clear();
        for (double s : sig) ts.push_back(static_cast<float>(sched::sigma_to_t(s, log_sigmas)));
    }
    at::Tensor sig32 = sched::tensor_of(sig, at::kFloat);
    if (sched::cfg_string(config_, "timestep_type") == "continuous" &&
        sched::cfg_string(config_, "prediction_type") == "v_prediction") {
        timesteps_ = 0.25 * at::log(sig32);
    } else {
        timesteps_ = sched::tensor_of(ts, at::kFloat);
    }
    sigmas_ = at::cat({sig32, at::zeros({1}, at::kFloat)});
    step_index_.reset();
}

at::Tensor EulerDiscreteScheduler::scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) {
    require_timesteps("scale_model_input()");
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    const at::Tensor sigma = sigmas_[i];
    return sample / (sigma.pow(2) + 1).pow(0.5);
}

SchedulerStepOutput EulerDiscreteScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                                 const at::Tensor& sample_in, Generators& generators) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample_in, class_name());
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    if (i + 1 >= sigmas_.numel()) throw Error(class_name() + ": step() called after the last timestep");
    at::Tensor sample = sample_in.to(at::kFloat);
    const at::Tensor sigma = sigmas_[i];
    const double sigma_d = sigma.item<double>();
    const double gamma = (s_tmin_ <= sigma_d && sigma_d <= s_tmax_)
                             ? std::min(s_churn_ / static_cast<double>(sigmas_.numel() - 1), std::sqrt(2.0) - 1)
                             : 0.0;
    // Drawn on every step even when unused: it advances the generator exactly as diffusers does.
    const at::Tensor noise = randn_tensor(model_output.sizes(), generators, model_output.scalar_type(), model_output.device());
    const at::Tensor eps = noise * s_noise_;
    const at::Tensor sigma_hat = sigma * (gamma + 1);
    if (gamma > 0) sample = sample + eps * (sigma_hat.pow(2) - sigma.pow(2)).pow(0.5);

    const at::Tensor pred_original = sched::k_predict_x0(sched::cfg_string(config_, "prediction_type"), model_output,
                                                         sample, sigma_hat, sigma, class_name());
    const at::Tensor derivative = (sample - pred_original) / sigma_hat;
    const at::Tensor dt = sigmas_[i + 1] - sigma_hat;
    at::Tensor prev = (sample + derivative * dt).to(model_output.scalar_type());
    step_index_.advance();
    return {prev, pred_original};
}

at::Tensor EulerDiscreteScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise,
                                             const at::Tensor& timesteps) {
    return sched::k_add_noise(timesteps_, sigmas_, original, noise, timesteps, false, class_name());
}

}  // namespace stipple
