// Where stipple-cli writes its images (the names; checks and saving are the GenerationService's).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stipple::cli {

// FILE.png for one image, FILE-0.png, FILE-1.png… for several; "" = stipple-<seed>.png
// (stipple-<seed>-<index>.png when a seed repeats, as in a batch of variations).
std::vector<std::string> output_paths(const std::string& out, const std::vector<uint64_t>& seeds);
// The model used when --model is absent: the built-in model.
std::string default_model_path();

}  // namespace stipple::cli
