#include "nn/vae_config.h"

#include "io/json_file.h"
#include "nn/config_reader.h"

namespace stipple {

VaeConfig vae_config_from_json(const nlohmann::json& json, const std::string& source) {
    nn_config::Reader r(json, source);
    VaeConfig c;
    const std::string cls = r.string("_class_name", "AutoencoderKL");
    if (cls != "AutoencoderKL") r.fail("_class_name", "only AutoencoderKL is supported here");

    c.in_channels = r.integer("in_channels", 3);
    c.out_channels = r.integer("out_channels", 3);
    c.latent_channels = r.integer("latent_channels", 4);
    c.block_out_channels = r.integers("block_out_channels", {64});
    c.layers_per_block = r.integer("layers_per_block", 1);
    c.norm_num_groups = r.integer("norm_num_groups", 32);
    c.scaling_factor = r.number("scaling_factor", 0.18215);
    c.force_upcast = r.boolean("force_upcast", true);
    if (r.has("sample_size")) {
        const auto& s = json.at("sample_size");
        if (s.is_number_integer()) c.sample_size = s.get<int64_t>();
        else if (s.is_array() && !s.empty() && s[0].is_number_integer()) c.sample_size = s[0].get<int64_t>();
        else r.fail("sample_size", "expected an integer");
    }

    const size_t n = c.block_out_channels.size();
    const auto down = r.strings("down_block_types", {"DownEncoderBlock2D"});
    const auto up = r.strings("up_block_types", {"UpDecoderBlock2D"});
    for (const auto& t : down)
        if (t != "DownEncoderBlock2D") r.fail("down_block_types", "only DownEncoderBlock2D is supported");
    for (const auto& t : up)
        if (t != "UpDecoderBlock2D") r.fail("up_block_types", "only UpDecoderBlock2D is supported");
    if (down.size() != n) r.fail("down_block_types", "must have one entry per block_out_channels entry");
    if (up.size() != n) r.fail("up_block_types", "must have one entry per block_out_channels entry");
    if (c.layers_per_block <= 0) r.fail("layers_per_block", "must be positive");
    if (c.latent_channels <= 0) r.fail("latent_channels", "must be positive");
    if (c.scaling_factor <= 0) r.fail("scaling_factor", "must be positive");
    for (auto ch : c.block_out_channels)
        if (ch <= 0 || c.norm_num_groups <= 0 || ch % c.norm_num_groups != 0)
            r.fail("norm_num_groups", "does not divide block_out_channels entry " + std::to_string(ch));

    r.require_value("act_fn", "silu", "only \"silu\" is supported");
    r.require_value("mid_block_add_attention", true, "a VAE without mid-block attention is not supported");
    r.require_value("use_quant_conv", true, "a VAE without quant_conv is not supported");
    r.require_value("use_post_quant_conv", true, "a VAE without post_quant_conv is not supported");
    return c;
}

VaeConfig read_vae_config(const std::string& config_json_path) {
    return vae_config_from_json(read_json_file(config_json_path), config_json_path);
}

}  // namespace stipple
