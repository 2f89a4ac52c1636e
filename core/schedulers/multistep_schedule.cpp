#include "schedulers/multistep_schedule.h"

#include "common/error.h"
#include "schedulers/scheduler_math.h"

#include <cmath>
#include <vector>

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

}  // namespace sched

}  // namespace stipple
