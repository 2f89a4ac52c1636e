// Where stipple-cli writes its images, and writing them with their parameters.
#pragma once

#include "pipeline/generation_request.h"
#include "pipeline/pipeline.h"

#include <string>
#include <vector>

namespace stipple::cli {

// FILE.png for one image, FILE-0.png, FILE-1.png… for several; "" = stipple-<seed>.png.
std::vector<std::string> output_paths(const std::string& out, const std::vector<uint64_t>& seeds);
// Throws Error when a file's folder does not exist or a name is not a .png.
void check_writable(const std::vector<std::string>& paths);
// PNG with the A1111 "parameters" text (model hash `hash`), written to a temporary name and renamed.
void save_result_png(const Image& image, const std::string& path, const GenerationRequest& request, uint64_t seed,
                     const ModelInfo& model, const std::string& hash);
// The model used when --model is absent: the built-in model.
std::string default_model_path();

}  // namespace stipple::cli
