// UNet2DConditionModel architecture as read from a diffusers unet/config.json, with diffusers 0.25.1's
// defaults for absent keys. Keys that ask for an architecture Stipple does not implement are an Error.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace stipple {

struct UNetConfig {
    int64_t in_channels = 4;
    int64_t out_channels = 4;
    int64_t sample_size = 0;  // 0 when absent (null)
    bool center_input_sample = false;
    bool flip_sin_to_cos = true;
    double freq_shift = 0;

    std::vector<std::string> down_block_types;  // "CrossAttnDownBlock2D" | "DownBlock2D"
    std::vector<std::string> up_block_types;    // "UpBlock2D" | "CrossAttnUpBlock2D"
    std::string mid_block_type = "UNetMidBlock2DCrossAttn";
    std::vector<int64_t> block_out_channels;

    // Per down block (index i); up block i uses the reversed lists, the mid block the last entry.
    std::vector<int64_t> layers_per_block;
    std::vector<int64_t> num_attention_heads;  // diffusers' attention_head_dim means heads
    std::vector<int64_t> transformer_layers_per_block;
    std::vector<int64_t> cross_attention_dim;

    int64_t downsample_padding = 1;
    double mid_block_scale_factor = 1.0;
    double resnet_out_scale_factor = 1.0;
    int64_t conv_in_kernel = 3;
    int64_t conv_out_kernel = 3;
    int64_t time_embedding_dim = 0;  // 0: block_out_channels[0] * 4

    bool use_linear_projection = false;
    bool upcast_attention = false;
    int64_t norm_num_groups = 32;
    double norm_eps = 1e-5;

    // SDXL: "text_time"; "text": attention-pooled prompt added to the time embedding (else empty).
    std::string addition_embed_type;
    int64_t addition_embed_type_num_heads = 64;
    int64_t addition_time_embed_dim = 0;
    int64_t projection_class_embeddings_input_dim = 0;

    int64_t time_embed_dim() const { return time_embedding_dim > 0 ? time_embedding_dim : block_out_channels.at(0) * 4; }
    bool has_text_time() const { return addition_embed_type == "text_time"; }
    bool has_text_embedding() const { return addition_embed_type == "text"; }
    int64_t num_levels() const { return static_cast<int64_t>(block_out_channels.size()); }
};

// `source` names the file in error messages.
UNetConfig unet_config_from_json(const nlohmann::json& json, const std::string& source = "unet/config.json");
UNetConfig read_unet_config(const std::string& config_json_path);

}  // namespace stipple
