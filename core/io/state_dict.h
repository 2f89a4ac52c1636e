// Name-for-name weight loading: a torch::nn::Module whose member names equal the checkpoint
// keys takes its parameters and buffers from a name -> tensor map. A missing, unexpected or
// mis-shaped key is an Error naming the key and the source file.
#pragma once

#include <torch/nn/module.h>

#include <map>
#include <memory>
#include <set>
#include <string>

namespace stipple {

class SafetensorsFile;

// Tensors by checkpoint key. Values may be zero-copy views of a mapped file.
using StateDict = std::map<std::string, at::Tensor>;

// All tensors of one .safetensors file (zero-copy), optionally only those under `prefix`
// with the prefix stripped.
StateDict read_state_dict(const std::string& safetensors_path, const std::string& prefix = "");

struct LoadOptions {
    at::ScalarType dtype = at::kFloat;          // floating tensors are converted once to this
    std::set<std::string> ignorable_keys;       // present in files but not weights (e.g. position_ids)
    std::string source;                         // file name for error messages
};

// Copies (or, when dtype matches, adopts without copying) every parameter and buffer of
// `module` from `weights`. Throws stipple::Error listing missing / unexpected / mis-shaped keys.
void load_module_weights(torch::nn::Module& module, const StateDict& weights, const LoadOptions& options);

}  // namespace stipple
