// The inverse of core/io/single_file_{unet,vae,clip}_keys.cpp. Keys are split on '.' and matched
// part by part (no std::regex: simple enough, and it keeps this readable next to the forward maps).
#include "support/original_layout.h"

#include "common/error.h"

#include <ATen/ATen.h>

#include <array>
#include <set>
#include <vector>

namespace stipple::test {

namespace {

using Parts = std::vector<std::string>;

Parts split(const std::string& key) {
    Parts parts;
    size_t start = 0;
    for (size_t dot; (dot = key.find('.', start)) != std::string::npos; start = dot + 1)
        parts.push_back(key.substr(start, dot - start));
    parts.push_back(key.substr(start));
    return parts;
}

std::string join(const Parts& parts, size_t from) {
    std::string out;
    for (size_t i = from; i < parts.size(); ++i) out += (i > from ? "." : "") + parts[i];
    return out;
}

bool is_index(const std::string& s) {
    return !s.empty() && s.size() <= 4 && s.find_first_not_of("0123456789") == std::string::npos;
}

bool is_param(const std::string& s) { return s == "weight" || s == "bias"; }

[[noreturn]] void unknown(const std::string& component, const std::string& key) {
    throw Error(component + ": no original single-file name for the diffusers key '" + key + "'");
}

void put(OriginalLayout& out, const std::string& key, const at::Tensor& tensor) {
    if (!out.emplace(key, tensor).second) throw Error("two diffusers keys map to the original key '" + key + "'");
}

// ResBlock sub-key "norm1.weight" -> "in_layers.0.weight" (UNet); "" when it is not one.
std::string unet_resnet(const Parts& p, size_t from) {
    if (p.size() != from + 2 || !is_param(p[from + 1])) return "";
    static const std::map<std::string, std::string> names = {
        {"norm1", "in_layers.0"},  {"conv1", "in_layers.2"},  {"time_emb_proj", "emb_layers.1"},
        {"norm2", "out_layers.0"}, {"conv2", "out_layers.3"}, {"conv_shortcut", "skip_connection"}};
    auto it = names.find(p[from]);
    return it == names.end() ? "" : it->second + "." + p[from + 1];
}

int max_index_plus_one(const StateDict& weights, const std::string& prefix) {
    int n = 0;
    for (const auto& [key, t] : weights) {
        if (key.rfind(prefix, 0) != 0) continue;
        const std::string rest = key.substr(prefix.size());
        const std::string digits = rest.substr(0, rest.find('.'));
        if (is_index(digits)) n = std::max(n, std::stoi(digits) + 1);
    }
    return n;
}

// UNet2DConditionModel -> model.diffusion_model.* (openaimodel): input_blocks.{(L+1)i+j+1}.0/.1 =
// down_blocks.i resnet/attention j, input_blocks.{(L+1)(i+1)}.0.op = its downsampler;
// output_blocks.{(L+1)i+j}.0/.1 = up_blocks.i resnet/attention j, the upsampler at
// output_blocks.{(L+1)i+L}.1, or .2 when that up block has attentions; middle_block.0/1/2.
void unet_keys(const StateDict& unet, OriginalLayout& out) {
    const std::string prefix = "model.diffusion_model.";
    const int L = max_index_plus_one(unet, "down_blocks.0.resnets.");  // layers_per_block
    if (L == 0) throw Error("unet: no down_blocks.0.resnets.* keys; not a UNet2DConditionModel state dict");
    std::set<int> up_with_attention;
    for (const auto& [key, t] : unet) {
        const Parts p = split(key);
        if (p.size() > 3 && p[0] == "up_blocks" && p[2] == "attentions" && is_index(p[1]))
            up_with_attention.insert(std::stoi(p[1]));
    }
    static const std::map<std::string, std::string> top = {
        {"time_embedding.linear_1", "time_embed.0"}, {"time_embedding.linear_2", "time_embed.2"},
        {"add_embedding.linear_1", "label_emb.0.0"}, {"add_embedding.linear_2", "label_emb.0.2"},
        {"conv_in", "input_blocks.0.0"},             {"conv_norm_out", "out.0"},
        {"conv_out", "out.2"}};
    for (const auto& [key, tensor] : unet) {
        const Parts p = split(key);
        std::string mapped;
        if (p.size() == 2 && is_param(p[1]) && top.count(p[0])) {
            mapped = top.at(p[0]) + "." + p[1];
        } else if (p.size() == 3 && is_param(p[2]) && top.count(p[0] + "." + p[1])) {
            mapped = top.at(p[0] + "." + p[1]) + "." + p[2];
        } else if (p.size() > 4 && p[0] == "mid_block" && is_index(p[2])) {
            const int k = std::stoi(p[2]);
            if (p[1] == "resnets" && k < 2) {
                const std::string r = unet_resnet(p, 3);
                if (!r.empty()) mapped = "middle_block." + std::to_string(2 * k) + "." + r;
            } else if (p[1] == "attentions" && k == 0) {
                mapped = "middle_block.1." + join(p, 3);
            }
        } else if (p.size() > 4 && (p[0] == "down_blocks" || p[0] == "up_blocks") && is_index(p[1]) &&
                   is_index(p[3])) {
            const bool down = p[0] == "down_blocks";
            const int i = std::stoi(p[1]), j = std::stoi(p[3]);
            const int first = down ? (L + 1) * i + 1 : (L + 1) * i;  // block number of resnet 0
            if (p[2] == "resnets" && j < (down ? L : L + 1)) {
                const std::string r = unet_resnet(p, 4);
                if (!r.empty()) mapped = (down ? "input_blocks." : "output_blocks.") + std::to_string(first + j) + ".0." + r;
            } else if (p[2] == "attentions" && j < (down ? L : L + 1)) {
                mapped = (down ? "input_blocks." : "output_blocks.") + std::to_string(first + j) + ".1." + join(p, 4);
            } else if (down && p[2] == "downsamplers" && j == 0 && p.size() == 6 && p[4] == "conv" && is_param(p[5])) {
                mapped = "input_blocks." + std::to_string((L + 1) * (i + 1)) + ".0.op." + p[5];
            } else if (!down && p[2] == "upsamplers" && j == 0 && p.size() == 6 && p[4] == "conv" && is_param(p[5])) {
                mapped = "output_blocks." + std::to_string(first + L) + (up_with_attention.count(i) ? ".2" : ".1") +
                         ".conv." + p[5];
            }
        }
        if (mapped.empty()) unknown("unet", key);
        put(out, prefix + mapped, tensor);
    }
}

// AutoencoderKL -> first_stage_model.* (LDM autoencoder).
void vae_keys(const StateDict& vae, OriginalLayout& out) {
    const std::string prefix = "first_stage_model.";
    const int levels = max_index_plus_one(vae, "decoder.up_blocks.");
    const auto resnet = [](const std::string& name) { return name == "conv_shortcut" ? "nin_shortcut" : name; };
    static const std::map<std::string, std::string> attention = {
        {"group_norm", "norm"}, {"to_q", "q"}, {"to_k", "k"}, {"to_v", "v"}, {"to_out", "proj_out"}};
    for (const auto& [key, tensor] : vae) {
        const Parts p = split(key);
        std::string mapped;
        at::Tensor t = tensor;
        const bool coder = !p.empty() && (p[0] == "encoder" || p[0] == "decoder");
        if (p.size() == 2 && (p[0] == "quant_conv" || p[0] == "post_quant_conv") && is_param(p[1])) {
            mapped = key;
        } else if (coder && p.size() == 3 && (p[1] == "conv_in" || p[1] == "conv_out") && is_param(p[2])) {
            mapped = key;
        } else if (coder && p.size() == 3 && p[1] == "conv_norm_out" && is_param(p[2])) {
            mapped = p[0] + ".norm_out." + p[2];
        } else if (coder && p.size() == 7 && (p[1] == "down_blocks" || p[1] == "up_blocks") && is_index(p[2]) &&
                   is_index(p[4]) && is_param(p[6])) {
            const bool down = p[1] == "down_blocks";
            const int i = std::stoi(p[2]);
            const std::string level = (down ? "down." : "up.") + std::to_string(down ? i : levels - 1 - i);
            if (p[3] == "resnets")
                mapped = p[0] + "." + level + ".block." + p[4] + "." + resnet(p[5]) + "." + p[6];
            else if (p[3] == (down ? "downsamplers" : "upsamplers") && p[4] == "0" && p[5] == "conv")
                mapped = p[0] + "." + level + (down ? ".downsample.conv." : ".upsample.conv.") + p[6];
        } else if (coder && p.size() == 6 && p[1] == "mid_block" && p[2] == "resnets" && (p[3] == "0" || p[3] == "1") &&
                   is_param(p[5])) {
            mapped = p[0] + ".mid.block_" + std::to_string(std::stoi(p[3]) + 1) + "." + resnet(p[4]) + "." + p[5];
        } else if (coder && p.size() >= 6 && p[1] == "mid_block" && p[2] == "attentions" && p[3] == "0" &&
                   attention.count(p[4]) && is_param(p.back()) && p.size() == (p[4] == "to_out" ? 7u : 6u) &&
                   (p[4] != "to_out" || p[5] == "0")) {
            mapped = p[0] + ".mid.attn_1." + attention.at(p[4]) + "." + p.back();
            // q/k/v/proj_out are 1x1 convs in LDM/SGM: [C,C] -> [C,C,1,1]. Biases stay [C].
            if (p[4] != "group_norm" && p.back() == "weight" && t.dim() == 2) t = t.view({t.size(0), t.size(1), 1, 1});
        }
        if (mapped.empty()) unknown("vae", key);
        put(out, prefix + mapped, t);
    }
}

// HF CLIPTextModel names kept as they are under `prefix` (SD 1.x, SDXL's first encoder).
void hf_clip_keys(const StateDict& text, const std::string& prefix, OriginalLayout& out) {
    for (const auto& [key, tensor] : text) {
        if (key.rfind("text_model.", 0) != 0) unknown("text_encoder", key);
        put(out, prefix + key, tensor);
    }
}

// HF CLIPTextModel[WithProjection] -> OpenCLIP text tower under `prefix` (SD 2.x, SDXL's second).
void open_clip_keys(const StateDict& text, const std::string& prefix, const std::string& component,
                    OriginalLayout& out) {
    static const std::map<std::string, std::string> layer_names = {
        {"layer_norm1", "ln_1"}, {"layer_norm2", "ln_2"}, {"self_attn.out_proj", "attn.out_proj"},
        {"mlp.fc1", "mlp.c_fc"}, {"mlp.fc2", "mlp.c_proj"}};
    // layer index -> param ("weight"/"bias") -> q, k, v
    std::map<std::string, std::map<std::string, std::array<at::Tensor, 3>>> qkv;
    for (const auto& [key, tensor] : text) {
        const Parts p = split(key);
        std::string mapped;
        at::Tensor t = tensor;
        if (key == "text_model.embeddings.token_embedding.weight") {
            mapped = "token_embedding.weight";
        } else if (key == "text_model.embeddings.position_embedding.weight") {
            mapped = "positional_embedding";
        } else if (key == "text_model.embeddings.position_ids") {
            continue;  // a buffer, not a weight; OpenCLIP has no such key
        } else if (p.size() == 3 && p[0] == "text_model" && p[1] == "final_layer_norm" && is_param(p[2])) {
            mapped = "ln_final." + p[2];
        } else if (key == "text_projection.weight" && t.dim() == 2) {
            mapped = "text_projection";  // used as x @ P in OpenCLIP: the Linear weight transposed
            t = t.t().contiguous();
        } else if (p.size() >= 6 && p[0] == "text_model" && p[1] == "encoder" && p[2] == "layers" && is_index(p[3]) &&
                   is_param(p.back())) {
            const std::string sub = join(Parts(p.begin() + 4, p.end() - 1), 0);
            static const std::map<std::string, int> qkv_index = {
                {"self_attn.q_proj", 0}, {"self_attn.k_proj", 1}, {"self_attn.v_proj", 2}};
            if (qkv_index.count(sub)) {
                qkv[p[3]][p.back()][qkv_index.at(sub)] = t;
                continue;
            }
            if (layer_names.count(sub))
                mapped = "transformer.resblocks." + p[3] + "." + layer_names.at(sub) + "." + p.back();
        }
        if (mapped.empty()) unknown(component, key);
        put(out, prefix + mapped, t);
    }
    for (const auto& [layer, params] : qkv)
        for (const auto& [param, parts] : params) {
            if (!parts[0].defined() || !parts[1].defined() || !parts[2].defined())
                throw Error(component + ": layer " + layer + " lacks one of self_attn.q_proj/k_proj/v_proj." + param);
            put(out, prefix + "transformer.resblocks." + layer + ".attn.in_proj_" + param,
                at::cat({parts[0], parts[1], parts[2]}, 0));
        }
}

}  // namespace

OriginalLayout to_original_layout(ModelFamily family, const DiffusersWeights& weights) {
    OriginalLayout out;
    unet_keys(weights.unet, out);
    vae_keys(weights.vae, out);
    switch (family) {
        case ModelFamily::SD1:
            hf_clip_keys(weights.text_encoder, "cond_stage_model.transformer.", out);
            break;
        case ModelFamily::SD2:
            open_clip_keys(weights.text_encoder, "cond_stage_model.model.", "text_encoder", out);
            break;
        case ModelFamily::SDXL:
            hf_clip_keys(weights.text_encoder, "conditioner.embedders.0.transformer.", out);
            open_clip_keys(weights.text_encoder_2, "conditioner.embedders.1.model.", "text_encoder_2", out);
            break;
    }
    if (family != ModelFamily::SDXL && !weights.text_encoder_2.empty())
        throw Error(std::string("a second text encoder given for an ") + model_family_label(family) +
                    " model; only SDXL has one");
    return out;
}

}  // namespace stipple::test
