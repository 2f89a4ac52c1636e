#include "schedulers/discrete_schedule.h"

#include "common/error.h"
#include "schedulers/ddim_scheduler.h"  // check_step_count
#include "schedulers/scheduler_math.h"

#include <cmath>

namespace stipple::sched {

KSchedule interpolated_k_schedule(const nlohmann::json& config, const at::Tensor& alphas_cumprod, int n,
                                  bool round_karras_timesteps, const std::string& who) {
    const int64_t train = cfg_int(config, "num_train_timesteps");
    check_step_count(n, train, who);
    KSchedule k;
    k.timesteps = k_timesteps(cfg_string(config, "timestep_spacing"), train, n, cfg_int(config, "steps_offset"), who);
    const at::Tensor base = sigmas_of(alphas_cumprod);
    const std::vector<float> log_sigmas = log_of(base);
    k.sigmas = np_interp_index(k.timesteps, to_doubles(base));
    if (cfg_bool(config, "use_karras_sigmas")) {
        k.sigmas = karras_sigmas(k.sigmas.back(), k.sigmas.front(), n);
        k.timesteps.clear();
        // diffusers keeps these float64; they are stored as float32 like every other k-schedule here.
        for (double s : k.sigmas) {
            const double t = sigma_to_t(s, log_sigmas);
            k.timesteps.push_back(static_cast<float>(round_karras_timesteps ? np_round(t) : t));
        }
    }
    return k;
}

std::vector<double> k_timesteps(const std::string& spacing, int64_t train_steps, int64_t n, int64_t steps_offset,
                                const std::string& who) {
    std::vector<double> ts;
    if (spacing == "linspace") {
        for (double v : np_linspace(0, static_cast<double>(train_steps - 1), n)) ts.push_back(static_cast<float>(v));
        ts = reversed(ts);
    } else if (spacing == "leading") {
        const int64_t ratio = train_steps / n;
        for (int64_t i = n - 1; i >= 0; --i)
            ts.push_back(static_cast<float>(static_cast<float>(i * ratio) + static_cast<float>(steps_offset)));
    } else if (spacing == "trailing") {
        const double ratio = static_cast<double>(train_steps) / static_cast<double>(n);
        for (double v : np_arange(static_cast<double>(train_steps), 0, -ratio))
            ts.push_back(static_cast<float>(static_cast<float>(np_round(v)) - 1.0f));
    } else {
        throw Error(who + ": timestep_spacing '" + spacing + "' is not supported (leading, linspace, trailing)");
    }
    return ts;
}

double k_init_noise_sigma(const std::string& spacing, const at::Tensor& sigmas) {
    const at::Tensor max_sigma = sigmas.max();
    if (spacing == "linspace" || spacing == "trailing") return max_sigma.item<double>();
    return (max_sigma.pow(2) + 1).pow(0.5).item<double>();
}

int64_t StepIndex::get(const at::Tensor& schedule, const at::Tensor& timestep, bool last_if_missing, const std::string& who) {
    if (!index_) index_ = index_for_timestep(schedule, timestep, last_if_missing, who);
    return *index_;
}

}  // namespace stipple::sched
