// Configuration of a Hugging Face CLIPTextModel / CLIPTextModelWithProjection, read from the
// text_encoder/config.json of a diffusers folder with transformers' defaults for absent keys.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>

namespace stipple {

struct CLIPTextConfig {
    int64_t vocab_size = 49408;
    int64_t hidden_size = 512;
    int64_t intermediate_size = 2048;
    int64_t projection_dim = 512;
    int64_t num_hidden_layers = 12;
    int64_t num_attention_heads = 8;
    int64_t max_position_embeddings = 77;
    std::string hidden_act = "quick_gelu";  // quick_gelu | gelu (exact erf) | gelu_new | gelu_pytorch_tanh | relu
    double layer_norm_eps = 1e-5;
    int64_t pad_token_id = 1;
    int64_t bos_token_id = 49406;
    int64_t eos_token_id = 49407;
    // CLIPTextModelWithProjection (has text_projection): from "architectures" in config.json.
    bool with_projection = false;
};

// Parses a config.json object; `source` names the file in errors. Throws stipple::Error on a
// wrong-typed or impossible value (e.g. hidden_size not divisible by num_attention_heads).
CLIPTextConfig parse_clip_text_config(const nlohmann::json& config, const std::string& source);
// Reads and parses a config.json file.
CLIPTextConfig load_clip_text_config(const std::string& config_json_path);

}  // namespace stipple
