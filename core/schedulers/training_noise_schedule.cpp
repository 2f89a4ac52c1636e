#include "schedulers/training_noise_schedule.h"

#include "schedulers/scheduler_config.h"
#include "schedulers/scheduler_math.h"

namespace stipple {

at::Tensor training_alphas_cumprod(const nlohmann::json& model_scheduler_config) {
    // DDPMScheduler takes every key that shapes the training schedule and ignores the rest, as
    // diffusers' from_config does; its betas are what every scheduler class derives them from.
    const nlohmann::json config =
        resolve_scheduler_config("DDPMScheduler", model_scheduler_config, nlohmann::json::object());
    at::Tensor betas = sched::make_betas(config, "DDPMScheduler");
    if (sched::cfg_bool(config, "rescale_betas_zero_snr")) betas = sched::rescale_zero_terminal_snr(betas);
    return sched::alphas_cumprod_of(betas);
}

}  // namespace stipple
