#include "schedulers/discrete_schedule.h"

#include "common/error.h"
#include "schedulers/scheduler_math.h"

#include <cmath>

namespace stipple::sched {

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
