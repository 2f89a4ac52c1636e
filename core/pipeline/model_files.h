// Finding a model's parts on disk: a diffusers folder (model_index.json + component folders),
// its configs, and an optional TAESD decoder in or beside it.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace stipple {

struct ModelFiles {
    std::string root;                 // the model folder
    std::string name;                 // its name, for metadata ("Model: …")
    nlohmann::json model_index;
    std::string text_encoder_dir, tokenizer_dir, unet_dir, vae_dir;
    std::string text_encoder_2_dir, tokenizer_2_dir;  // SDXL only, else ""
    nlohmann::json scheduler_config;  // scheduler/scheduler_config.json as written (plus a single file's overrides)
    // Keys replacing unet/config.json's (a single file's sample_size, in_channels); {} for folders.
    nlohmann::json unet_config_overrides = nlohmann::json::object();
    std::string taesd_decoder;        // path or ""
};

// taesd[xl]_decoder.safetensors in `taesd_dir`, in or beside `model_dir` (its taesd/ subfolder
// too), or "" when there is none.
std::string find_taesd_decoder(const std::string& model_dir, const std::string& taesd_dir, bool sdxl);

// Reads `path` as a diffusers folder. Throws Error naming what is missing.
ModelFiles locate_model_files(const std::string& path, const std::string& taesd_dir = "");

}  // namespace stipple
