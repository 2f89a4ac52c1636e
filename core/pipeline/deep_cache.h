// DeepCache-style step caching for the denoising loop (Ma et al., "DeepCache: Accelerating
// Diffusion Models for Free", CVPR 2024; GenerationRequest::deep_cache_interval). Adjacent steps'
// deep UNet features change little, so every `interval`-th loop iteration (and the first) runs
// the whole UNet and keeps them (UNetFeatureCache, nn/unet.h); the iterations between run only
// the shallow layers on them. Uniform intervals only (DeepCache's non-uniform schedule is not
// implemented). Off (interval 0 or 1) the loop calls UNet forward() exactly as without it.
#pragma once

#include "nn/unet.h"

#include <cstdint>
#include <vector>

namespace stipple {

class StepFeatureCache {
public:
    // interval: 0 or 1 = off; >= 2 = one full UNet pass every `interval` loop iterations. branch:
    // UNetFeatureCache::branch (0 = the shallowest skip branch). A negative interval is an Error.
    explicit StepFeatureCache(int interval, int64_t branch = 0);

    bool enabled() const { return interval_ > 1; }
    int interval() const { return interval_; }

    // The UNet's noise prediction at loop iteration `step` for call site `slot` (one cache each:
    // a CFG batch of negative and prompt rows is one call and shares one cache; a prompt and a
    // negative of different lengths are two calls, two slots). Shallow only when the slot's cache
    // was filled earlier in this interval (normally at its first iteration) by this model for a
    // sample of this shape; otherwise a full pass that refills it, so a cache never outlives its
    // interval.
    at::Tensor forward(UNet2DConditionModelImpl& unet, int64_t step, size_t slot, const at::Tensor& sample,
                       const at::Tensor& timestep, const at::Tensor& encoder_hidden_states,
                       const UNetAddedCond& added = {});

private:
    struct Slot {
        UNetFeatureCache cache;
        int64_t filled_at = -1;  // the loop iteration of the full pass that filled `cache`
    };
    int interval_ = 0;
    int64_t branch_ = 0;
    std::vector<Slot> slots_;
};

}  // namespace stipple
