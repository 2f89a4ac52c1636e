// A separate VAE file (A1111's "SD VAE" setting, ComfyUI's VAELoader): vae-ft-mse-style files in
// the original CompVis layout (encoder.down.N..., optionally under first_stage_model.), or a
// diffusers AutoencoderKL weights file (encoder.down_blocks.N...). SD 1.x/2.x and SDXL VAEs have
// the same architecture; which latent space a file was trained for is not in its tensors.
#pragma once

#include "io/state_dict.h"

#include <string>

namespace stipple {

// The VAE's weights under diffusers names (zero-copy views of the mapped file). A pickle file,
// a file with no VAE keys, or with keys of other components is an Error naming the file and
// what it holds instead.
StateDict read_vae_file(const std::string& path);

}  // namespace stipple
