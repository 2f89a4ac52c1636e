#include "nn/unet_config.h"

#include "common/error.h"
#include "io/json_file.h"
#include "nn/config_reader.h"

namespace stipple {

namespace {

std::string strip_unetres(const std::string& type) {
    // diffusers' get_down_block/get_up_block accept the "UNetRes" prefixed spellings too.
    return type.rfind("UNetRes", 0) == 0 ? type.substr(7) : type;
}

}  // namespace

UNetConfig unet_config_from_json(const nlohmann::json& json, const std::string& source) {
    nn_config::Reader r(json, source);
    UNetConfig c;

    const std::string cls = r.string("_class_name", "UNet2DConditionModel");
    if (cls != "UNet2DConditionModel")
        r.fail("_class_name", "only UNet2DConditionModel is supported here");

    c.in_channels = r.integer("in_channels", 4);
    c.out_channels = r.integer("out_channels", 4);
    if (r.has("sample_size")) {
        const auto& s = json.at("sample_size");
        if (s.is_number_integer()) c.sample_size = s.get<int64_t>();
        else if (s.is_array() && !s.empty() && s[0].is_number_integer()) c.sample_size = s[0].get<int64_t>();
        else r.fail("sample_size", "expected an integer");
    }
    c.center_input_sample = r.boolean("center_input_sample", false);
    c.flip_sin_to_cos = r.boolean("flip_sin_to_cos", true);
    c.freq_shift = r.number("freq_shift", 0);

    c.down_block_types = r.strings("down_block_types", {"CrossAttnDownBlock2D", "CrossAttnDownBlock2D",
                                                        "CrossAttnDownBlock2D", "DownBlock2D"});
    c.up_block_types = r.strings("up_block_types", {"UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D",
                                                    "CrossAttnUpBlock2D"});
    for (auto& t : c.down_block_types) {
        t = strip_unetres(t);
        if (t != "CrossAttnDownBlock2D" && t != "DownBlock2D")
            r.fail("down_block_types", "block type '" + t +
                                           "' is not supported (CrossAttnDownBlock2D and DownBlock2D are)");
    }
    for (auto& t : c.up_block_types) {
        t = strip_unetres(t);
        if (t != "CrossAttnUpBlock2D" && t != "UpBlock2D")
            r.fail("up_block_types",
                   "block type '" + t + "' is not supported (CrossAttnUpBlock2D and UpBlock2D are)");
    }
    c.mid_block_type = r.string("mid_block_type", "UNetMidBlock2DCrossAttn");
    if (!r.has("mid_block_type") && json.contains("mid_block_type"))
        r.fail("mid_block_type", "a UNet without a mid block is not supported");
    if (c.mid_block_type != "UNetMidBlock2DCrossAttn")
        r.fail("mid_block_type", "only UNetMidBlock2DCrossAttn is supported");

    const size_t n = c.down_block_types.size();
    c.block_out_channels = r.integers("block_out_channels", {320, 640, 1280, 1280});
    if (c.block_out_channels.size() != n)
        r.fail("block_out_channels", "must have one entry per down block (" + std::to_string(n) + ")");
    if (c.up_block_types.size() != n)
        r.fail("up_block_types", "must have as many entries as down_block_types (" + std::to_string(n) + ")");
    for (auto ch : c.block_out_channels)
        if (ch <= 0) r.fail("block_out_channels", "channels must be positive");

    c.layers_per_block = r.int_or_list("layers_per_block", 2, n);
    c.transformer_layers_per_block = r.int_or_list("transformer_layers_per_block", 1, n);
    c.cross_attention_dim = r.int_or_list("cross_attention_dim", 1280, n);
    // diffusers: num_attention_heads = num_attention_heads or attention_head_dim ("heads" despite the name).
    c.num_attention_heads = r.has("num_attention_heads") ? r.int_or_list("num_attention_heads", 8, n)
                                                         : r.int_or_list("attention_head_dim", 8, n);
    for (size_t i = 0; i < n; ++i) {
        if (c.layers_per_block[i] <= 0) r.fail("layers_per_block", "must be positive");
        if (c.transformer_layers_per_block[i] <= 0) r.fail("transformer_layers_per_block", "must be positive");
        const bool attn = c.down_block_types[i] == "CrossAttnDownBlock2D" ||
                          c.up_block_types[n - 1 - i] == "CrossAttnUpBlock2D" || i == n - 1;
        const int64_t heads = c.num_attention_heads[i];
        if (attn && (heads <= 0 || c.block_out_channels[i] % heads != 0))
            r.fail(r.has("num_attention_heads") ? "num_attention_heads" : "attention_head_dim",
                   "block_out_channels[" + std::to_string(i) + "] = " + std::to_string(c.block_out_channels[i]) +
                       " is not divisible by that many heads");
    }
    r.require_unset("reverse_transformer_layers_per_block",
                    "separate up-block transformer depths are not supported");

    c.downsample_padding = r.integer("downsample_padding", 1);
    c.mid_block_scale_factor = r.number("mid_block_scale_factor", 1.0);
    c.resnet_out_scale_factor = r.number("resnet_out_scale_factor", 1.0);
    c.conv_in_kernel = r.integer("conv_in_kernel", 3);
    c.conv_out_kernel = r.integer("conv_out_kernel", 3);
    if (c.conv_in_kernel <= 0 || c.conv_in_kernel % 2 == 0) r.fail("conv_in_kernel", "must be odd and positive");
    if (c.conv_out_kernel <= 0 || c.conv_out_kernel % 2 == 0) r.fail("conv_out_kernel", "must be odd and positive");
    c.time_embedding_dim = r.integer("time_embedding_dim", 0);

    c.use_linear_projection = r.boolean("use_linear_projection", false);
    c.upcast_attention = r.boolean("upcast_attention", false);
    if (json.contains("norm_num_groups") && json.at("norm_num_groups").is_null())
        r.fail("norm_num_groups", "a UNet without GroupNorm is not supported");
    c.norm_num_groups = r.integer("norm_num_groups", 32);
    c.norm_eps = r.number("norm_eps", 1e-5);
    for (auto ch : c.block_out_channels)
        if (c.norm_num_groups <= 0 || ch % c.norm_num_groups != 0)
            r.fail("norm_num_groups", "does not divide block_out_channels entry " + std::to_string(ch));

    c.addition_embed_type = r.string("addition_embed_type", "");
    if (c.addition_embed_type == "text") {
        c.addition_embed_type_num_heads = r.integer("addition_embed_type_num_heads", 64);
        if (c.addition_embed_type_num_heads <= 0 || c.cross_attention_dim.at(0) % c.addition_embed_type_num_heads != 0)
            r.fail("addition_embed_type_num_heads", "must divide cross_attention_dim");
    } else if (!c.addition_embed_type.empty()) {
        if (c.addition_embed_type != "text_time")
            r.fail("addition_embed_type", "only \"text_time\" (SDXL) and \"text\" are supported");
        c.addition_time_embed_dim = r.integer("addition_time_embed_dim", 0);
        c.projection_class_embeddings_input_dim = r.integer("projection_class_embeddings_input_dim", 0);
        if (c.addition_time_embed_dim <= 0)
            r.fail("addition_time_embed_dim", "addition_embed_type \"text_time\" needs a positive value");
        if (c.projection_class_embeddings_input_dim <= 6 * c.addition_time_embed_dim)
            r.fail("projection_class_embeddings_input_dim",
                   "must be the pooled text size + 6 * addition_time_embed_dim");
    }

    // Architecture switches Stipple does not implement.
    r.require_value("act_fn", "silu", "only \"silu\" is supported");
    r.require_value("only_cross_attention", false, "only_cross_attention is not supported");
    r.require_value("dual_cross_attention", false, "dual cross attention is not supported");
    r.require_value("class_embeddings_concat", false, "class embeddings are not supported");
    r.require_value("resnet_time_scale_shift", "default", "only \"default\" is supported");
    r.require_value("resnet_skip_time_act", false, "resnet_skip_time_act is not supported");
    r.require_value("time_embedding_type", "positional", "only \"positional\" is supported");
    r.require_value("attention_type", "default", "only \"default\" attention is supported");
    r.require_value("mid_block_only_cross_attention", false, "mid_block_only_cross_attention is not supported");
    r.require_unset("class_embed_type", "class embeddings are not supported");
    r.require_unset("num_class_embeds", "class embeddings are not supported");
    r.require_unset("encoder_hid_dim", "an encoder_hid_proj is not supported");
    r.require_unset("encoder_hid_dim_type", "an encoder_hid_proj is not supported");
    r.require_unset("time_embedding_act_fn", "a time embedding activation is not supported");
    r.require_unset("timestep_post_act", "timestep_post_act is not supported");
    r.require_unset("time_cond_proj_dim", "timestep conditioning (LCM-distilled UNets) is not supported");
    r.require_unset("cross_attention_norm", "cross_attention_norm is not supported");
    return c;
}

UNetConfig read_unet_config(const std::string& config_json_path) {
    return unet_config_from_json(read_json_file(config_json_path), config_json_path);
}

}  // namespace stipple
