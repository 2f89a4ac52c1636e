#include "schedulers/lms_discrete_scheduler.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"
#include "schedulers/k_diffusion.h"
#include "schedulers/scheduler_math.h"

#include <algorithm>
#include <cmath>

namespace stipple {

LMSDiscreteScheduler::LMSDiscreteScheduler(nlohmann::json config) : Scheduler(std::move(config)) {
    alphas_cumprod_ = sched::alphas_cumprod_of(sched::make_betas(config_, class_name()));
    sigmas_ = at::cat({sched::sigmas_of(alphas_cumprod_).flip(0), at::zeros({1}, at::kFloat)});
    sigma_values_ = sched::to_doubles(sigmas_);
}

double LMSDiscreteScheduler::init_noise_sigma() const {
    return sched::k_init_noise_sigma(sched::cfg_string(config_, "timestep_spacing"), sigmas_);
}

void LMSDiscreteScheduler::set_timesteps(int n) {
    sched::KSchedule k = sched::interpolated_k_schedule(config_, alphas_cumprod_, n, false, class_name());
    num_inference_steps_ = n;
    const std::vector<double>& ts = k.timesteps;
    std::vector<double>& sig = k.sigmas;
    sig.push_back(0.0);
    sigmas_ = sched::tensor_of(sig, at::kFloat);
    sigma_values_ = sched::to_doubles(sigmas_);
    timesteps_ = sched::tensor_of(ts, at::kFloat);
    derivatives_.clear();
    step_index_.reset();
}

at::Tensor LMSDiscreteScheduler::scale_model_input(const at::Tensor& sample, const at::Tensor& timestep) {
    require_timesteps("scale_model_input()");
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    const at::Tensor sigma = sigmas_[i];
    return sample / (sigma.pow(2) + 1).pow(0.5);
}

// diffusers integrates with scipy.integrate.quad (21-point Gauss-Kronrod, epsrel 1e-4). The
// integrand is a polynomial of degree order-1 <= 3, which that rule integrates exactly, so the
// reference value is the exact integral up to rounding. 4-point Gauss-Legendre is exact for
// degree <= 7, so it gives the same number without any adaptivity or tolerance.
double LMSDiscreteScheduler::lms_coefficient(int order, int64_t t, int current_order) const {
    auto sigma = [this](int64_t i) { return sigma_values_[static_cast<size_t>(i)]; };
    auto basis = [&](double tau) {
        double prod = 1.0;
        for (int k = 0; k < order; ++k) {
            if (k == current_order) continue;
            prod *= (tau - sigma(t - k)) / (sigma(t - current_order) - sigma(t - k));
        }
        return prod;
    };
    static const double nodes[4] = {-0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526};
    static const double weights[4] = {0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538};
    const double a = sigma(t);
    const double b = sigma(t + 1);
    const double half = (b - a) / 2;
    const double mid = (a + b) / 2;
    double sum = 0;
    for (int i = 0; i < 4; ++i) sum += weights[i] * basis(mid + half * nodes[i]);
    return sum * half;
}

SchedulerStepOutput LMSDiscreteScheduler::step(const at::Tensor& model_output, const at::Tensor& timestep,
                                               const at::Tensor& sample, Generators&) {
    require_timesteps("step()");
    sched::check_sample_shapes(model_output, sample, class_name());
    const int64_t i = step_index_.get(timesteps_, timestep, false, class_name());
    if (i + 1 >= sigmas_.numel()) throw Error(class_name() + ": step() called after the last timestep");
    const at::Tensor sigma = sigmas_[i];
    const at::Tensor pred_original = sched::k_predict_x0(sched::cfg_string(config_, "prediction_type"), model_output,
                                                         sample, sigma, sigma, class_name());
    derivatives_.push_back((sample - pred_original) / sigma);
    if (static_cast<int>(derivatives_.size()) > kOrder) derivatives_.erase(derivatives_.begin());
    const int order = static_cast<int>(std::min<int64_t>(i + 1, kOrder));
    at::Tensor acc;
    for (int k = 0; k < order; ++k) {
        const double coeff = lms_coefficient(order, i, k);
        const at::Tensor term = derivatives_[derivatives_.size() - 1 - static_cast<size_t>(k)] * coeff;
        acc = acc.defined() ? acc + term : term;
    }
    at::Tensor prev = sample + acc;
    step_index_.advance();
    return {prev, pred_original};
}

at::Tensor LMSDiscreteScheduler::add_noise(const at::Tensor& original, const at::Tensor& noise, const at::Tensor& timesteps) {
    return sched::k_add_noise(timesteps_, sigmas_, original, noise, timesteps, false, class_name());
}

}  // namespace stipple
