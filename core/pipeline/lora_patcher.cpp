#include "pipeline/lora_patcher.h"

#include "common/error.h"
#include "io/safetensors.h"

#include <torch/utils.h>

#include <cmath>
#include <filesystem>
#include <sstream>

namespace stipple {

namespace fs = std::filesystem;

namespace {

int slot(LoraComponent c) { return static_cast<int>(c); }

WeightShapes shapes_of(const std::map<std::string, at::Tensor>& weights) {
    WeightShapes out;
    for (const auto& [key, tensor] : weights) out.emplace_back(key, tensor.sizes().vec());
    return out;
}

}  // namespace

LoraPatcher::LoraPatcher(torch::nn::Module& unet, torch::nn::Module& text_encoder, torch::nn::Module* text_encoder_2,
                         SourceReader source, ModelFamily family, std::string model_name)
    : source_(std::move(source)), family_(family), model_name_(std::move(model_name)) {
    auto collect = [&](torch::nn::Module& module, LoraComponent c) {
        for (auto& p : module.named_parameters(true)) weights_[slot(c)].emplace(p.key(), p.value());
    };
    collect(unet, LoraComponent::Unet);
    collect(text_encoder, LoraComponent::TextEncoder);
    if (text_encoder_2) collect(*text_encoder_2, LoraComponent::TextEncoder2);
    index_ = LoraTargetIndex(shapes_of(weights_[0]), shapes_of(weights_[1]), shapes_of(weights_[2]));
}

at::Tensor& LoraPatcher::parameter(const LoraTarget& target) {
    auto& weights = weights_[slot(target.component)];
    const auto it = weights.find(target.weight_key);
    if (it == weights.end())
        throw Error(std::string("internal: the model has no ") + lora_component_name(target.component) + " weight '" +
                    target.weight_key + "'");
    return it->second;
}

std::vector<std::string> LoraPatcher::patched() const {
    std::vector<std::string> out;
    for (const auto& [c, key] : patched_) out.push_back(std::string(lora_component_name(static_cast<LoraComponent>(c))) + "." + key);
    return out;
}

void LoraPatcher::restore() {
    torch::NoGradGuard no_grad;
    for (int c = 0; c < 3 && !patched_.empty(); ++c) {
        const auto component = static_cast<LoraComponent>(c);
        bool any = false;
        for (const auto& [pc, key] : patched_) any = any || pc == c;
        if (!any) continue;
        const StateDict source = source_(component);
        for (auto it = patched_.begin(); it != patched_.end();) {
            if (it->first != c) {
                ++it;
                continue;
            }
            const auto found = source.find(it->second);
            if (found == source.end())
                throw Error(std::string("cannot restore ") + lora_component_name(component) + " weight '" + it->second +
                            "': the model's files no longer hold it (reload the model)");
            at::Tensor& target = parameter({component, it->second});
            const at::Tensor& stored = found->second;
            if (stored.sizes() != target.sizes())
                throw Error(std::string("cannot restore ") + lora_component_name(component) + " weight '" + it->second +
                            "': the model's files changed on disk (reload the model)");
            // Exactly load_module_weights' conversion: adopt the mapped tensor when the dtype matches.
            at::Tensor value = stored.to(target.device(), target.scalar_type());
            if (!value.is_alias_of(stored)) release_mapped_pages(stored);
            // A channels-last model stays channels-last (pipeline/memory_layout.h).
            const at::MemoryFormat format = target.suggest_memory_format();
            if (!value.is_contiguous(format)) value = value.contiguous(format);
            target.set_data(value);
            it = patched_.erase(it);
        }
    }
}

void LoraPatcher::clear() {
    restore();
    applied_.clear();
    applied_stamps_.clear();
}

void LoraPatcher::apply(const std::vector<LoraUse>& set) {
    if (set.empty()) {
        clear();
        return;
    }
    std::vector<FileStamp> stamps;
    for (const auto& use : set) {
        std::error_code ec;
        FileStamp s;
        s.path = use.path;
        s.size = fs::file_size(use.path, ec);
        if (ec) throw Error("cannot read LoRA '" + use.path + "': " + ec.message());
        s.mtime = static_cast<int64_t>(fs::last_write_time(use.path, ec).time_since_epoch().count());
        stamps.push_back(s);
    }
    bool same = set.size() == applied_.size() && stamps == applied_stamps_;
    for (size_t i = 0; same && i < set.size(); ++i)
        same = set[i].te_multiplier == applied_[i].te_multiplier && set[i].unet_multiplier == applied_[i].unet_multiplier;
    if (same) return;
    if (!source_) throw Error("LoRAs need a model loaded from files; '" + model_name_ + "' has generated random weights");
    for (const auto& use : set)
        for (double m : {use.te_multiplier, use.unet_multiplier})
            if (!(std::abs(m) <= 1e6)) {  // float32 holds it; no LoRA is meant at a weight near this
                std::ostringstream text;
                text << m;
                throw Error("LoRA '" + use.name + "': the weight " + text.str() + " is out of range (|weight| <= 1e6)");
            }

    // Read and check every file before touching a weight.
    std::vector<LoraFile> files;
    for (const auto& use : set) files.push_back(read_lora_file(use.path, index_, family_, model_name_));
    // Per target weight: the modules that patch it, with their multipliers, in set order.
    std::map<std::pair<int, std::string>, std::vector<std::pair<const LoraModule*, double>>> by_target;
    for (size_t i = 0; i < files.size(); ++i)
        for (const auto& m : files[i].modules) {
            const double multiplier =
                m.target.component == LoraComponent::Unet ? set[i].unet_multiplier : set[i].te_multiplier;
            if (multiplier == 0) continue;
            by_target[{slot(m.target.component), m.target.weight_key}].emplace_back(&m, multiplier);
        }

    restore();
    applied_.clear();
    applied_stamps_.clear();
    torch::NoGradGuard no_grad;
    try {
        // One weight at a time: the extra memory is one weight in float32, not a model's worth.
        for (const auto& [key, modules] : by_target) {
            const LoraTarget target{static_cast<LoraComponent>(key.first), key.second};
            at::Tensor& weight = parameter(target);
            const std::vector<int64_t> shape = weight.sizes().vec();
            at::Tensor merged = weight.to(at::kCPU, at::kFloat, /*non_blocking=*/false, /*copy=*/true);
            for (const auto& [module, multiplier] : modules) merged.add_(lora_delta(*module, shape), multiplier);
            if (!at::isfinite(merged).all().item<bool>())
                throw Error(std::string("LoRA weights times their multipliers overflow ") + lora_component_name(target.component) +
                            " weight '" + target.weight_key + "' (is a <lora:…> weight absurdly large?)");
            patched_.insert(key);
            weight.set_data(merged.to(weight.device(), weight.scalar_type()).contiguous(weight.suggest_memory_format()));
        }
    } catch (...) {
        restore();
        throw;
    }
    applied_ = set;
    applied_stamps_ = std::move(stamps);
}

}  // namespace stipple
