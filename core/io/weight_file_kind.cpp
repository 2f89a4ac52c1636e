// Key patterns of non-checkpoint weight files (see weight_file_kind.h).
#include "io/weight_file_kind.h"

#include "io/upscaler_keys.h"

#include <algorithm>
#include <initializer_list>

namespace stipple {

WeightFileKind guess_weight_file_kind(const std::vector<std::string>& keys) {
    const auto starts_with = [](const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; };
    const auto any = [&](const std::string& part, bool prefix = true) {
        return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
            return prefix ? starts_with(k, part) : k.find(part) != std::string::npos;
        });
    };
    const auto only = [&](std::initializer_list<const char*> names) {
        return !keys.empty() && std::all_of(keys.begin(), keys.end(), [&](const std::string& k) {
            return std::any_of(names.begin(), names.end(),
                               [&](const char* n) { return k == n || starts_with(k, std::string(n) + "."); });
        });
    };
    if (any("lora_") || any(".lora_down.", false) || any(".lora_A.", false) || any(".lora.down.", false) ||
        any(".hada_w1_a", false) || any(".lokr_w1", false))
        return WeightFileKind::Lora;
    if (any("control_model.") || any("input_hint_block.") || any("controlnet_cond_embedding.") ||
        any("zero_convs.") || any("controlnet_"))
        return WeightFileKind::ControlNet;
    // A1111 .safetensors embeddings: emb_params (and string_to_param.* in converted .pt ones); SDXL
    // ones clip_l + clip_g; a one-tensor file with a dotless name is an embedding saved by other tools.
    if (only({"emb_params", "string_to_param", "string_to_token", "clip_l", "clip_g", "name", "step",
              "sd_checkpoint", "sd_checkpoint_name"}) ||
        (keys.size() == 1 && keys[0].find('.') == std::string::npos))
        return WeightFileKind::Embedding;
    if ((any("encoder.down.") || any("decoder.up.") || any("encoder.down_blocks.") || any("decoder.up_blocks.") ||
         any("first_stage_model.encoder.")) &&
        !any("model.diffusion_model.") && !any("down_blocks.") && !any("text_model."))
        return WeightFileKind::Vae;
    if (any("down_blocks.") || any("text_model.") || any("encoder.down_blocks."))
        return WeightFileKind::DiffusersComponent;
    if (any("model.diffusion_model.")) return WeightFileKind::UnetOnly;
    KeyShapes names;  // the upscaler rule reads names only
    for (const std::string& k : keys) names.emplace(k, std::vector<int64_t>{});
    if (detect_upscaler_layout(strip_data_parallel_prefix(std::move(names))) != UpscalerLayout::None)
        return WeightFileKind::Upscaler;
    return WeightFileKind::Unknown;
}

}  // namespace stipple
