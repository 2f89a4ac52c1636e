// AUTOMATIC1111's step noise for the DPM++ SDE samplers (GenerationRequest::sde_noise BrownianTree):
// k-diffusion's BrownianTreeNoiseSampler over the whole schedule, one tree per image seeded with the
// image's seed (A1111's create_noise_sampler: p.all_seeds of the batch, not seed + ENSD).
#pragma once

#include "common/noise_source.h"
#include "schedulers/scheduler.h"
#include "schedulers/step_noise.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace stipple {

// Gives `scheduler` its step noise from Brownian trees when it draws SDE noise (DPMSolverMultistepScheduler
// with algorithm_type sde-dpmsolver++ or sde-dpmsolver); returns false, changing nothing, for any other.
// Call after set_timesteps: the trees span that schedule, from its smallest positive sigma to its
// largest (A1111: sigmas[sigmas > 0].min(), sigmas.max() of the full schedule, img2img too).
bool use_brownian_step_noise(Scheduler& scheduler, const std::vector<uint64_t>& seeds, NoiseSource source);

// The hook use_brownian_step_noise gives, over `scheduler`'s current schedule (for tests and tools:
// its noise(sigmas[i], sigmas[i + 1], latents) is the noise of step i).
std::shared_ptr<StepNoise> make_brownian_step_noise(const Scheduler& scheduler, const std::vector<uint64_t>& seeds,
                                                    NoiseSource source);

}  // namespace stipple
