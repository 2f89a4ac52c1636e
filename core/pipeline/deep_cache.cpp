#include "pipeline/deep_cache.h"

#include "common/error.h"

#include <string>

namespace stipple {

StepFeatureCache::StepFeatureCache(int interval, int64_t branch) : interval_(interval), branch_(branch) {
    if (interval < 0)
        throw Error("deep cache interval must be 0 (off) or more, not " + std::to_string(interval));
    if (branch < 0) throw Error("deep cache branch must be 0 or more, not " + std::to_string(branch));
}

at::Tensor StepFeatureCache::forward(UNet2DConditionModelImpl& unet, int64_t step, size_t slot,
                                     const at::Tensor& sample, const at::Tensor& timestep,
                                     const at::Tensor& encoder_hidden_states, const UNetAddedCond& added) {
    if (!enabled()) return unet.forward(sample, timestep, encoder_hidden_states, added);
    // Call sites are a handful of fixed indices (stable_diffusion.cpp), never data.
    if (slot >= slots_.size()) slots_.resize(slot + 1);
    Slot& s = slots_[slot];
    s.cache.branch = branch_;
    const int64_t interval_start = step - step % interval_;
    if (s.filled_at >= interval_start && s.filled_at < step && unet.cache_fits(s.cache, sample))
        return unet.forward_shallow(sample, timestep, encoder_hidden_states, added, s.cache);
    s.filled_at = -1;  // stays so if the full pass throws
    at::Tensor out = unet.forward_and_cache(sample, timestep, encoder_hidden_states, added, s.cache);
    s.filled_at = step;
    return out;
}

}  // namespace stipple
