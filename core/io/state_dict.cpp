#include "io/state_dict.h"

#include "common/error.h"
#include "io/safetensors.h"

#include <torch/nn/module.h>

#include <sstream>
#include <vector>

namespace stipple {

StateDict read_state_dict(const std::string& safetensors_path, const std::string& prefix) {
    auto file = SafetensorsFile::open(safetensors_path);
    StateDict dict;
    for (const auto& e : file->entries()) {
        if (e.name.compare(0, prefix.size(), prefix) != 0) continue;
        dict.emplace(e.name.substr(prefix.size()), file->tensor(e.name));
    }
    return dict;
}

namespace {

std::string shape_text(at::IntArrayRef shape) {
    std::ostringstream s;
    s << shape;
    return s.str();
}

// Lists at most a few keys so the message stays one readable line.
std::string key_list(const std::vector<std::string>& keys) {
    std::string text;
    const size_t shown = std::min<size_t>(keys.size(), 5);
    for (size_t i = 0; i < shown; ++i) text += (i ? ", " : "") + keys[i];
    if (keys.size() > shown) text += " (and " + std::to_string(keys.size() - shown) + " more)";
    return text;
}

}  // namespace

void load_module_weights(torch::nn::Module& module, const StateDict& weights, const LoadOptions& options) {
    const std::string source = options.source.empty() ? std::string("checkpoint") : "'" + options.source + "'";
    torch::NoGradGuard no_grad;

    std::vector<std::pair<std::string, at::Tensor>> targets;
    for (auto& p : module.named_parameters(true)) targets.emplace_back(p.key(), p.value());
    for (auto& b : module.named_buffers(true)) targets.emplace_back(b.key(), b.value());

    std::vector<std::string> missing;
    std::set<std::string> used;
    for (auto& [name, target] : targets) {
        auto it = weights.find(name);
        if (it == weights.end()) {
            missing.push_back(name);
            continue;
        }
        used.insert(name);
        const at::Tensor& source_tensor = it->second;
        if (source_tensor.sizes() != target.sizes())
            throw Error(source + ": weight '" + name + "' has shape " + shape_text(source_tensor.sizes()) +
                        " but the model's config needs " + shape_text(target.sizes()) +
                        " (does the config.json belong to these weights?)");
        at::ScalarType want = at::isFloatingType(target.scalar_type()) ? options.dtype : target.scalar_type();
        // Adopt the mapped tensor without copying when its dtype and device already match.
        at::Tensor value = source_tensor.to(target.device(), want);
        if (!value.is_alias_of(source_tensor)) release_mapped_pages(source_tensor);  // converted: not needed
        target.set_data(value);
    }
    std::vector<std::string> unexpected;
    for (const auto& [name, _] : weights)
        if (!used.count(name) && !options.ignorable_keys.count(name)) unexpected.push_back(name);

    if (!missing.empty())
        throw Error(source + " is missing " + std::to_string(missing.size()) + " weight(s): " + key_list(missing) +
                    " (is this the right model file for this component?)");
    if (!unexpected.empty())
        throw Error(source + " has " + std::to_string(unexpected.size()) +
                    " weight(s) the model does not have: " + key_list(unexpected) +
                    " (does the config.json belong to these weights?)");
}

}  // namespace stipple
