// A1111's "Model hash": the first 10 hex digits of the sha256 of the checkpoint file (for a
// diffusers folder, of its UNet weights file), so infotexts name the weights that made an image.
#pragma once

#include <string>

namespace stipple {

// The file whose hash identifies the model at `model_path` (itself for a file), or "" if none.
std::string model_hash_target(const std::string& model_path);
// sha256 of the target's bytes, first 10 hex digits; "" when there is no target.
std::string model_hash(const std::string& model_path);

}  // namespace stipple
