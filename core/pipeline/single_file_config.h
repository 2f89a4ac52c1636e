// What a single-file checkpoint needs besides its weights: the configs (from resources/configs/),
// its prediction type, native size, UNet input channels and whether it is a few-step model — all
// read from the file itself, as AUTOMATIC1111 / ComfyUI do, so no --config folder is needed.
#pragma once

#include "io/single_file.h"

#include <nlohmann/json.hpp>

#include <string>

namespace stipple {

struct SingleFileConfig {
    std::string config_dir;         // resources/configs/<published repo>
    std::string prediction_type;    // "epsilon" or "v_prediction"
    std::string prediction_source;  // why: "override", "a .yaml beside the file", "v_pred key", ...
    bool few_step = false;          // Turbo/Lightning/Hyper/LCM-style distilled model
    // Applied on top of config_dir's unet/config.json and scheduler/scheduler_config.json.
    nlohmann::json unet_overrides = nlohmann::json::object();
    nlohmann::json scheduler_overrides = nlohmann::json::object();
};

// Prediction type, in order: `prediction_override` ("epsilon"/"v_prediction"/"v"/"eps", else an
// Error); an A1111 `<stem>.yaml` beside the file with `parameterization: "v"`; a `v_pred` marker
// key; safetensors metadata `modelspec.prediction_type`; for SD 2.x (non-inpainting) ComfyUI's
// weight heuristic (population std of the last up-block attention's norm1.bias > 0.09 means v);
// otherwise epsilon. SD 2.x v-prediction models are 768 px (stable-diffusion-2-1), epsilon ones
// 512 px (2.x-base). Few-step: "turbo", "lightning", "hyper", "lcm" in the file name or in
// modelspec.title; Turbo uses the sd-turbo / sdxl-turbo configs, the others trailing Euler.
// Inpainting models (9 input channels) keep their family's config with in_channels = 9.
SingleFileConfig choose_single_file_config(const SingleFileComponents& file, const std::string& prediction_override,
                                           const std::string& resources_dir);

// "epsilon"/"eps" -> "epsilon", "v_prediction"/"v"/"v-prediction" -> "v_prediction", "" -> "";
// anything else an Error naming the accepted values.
std::string normalize_prediction_type(const std::string& text);

}  // namespace stipple
