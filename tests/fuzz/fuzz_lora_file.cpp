// libFuzzer target: LoRA files from strangers (core/io/lora_file.h) read against a small fixed
// model (a UNet linear and 3x3 convolution, a text-encoder linear). Any bytes must give LoRA
// modules or stipple::Error; every module read must map to a weight of that model, and its delta
// must have exactly that weight's shape and finite values (rank and alpha are checked).
#include "common/error.h"
#include "fuzz_memfile.h"
#include "io/lora_file.h"

#include <cstddef>
#include <cstdint>

namespace {

const stipple::LoraTargetIndex& model() {
    static const stipple::LoraTargetIndex index(
        {{"down_blocks.0.attentions.0.transformer_blocks.0.attn1.to_q.weight", {8, 8}},
         {"down_blocks.0.attentions.0.proj_in.weight", {8, 8, 1, 1}},
         {"down_blocks.0.resnets.0.conv1.weight", {8, 4, 3, 3}},
         {"down_blocks.0.resnets.0.norm1.weight", {4}}},
        {{"text_model.encoder.layers.0.self_attn.q_proj.weight", {8, 8}}}, {});
    return index;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzMemFile file(data, size);
    try {
        const stipple::LoraFile lora = stipple::read_lora_file(file.path(), model(), stipple::ModelFamily::SD1, "fuzz");
        for (const auto& m : lora.modules) {
            const auto& shape = model().shape(m.target);
            const at::Tensor delta = stipple::lora_delta(m, shape);
            if (delta.sizes() != at::IntArrayRef(shape) || !at::isfinite(delta).all().item<bool>()) __builtin_trap();
        }
    } catch (const stipple::Error&) {
    }
    return 0;
}
