// LoRA module names -> model weights (see lora_keys.h). The kohya names are built from the model's
// own keys (as A1111's networks.py builds its layer mapping from the model's modules) rather than
// parsed back, because '_' is both the separator and part of names such as "transformer_blocks".
#include "io/lora_keys.h"

#include "common/error.h"

#include <algorithm>
#include <set>

namespace stipple {

namespace {

const std::string kWeight = ".weight";

bool starts_with(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

std::vector<std::string> split_dots(const std::string& s) {
    std::vector<std::string> parts;
    size_t begin = 0;
    while (true) {
        const size_t dot = s.find('.', begin);
        parts.push_back(s.substr(begin, dot == std::string::npos ? std::string::npos : dot - begin));
        if (dot == std::string::npos) return parts;
        begin = dot + 1;
    }
}

// A small decimal index ("0".."9999"); -1 otherwise. Names come from the model, but stay careful.
int index_of(const std::string& s) {
    if (s.empty() || s.size() > 4) return -1;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::string join_from(const std::vector<std::string>& parts, size_t from) {
    std::string out;
    for (size_t i = from; i < parts.size(); ++i) out += (out.empty() ? "" : ".") + parts[i];
    return out;
}

// A ResBlock's sub-module in the original layout.
std::string original_resnet_part(const std::string& rest) {
    static const std::pair<const char*, const char*> names[] = {
        {"norm1", "in_layers.0"},  {"conv1", "in_layers.2"},  {"time_emb_proj", "emb_layers.1"},
        {"norm2", "out_layers.0"}, {"conv2", "out_layers.3"}, {"conv_shortcut", "skip_connection"}};
    for (const auto& [from, to] : names)
        if (rest == from) return to;
    return "";
}

std::string underscored(std::string s) {
    std::replace(s.begin(), s.end(), '.', '_');
    return s;
}

}  // namespace

const char* lora_component_name(LoraComponent component) {
    switch (component) {
        case LoraComponent::Unet: return "unet";
        case LoraComponent::TextEncoder: return "text_encoder";
        case LoraComponent::TextEncoder2: return "text_encoder_2";
    }
    return "?";
}

std::string original_unet_module_name(const std::string& module, int L, const std::vector<bool>& up_attention) {
    static const std::pair<const char*, const char*> top[] = {
        {"conv_in", "input_blocks.0.0"},          {"time_embedding.linear_1", "time_embed.0"},
        {"time_embedding.linear_2", "time_embed.2"}, {"add_embedding.linear_1", "label_emb.0.0"},
        {"add_embedding.linear_2", "label_emb.0.2"}, {"conv_norm_out", "out.0"},
        {"conv_out", "out.2"}};
    for (const auto& [from, to] : top)
        if (module == from) return to;
    const std::vector<std::string> p = split_dots(module);
    if (L < 1) return "";
    const int per_level = L + 1;
    auto sub = [&](size_t from, bool resnet) { return resnet ? original_resnet_part(join_from(p, from)) : join_from(p, from); };
    if (p.size() >= 4 && p[0] == "mid_block") {
        const int j = index_of(p[2]);
        if (p[1] == "resnets" && (j == 0 || j == 1)) {
            const std::string rest = sub(3, true);
            return rest.empty() ? "" : "middle_block." + std::to_string(2 * j) + "." + rest;
        }
        if (p[1] == "attentions" && j == 0) return "middle_block.1." + sub(3, false);
        return "";
    }
    if (p.size() < 5 || (p[0] != "down_blocks" && p[0] != "up_blocks")) return "";
    const int i = index_of(p[1]);
    const int j = index_of(p[3]);
    if (i < 0 || j < 0) return "";
    const bool down = p[0] == "down_blocks";
    if (p[2] == "resnets" || p[2] == "attentions") {
        const bool resnet = p[2] == "resnets";
        const std::string rest = sub(4, resnet);
        if (rest.empty()) return "";
        const int block = down ? per_level * i + j + 1 : per_level * i + j;
        return std::string(down ? "input_blocks." : "output_blocks.") + std::to_string(block) + (resnet ? ".0." : ".1.") + rest;
    }
    if (j != 0 || p.size() != 5 || p[4] != "conv") return "";
    if (down && p[2] == "downsamplers") return "input_blocks." + std::to_string(per_level * (i + 1)) + ".0.op";
    if (!down && p[2] == "upsamplers") {
        const bool attention = static_cast<size_t>(i) < up_attention.size() && up_attention[static_cast<size_t>(i)];
        return "output_blocks." + std::to_string(per_level * i + L) + (attention ? ".2.conv" : ".1.conv");
    }
    return "";
}

LoraTargetIndex::LoraTargetIndex(const WeightShapes& unet, const WeightShapes& text_encoder,
                                 const WeightShapes& text_encoder_2) {
    has_te2_ = !text_encoder_2.empty();
    // The UNet's layout, for the original names: resnets per down block, up blocks with attentions.
    std::set<int> down0_resnets;
    std::vector<bool> up_attention;
    for (const auto& [key, shape] : unet) {
        const auto p = split_dots(key);
        if (p.size() > 3 && p[0] == "down_blocks" && p[1] == "0" && p[2] == "resnets") down0_resnets.insert(index_of(p[3]));
        if (p.size() > 3 && p[0] == "up_blocks" && p[2] == "attentions") {
            const int i = index_of(p[1]);
            if (i >= 0 && static_cast<size_t>(i) >= up_attention.size()) up_attention.resize(static_cast<size_t>(i) + 1, false);
            if (i >= 0) up_attention[static_cast<size_t>(i)] = true;
        }
    }
    const int layers_per_block = static_cast<int>(down0_resnets.size());

    auto add = [&](LoraComponent component, const WeightShapes& weights, const std::vector<std::string>& prefixes) {
        for (const auto& [key, shape] : weights) {
            shapes_[static_cast<int>(component)][key] = shape;
            if (key.size() <= kWeight.size() || key.compare(key.size() - kWeight.size(), kWeight.size(), kWeight) != 0)
                continue;
            const std::string module = key.substr(0, key.size() - kWeight.size());
            const LoraTarget target{component, key};
            for (const auto& prefix : prefixes) kohya_.emplace(prefix + underscored(module), target);
            if (component == LoraComponent::Unet) {
                const std::string original = original_unet_module_name(module, layers_per_block, up_attention);
                if (!original.empty()) kohya_.emplace("lora_unet_" + underscored(original), target);
            }
        }
    };
    add(LoraComponent::Unet, unet, {"lora_unet_"});
    // kohya writes lora_te_ for the one encoder of SD 1.x/2.x and lora_te1_/lora_te2_ for SDXL's two.
    add(LoraComponent::TextEncoder, text_encoder, {has_te2_ ? "lora_te1_" : "lora_te_"});
    if (has_te2_) add(LoraComponent::TextEncoder2, text_encoder_2, {"lora_te2_"});
}

std::optional<LoraTarget> LoraTargetIndex::find(const std::string& module) const {
    if (starts_with(module, "lora_")) {
        const auto it = kohya_.find(module);
        if (it == kohya_.end()) return std::nullopt;
        return it->second;
    }
    // diffusers / PEFT: a component prefix (none = UNet), an optional PEFT wrapper, the dotted name.
    LoraComponent component = LoraComponent::Unet;
    std::string name = module;
    static const std::pair<const char*, LoraComponent> prefixes[] = {
        {"unet.", LoraComponent::Unet},
        {"text_encoder.", LoraComponent::TextEncoder},
        {"text_encoder_2.", LoraComponent::TextEncoder2}};
    for (const auto& [prefix, c] : prefixes)
        if (starts_with(name, prefix)) {
            component = c;
            name = name.substr(std::string(prefix).size());
            break;
        }
    if (starts_with(name, "base_model.model.")) name = name.substr(17);
    // diffusers' old attention processors: attn1.processor.to_q -> attn1.to_q, to_out -> to_out.0.
    for (const char* part : {"to_q", "to_k", "to_v", "to_out"}) {
        const std::string old = std::string(".processor.") + part;
        if (name.size() > old.size() && name.compare(name.size() - old.size(), old.size(), old) == 0) {
            name = name.substr(0, name.size() - old.size()) + "." + part + (std::string(part) == "to_out" ? ".0" : "");
            break;
        }
    }
    const auto& shapes = shapes_[static_cast<int>(component)];
    const std::string key = name + kWeight;
    if (!shapes.count(key)) return std::nullopt;
    return LoraTarget{component, key};
}

const std::vector<int64_t>& LoraTargetIndex::shape(const LoraTarget& target) const {
    const auto& shapes = shapes_[static_cast<int>(target.component)];
    const auto it = shapes.find(target.weight_key);
    if (it == shapes.end())
        throw Error(std::string("internal: no ") + lora_component_name(target.component) + " weight '" + target.weight_key + "'");
    return it->second;
}

}  // namespace stipple
