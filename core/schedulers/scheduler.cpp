#include "schedulers/scheduler.h"

#include "common/error.h"

namespace stipple {

void Scheduler::require_timesteps(const char* what) const {
    if (!timesteps_.defined() || num_inference_steps_ <= 0)
        throw Error(class_name() + ": call set_timesteps() before " + what);
}

}  // namespace stipple
