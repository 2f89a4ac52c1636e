// LoRAs applied to a loaded model by patching its weights in place, without a second copy of the
// model: W <- W + multiplier · (alpha/rank) · up·down, summed over the LoRAs in float32 and written
// back in the weight's dtype. Restoring reads the patched weights again from the model's own
// source files (memory-mapped) and converts them exactly as loading did, so the model after a
// restore is bit-identical to the freshly loaded one.
//
// Invariant: every weight not in patched() holds exactly what loading produced.
#pragma once

#include "common/model_family.h"
#include "io/lora_file.h"
#include "io/state_dict.h"

#include <torch/nn/module.h>

#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace stipple {

// One LoRA of a set: its file and the multipliers of the text encoders and of the UNet.
struct LoraUse {
    std::string name;  // as mentioned in the prompt (for Lora hashes)
    std::string path;
    double te_multiplier = 1.0;
    double unet_multiplier = 1.0;
};

class LoraPatcher {
public:
    // The weights a component was loaded from, by key (zero-copy views of the model's files), as
    // they were handed to load_module_weights. Unset when the model has no source files (random
    // weights): LoRAs are then refused.
    using SourceReader = std::function<StateDict(LoraComponent)>;

    // `text_encoder_2` may be null (SD 1.x/2.x). The modules must outlive the patcher.
    LoraPatcher(torch::nn::Module& unet, torch::nn::Module& text_encoder, torch::nn::Module* text_encoder_2,
                SourceReader source, ModelFamily family, std::string model_name);

    // Makes `set` the applied one. Nothing happens when it equals the applied set (same files,
    // unchanged on disk, same multipliers). Otherwise every file is read and checked first (an
    // Error leaves the model as it was), then the old set is restored and the new one patched.
    void apply(const std::vector<LoraUse>& set);
    // Restores every patched weight (the model as loaded).
    void clear();

    const std::vector<LoraUse>& applied() const { return applied_; }
    // The weights currently patched: "unet.<key>", "text_encoder.<key>", "text_encoder_2.<key>".
    std::vector<std::string> patched() const;

private:
    struct FileStamp {
        std::string path;
        uintmax_t size = 0;
        int64_t mtime = 0;
        bool operator==(const FileStamp& o) const { return path == o.path && size == o.size && mtime == o.mtime; }
    };
    at::Tensor& parameter(const LoraTarget& target);
    void restore();

    std::map<std::string, at::Tensor> weights_[3];  // per component: weight key -> the module's parameter
    LoraTargetIndex index_;
    SourceReader source_;
    ModelFamily family_;
    std::string model_name_;
    std::vector<LoraUse> applied_;
    std::vector<FileStamp> applied_stamps_;
    std::set<std::pair<int, std::string>> patched_;  // (component, weight key)
};

}  // namespace stipple
