// Where a diffusers component folder (unet/, vae/) keeps its config and weights.
#pragma once

#include <string>

namespace stipple {

// <dir>/config.json; Error when absent.
std::string component_config_path(const std::string& component_dir);
// <dir>/diffusion_pytorch_model.safetensors (or the .fp16 variant); Error naming the folder when
// neither exists (a .bin-only folder is reported as unsupported).
std::string component_weights_path(const std::string& component_dir);

}  // namespace stipple
