// How many of the requested steps an img2img / inpaint run denoises: diffusers' get_timesteps
// keeps the last int(steps * strength) of the schedule (all of it at strength 1). The UI shows
// this before a run ("strength 0.6 × 30 steps = 18 steps"); stable_diffusion.cpp uses it to cut
// the schedule, so the two cannot disagree.
#pragma once

#include <algorithm>

namespace stipple {

// Steps that run (scheduler steps, before a second-order sampler's extra UNet calls).
inline int img2img_denoising_steps(int steps, double strength) {
    if (steps <= 0 || !(strength > 0)) return 0;
    if (strength >= 1.0) return steps;
    return std::min(static_cast<int>(steps * strength), steps);
}

}  // namespace stipple
