// Single-file VAE keys (first_stage_model.*, LDM autoencoder names) -> diffusers AutoencoderKL
// keys. Decoder up blocks are numbered in reverse; mid-attention 1x1 conv weights become [C,C].
#include "io/single_file_keys.h"

#include "common/error.h"

#include <map>
#include <regex>

namespace stipple::single_file_detail {

namespace {

const char* kWhy = "not a Stable Diffusion VAE weight";

std::string resnet_param(const std::string& name) {
    return name == "nin_shortcut" ? "conv_shortcut" : name;
}

// q/k/v/proj_out are 1x1 convs in the original layout and Linear layers in diffusers. Biases are
// [C] in genuine files; the [C,1,1] of diffusers 0.25.1's converter (issue #6226) is flattened too.
at::Tensor attention_param(const at::Tensor& t, bool is_weight) {
    if (is_weight && t.dim() == 4 && t.size(2) == 1 && t.size(3) == 1) return t.view({t.size(0), t.size(1)});
    if (!is_weight && t.dim() > 1 && t.numel() == t.size(0)) return t.view({t.size(0)});
    return t;
}

}  // namespace

void convert_vae(const SourceTensors& in, StateDict& out, const std::string& source, int& levels) {
    static const std::regex up_re(R"(^decoder\.up\.(\d+)\.)");
    static const std::regex plain_re(R"(^((encoder|decoder)\.(conv_in|conv_out)|quant_conv|post_quant_conv)\.(weight|bias)$)");
    static const std::regex norm_out_re(R"(^(encoder|decoder)\.norm_out\.(weight|bias)$)");
    static const std::regex block_re(
        R"(^(encoder\.down|decoder\.up)\.(\d+)\.block\.(\d+)\.(norm1|conv1|norm2|conv2|nin_shortcut)\.(weight|bias)$)");
    static const std::regex sampler_re(R"(^(encoder\.down|decoder\.up)\.(\d+)\.(downsample|upsample)\.conv\.(weight|bias)$)");
    static const std::regex mid_block_re(
        R"(^(encoder|decoder)\.mid\.block_([12])\.(norm1|conv1|norm2|conv2|nin_shortcut)\.(weight|bias)$)");
    static const std::regex mid_attn_re(R"(^(encoder|decoder)\.mid\.attn_1\.(norm|q|k|v|proj_out)\.(weight|bias)$)");
    static const std::map<std::string, std::string> attn_names = {
        {"norm", "group_norm"}, {"q", "to_q"}, {"k", "to_k"}, {"v", "to_v"}, {"proj_out", "to_out.0"}};

    levels = 0;
    for (const auto& t : in) {
        std::smatch m;
        if (std::regex_search(t.rest, m, up_re)) levels = std::max(levels, key_index(m[1].str(), t.key, source) + 1);
    }

    for (const auto& t : in) {
        const std::string& r = t.rest;
        std::smatch m;
        std::string mapped;
        at::Tensor tensor = t.tensor;
        if (std::regex_match(r, plain_re)) {
            mapped = r;
        } else if (std::regex_match(r, m, norm_out_re)) {
            mapped = m[1].str() + ".conv_norm_out." + m[2].str();
        } else if (std::regex_match(r, m, block_re)) {
            const bool down = m[1] == "encoder.down";
            const int i = key_index(m[2].str(), t.key, source);
            const int block = down ? i : levels - 1 - i;
            mapped = std::string(down ? "encoder.down_blocks." : "decoder.up_blocks.") + std::to_string(block) +
                     ".resnets." + m[3].str() + "." + resnet_param(m[4].str()) + "." + m[5].str();
        } else if (std::regex_match(r, m, sampler_re)) {
            const bool down = m[1] == "encoder.down";
            if (down != (m[3] == "downsample")) throw_unknown_key(source, t.key, kWhy);
            const int i = key_index(m[2].str(), t.key, source);
            mapped = down ? "encoder.down_blocks." + std::to_string(i) + ".downsamplers.0.conv." + m[4].str()
                          : "decoder.up_blocks." + std::to_string(levels - 1 - i) + ".upsamplers.0.conv." + m[4].str();
        } else if (std::regex_match(r, m, mid_block_re)) {
            mapped = m[1].str() + ".mid_block.resnets." + std::to_string(std::stoi(m[2].str()) - 1) + "." +
                     resnet_param(m[3].str()) + "." + m[4].str();
        } else if (std::regex_match(r, m, mid_attn_re)) {
            mapped = m[1].str() + ".mid_block.attentions.0." + attn_names.at(m[2].str()) + "." + m[3].str();
            if (m[2] != "norm") tensor = attention_param(tensor, m[3] == "weight");
        } else {
            throw_unknown_key(source, t.key, kWhy);
        }
        put(out, mapped, tensor, t.key, source);
    }
}

}  // namespace stipple::single_file_detail
