// AutoencoderKL architecture and latent scaling as read from a diffusers vae/config.json, with
// diffusers 0.25.1's defaults for absent keys; unsupported architecture keys are an Error.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace stipple {

struct VaeConfig {
    int64_t in_channels = 3;
    int64_t out_channels = 3;
    int64_t latent_channels = 4;
    std::vector<int64_t> block_out_channels{64};
    int64_t layers_per_block = 1;
    int64_t norm_num_groups = 32;
    int64_t sample_size = 32;
    double scaling_factor = 0.18215;
    bool force_upcast = true;

    // Pixels per latent cell: 2^(levels-1) (8 for SD's four levels).
    int64_t scale_factor() const { return int64_t{1} << (block_out_channels.size() - 1); }
};

VaeConfig vae_config_from_json(const nlohmann::json& json, const std::string& source = "vae/config.json");
VaeConfig read_vae_config(const std::string& config_json_path);

}  // namespace stipple
