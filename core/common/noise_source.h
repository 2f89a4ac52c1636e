// Where a generation's random numbers come from: AUTOMATIC1111's "Random number generator source"
// setting, with its names. A request carries one (GenerationRequest::noise_source).
#pragma once

#include <string>

namespace stipple {

// CPU: torch.randn on the CPU (diffusers', ComfyUI's and Stipple's default; A1111's "CPU").
// GPU, NV: A1111's Philox source, equal to torch.randn on an NVIDIA GPU. A1111's "GPU" draws on
// whatever device it runs, which on NVIDIA gives the very numbers "NV" computes; on a CPU machine
// Stipple uses the Philox source for both and keeps the name only to write it back.
enum class NoiseSource { CPU, GPU, NV };

// "CPU", "GPU", "NV": the infotext value (`RNG: NV`).
const char* noise_source_name(NoiseSource source);
// "cpu", "gpu", "nv" in any case; throws stipple::Error naming the accepted values.
NoiseSource parse_noise_source(const std::string& text);

}  // namespace stipple
