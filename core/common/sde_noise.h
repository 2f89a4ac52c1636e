// Where the step noise of the DPM++ SDE samplers comes from (GenerationRequest::sde_noise).
#pragma once

#include <string>

namespace stipple {

// Diffusers: a fresh draw of the image's generator at every step, as diffusers 0.25.1's
// DPMSolverMultistepScheduler (sde-dpmsolver++) does; what the parity fixtures were made with.
// BrownianTree: AUTOMATIC1111's way (k-diffusion's BrownianTreeNoiseSampler over one torchsde
// Brownian tree per image, entropy = the image's seed, every node drawn from the request's noise
// source; common/brownian_tree.h): the noise of a step is the tree's increment over it, so it
// does not depend on the batch size, and an A1111 picture made with "DPM++ 2M SDE" draws the same.
enum class SdeNoise { Diffusers, BrownianTree };

// "diffusers", "brownian": the CLI value and the infotext value ("SDE noise: brownian").
const char* sde_noise_name(SdeNoise noise);
// "diffusers", "brownian" (or "brownian tree") in any case; throws stipple::Error naming the accepted values.
SdeNoise parse_sde_noise(const std::string& text);

}  // namespace stipple
