// A1111's "Model hash": the first 10 hex digits of the sha256 of the checkpoint file (for a
// diffusers folder, of its UNet weights file), so infotexts name the weights that made an image.
#pragma once

#include <atomic>
#include <string>

namespace stipple {

// The file whose hash identifies the model at `model_path` (itself for a file), or "" if none.
std::string model_hash_target(const std::string& model_path);
// sha256 of the target's bytes, first 10 hex digits; "" when there is no target, or when `cancel`
// (checked between 1 MiB blocks; may be null) became true before the end.
std::string model_hash(const std::string& model_path, const std::atomic<bool>* cancel = nullptr);

}  // namespace stipple
