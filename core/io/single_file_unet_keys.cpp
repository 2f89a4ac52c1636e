// Single-file UNet keys (model.diffusion_model.*, LDM/SGM openaimodel names) -> diffusers
// UNet2DConditionModel keys. The block layout (levels, layers_per_block) is read from the keys.
#include "io/single_file_keys.h"

#include "common/error.h"

#include <map>
#include <regex>
#include <set>

namespace stipple::single_file_detail {

namespace {

const char* kWhy = "not a Stable Diffusion UNet weight";

// ResBlock sub-keys: in_layers.0/2 = norm1/conv1, emb_layers.1 = time_emb_proj,
// out_layers.0/3 = norm2/conv2, skip_connection = conv_shortcut.
bool map_resnet(const std::string& rest, std::string& mapped) {
    static const std::regex re(R"(^(in_layers\.0|in_layers\.2|emb_layers\.1|out_layers\.0|out_layers\.3|skip_connection)\.(weight|bias)$)");
    static const std::map<std::string, std::string> names = {
        {"in_layers.0", "norm1"},   {"in_layers.2", "conv1"},  {"emb_layers.1", "time_emb_proj"},
        {"out_layers.0", "norm2"},  {"out_layers.3", "conv2"}, {"skip_connection", "conv_shortcut"}};
    std::smatch m;
    if (!std::regex_match(rest, m, re)) return false;
    mapped = names.at(m[1].str()) + "." + m[2].str();
    return true;
}

// SpatialTransformer sub-keys have the same names in both layouts.
bool is_attention_key(const std::string& rest) {
    static const std::regex re(
        R"(^((norm|proj_in|proj_out)|transformer_blocks\.\d+\.(norm[123]|attn[12]\.(to_q|to_k|to_v|to_out\.0)|ff\.net\.0\.proj|ff\.net\.2))\.(weight|bias)$)");
    return std::regex_match(rest, re);
}

}  // namespace

void convert_unet(const SourceTensors& in, StateDict& out, const std::string& source, int& levels,
                  int& layers_per_block) {
    static const std::regex block_re(R"(^(input_blocks|output_blocks)\.(\d+)\.(\d+)\.(.+)$)");

    // Layout: downsamplers sit at input_blocks.{(L+1)(i+1)}.0.op; there are levels·(L+1) output blocks.
    std::set<int> downsamplers;
    int max_input = -1, max_output = -1;
    for (const auto& t : in) {
        std::smatch m;
        if (!std::regex_match(t.rest, m, block_re)) continue;
        const int n = key_index(m[2].str(), t.key, source);
        if (m[1] == "input_blocks") {
            max_input = std::max(max_input, n);
            if (m[3] == "0" && m[4].str().rfind("op.", 0) == 0) downsamplers.insert(n);
        } else {
            max_output = std::max(max_output, n);
        }
    }
    if (max_output < 0 || max_input < 0)
        throw Error(source + ": the UNet (model.diffusion_model.*) has no input_blocks/output_blocks; "
                             "not a Stable Diffusion single-file checkpoint");
    levels = static_cast<int>(downsamplers.size()) + 1;
    const int per_level = (max_output + 1) / levels;  // L + 1
    bool consistent = (max_output + 1) % levels == 0 && per_level >= 2 && max_input == levels * per_level - 1;
    int k = 1;
    for (int n : downsamplers) consistent = consistent && n == per_level * k++;
    if (!consistent)
        throw Error(source + ": unsupported UNet layout (" + std::to_string(max_input + 1) + " input blocks, " +
                    std::to_string(max_output + 1) + " output blocks, " + std::to_string(downsamplers.size()) +
                    " downsamplers); expected the Stable Diffusion 1.x/2.x/XL block structure");
    layers_per_block = per_level - 1;
    const int L = layers_per_block;

    static const std::map<std::string, std::string> top = {
        {"time_embed.0.", "time_embedding.linear_1."}, {"time_embed.2.", "time_embedding.linear_2."},
        {"label_emb.0.0.", "add_embedding.linear_1."}, {"label_emb.0.2.", "add_embedding.linear_2."},
        {"input_blocks.0.0.", "conv_in."},             {"out.0.", "conv_norm_out."},
        {"out.2.", "conv_out."}};
    static const std::regex mid_re(R"(^middle_block\.([012])\.(.+)$)");
    static const std::regex param_re(R"(^(weight|bias)$)");

    for (const auto& t : in) {
        const std::string& r = t.rest;
        std::string mapped, sub;
        std::smatch m;
        bool ok = false;
        for (const auto& [from, to] : top) {
            if (r.rfind(from, 0) == 0) {
                sub = r.substr(from.size());
                ok = std::regex_match(sub, param_re);
                mapped = to + sub;
                break;
            }
        }
        if (!ok && std::regex_match(r, m, mid_re)) {
            const int s = std::stoi(m[1].str());
            sub = m[2].str();
            if (s == 1) {
                ok = is_attention_key(sub);
                mapped = "mid_block.attentions.0." + sub;
            } else if (map_resnet(sub, mapped)) {
                mapped = "mid_block.resnets." + std::to_string(s / 2) + "." + mapped;
                ok = true;
            }
        } else if (!ok && std::regex_match(r, m, block_re)) {
            const bool down = m[1] == "input_blocks";
            const int n = key_index(m[2].str(), t.key, source), s = key_index(m[3].str(), t.key, source);
            sub = m[4].str();
            const int i = down ? (n - 1) / (L + 1) : n / (L + 1);
            const int j = down ? (n - 1) % (L + 1) : n % (L + 1);
            const std::string block = std::string(down ? "down_blocks." : "up_blocks.") + std::to_string(i) + ".";
            if (down && n > 0 && j == L) {
                // Downsample: input_blocks.{n}.0.op
                if (s == 0 && sub.rfind("op.", 0) == 0 && std::regex_match(sub.substr(3), param_re)) {
                    mapped = block + "downsamplers.0.conv." + sub.substr(3);
                    ok = true;
                }
            } else if (n > 0 || !down) {
                if (s == 0 && map_resnet(sub, mapped)) {
                    mapped = block + "resnets." + std::to_string(j) + "." + mapped;
                    ok = true;
                } else if (!down && j == L && s >= 1 && sub.rfind("conv.", 0) == 0 &&
                           std::regex_match(sub.substr(5), param_re)) {
                    // Upsample: output_blocks.{n}.1.conv, or .2.conv when the block has attention.
                    mapped = block + "upsamplers.0.conv." + sub.substr(5);
                    ok = true;
                } else if (s == 1 && is_attention_key(sub)) {
                    mapped = block + "attentions." + std::to_string(j) + "." + sub;
                    ok = true;
                }
            }
        }
        if (!ok) throw_unknown_key(source, t.key, kWhy);
        put(out, mapped, t.tensor, t.key, source);
    }
}

}  // namespace stipple::single_file_detail
