#include "schedulers/k_diffusion.h"

#include "common/error.h"
#include "schedulers/scheduler_math.h"

#include <cmath>

namespace stipple {

namespace sched {

at::Tensor euler_alphas_cumprod(const nlohmann::json& config, const std::string& who) {
    at::Tensor betas = make_betas(config, who);
    const bool rescale = cfg_bool(config, "rescale_betas_zero_snr");
    if (rescale) betas = rescale_zero_terminal_snr(betas);
    at::Tensor ac = alphas_cumprod_of(betas);
    // Zero terminal SNR gives sigma = inf at the last step; diffusers clamps it to 2^-24.
    if (rescale) ac[-1] = std::pow(2.0, -24);
    return ac;
}

at::Tensor k_predict_x0(const std::string& prediction_type, const at::Tensor& model_output, const at::Tensor& sample,
                        const at::Tensor& sigma_input, const at::Tensor& sigma_v, const std::string& who) {
    if (prediction_type == "epsilon") return sample - sigma_input * model_output;
    if (prediction_type == "v_prediction")
        return model_output * (-sigma_v / (sigma_v.pow(2) + 1).pow(0.5)) + (sample / (sigma_v.pow(2) + 1));
    if (prediction_type == "sample") return model_output;
    throw Error(who + ": prediction_type '" + prediction_type + "' is not supported");
}

at::Tensor k_add_noise(const at::Tensor& schedule, const at::Tensor& sigmas_in, const at::Tensor& original,
                       const at::Tensor& noise, const at::Tensor& timesteps, bool second_if_repeated,
                       const std::string& who) {
    if (!schedule.defined()) throw Error(who + ": call set_timesteps() before add_noise()");
    at::Tensor sigmas = sigmas_in.to(original.device(), original.scalar_type());
    at::Tensor ts = timesteps.flatten();
    std::vector<int64_t> indices;
    for (int64_t i = 0; i < ts.numel(); ++i) {
        indices.push_back(second_if_repeated ? index_for_timestep(schedule, ts[i], false, who)
                                             : first_index_of(schedule, ts[i], who));
    }
    at::Tensor idx = at::tensor(indices, at::TensorOptions().dtype(at::kLong));
    at::Tensor sigma = expand_to(sigmas.index({idx}).flatten(), original);
    return original + noise * sigma;
}

at::Tensor repeat_inner(const at::Tensor& x) {
    return at::cat({x.slice(0, 0, 1), x.slice(0, 1, -1).repeat_interleave(2), x.slice(0, -1)});
}

}  // namespace sched

}  // namespace stipple
