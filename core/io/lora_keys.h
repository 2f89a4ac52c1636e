// Which weight of a loaded model a LoRA module patches. LoRA files name their modules in two
// conventions; both are resolved against the model's own weight keys (diffusers names):
//  - kohya / A1111: "lora_unet_" / "lora_te_" (SD 1.x/2.x) / "lora_te1_", "lora_te2_" (SDXL) + the
//    module's name with '.' replaced by '_'. UNet names are either diffusers' (kohya's SD 1.x/2.x
//    LoRAs: lora_unet_down_blocks_0_attentions_0_...) or the original LDM/SGM ones (kohya's SDXL
//    LoRAs: lora_unet_input_blocks_4_1_transformer_blocks_0_attn1_to_q); both are accepted.
//  - diffusers / PEFT: "unet." / "text_encoder." / "text_encoder_2." + the dotted diffusers name
//    (no prefix = UNet).
// Pure name arithmetic over key lists: no tensors, no files.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace stipple {

enum class LoraComponent { Unet, TextEncoder, TextEncoder2 };
const char* lora_component_name(LoraComponent component);  // "unet", "text_encoder", "text_encoder_2"

// A weight of one component of the model, by its key ("down_blocks.0....to_q.weight").
struct LoraTarget {
    LoraComponent component = LoraComponent::Unet;
    std::string weight_key;
};

// A weight key and its shape.
using WeightShapes = std::vector<std::pair<std::string, std::vector<int64_t>>>;

class LoraTargetIndex {
public:
    LoraTargetIndex() = default;
    // The weights of the model's UNet and text encoder(s); `text_encoder_2` empty for SD 1.x/2.x.
    LoraTargetIndex(const WeightShapes& unet, const WeightShapes& text_encoder, const WeightShapes& text_encoder_2);

    bool has_text_encoder_2() const { return has_te2_; }
    // `module` as a LoRA file names it, without the role suffix (".lora_down.weight", ".alpha" ...).
    std::optional<LoraTarget> find(const std::string& module) const;
    // The shape of a target's weight (it exists: find() returned it).
    const std::vector<int64_t>& shape(const LoraTarget& target) const;

private:
    std::unordered_map<std::string, LoraTarget> kohya_;  // "lora_unet_…" / "lora_te_…" -> target
    std::map<std::string, std::vector<int64_t>> shapes_[3];  // per component: weight key -> shape
    bool has_te2_ = false;
};

// The original (LDM/SGM openaimodel) name of a diffusers UNet module ("down_blocks.1.attentions.0.proj_in"
// -> "input_blocks.4.1.proj_in"), for a UNet with `layers_per_block` resnets per down block whose
// up block i has attentions when up_blocks_with_attention[i]. "" for a name outside the layout.
std::string original_unet_module_name(const std::string& diffusers_module, int layers_per_block,
                                      const std::vector<bool>& up_blocks_with_attention);

}  // namespace stipple
