// Training helpers for the built-in model: deterministic parameter init, AdamW with gradient
// clipping, an exponential moving average of weights, and checkpoint save/restore as safetensors.
#pragma once

#include <ATen/ATen.h>
#include <torch/nn/module.h>

#include <string>
#include <utility>
#include <vector>

namespace stipple::training {

// Named trainable tensors of one or more modules ("unet.", "text_encoder." prefixes keep them apart).
struct ParamSet {
    std::vector<std::string> names;
    std::vector<at::Tensor> tensors;
    void add(const std::string& prefix, torch::nn::Module& module);
};

// PyTorch-like init from the global generator (at::manual_seed first): >=2-D weights uniform in
// ±1/sqrt(fan_in), embeddings N(0, 0.02), 1-D weights (norms) 1, biases 0.
void init_parameters(torch::nn::Module& module);

class AdamW {
public:
    AdamW(ParamSet params, double weight_decay = 0.0);
    // Clips the global gradient norm to `clip` (<= 0: no clipping), steps, zeroes the grads.
    // Returns the gradient norm before clipping.
    double step(double lr, double clip = 1.0);
    int64_t steps() const { return t_; }
    // Moments as named tensors ("m.<name>", "v.<name>") and restoring them.
    std::vector<std::pair<std::string, at::Tensor>> state() const;
    void restore(const std::string& safetensors_path, int64_t steps);
    void save(const std::string& safetensors_path) const;  // the moments, for restore()
    const ParamSet& params() const { return params_; }

private:
    ParamSet params_;
    std::vector<at::Tensor> m_, v_;
    double beta1_ = 0.9, beta2_ = 0.999, eps_ = 1e-8, weight_decay_;
    int64_t t_ = 0;
};

class Ema {
public:
    explicit Ema(const ParamSet& params);
    void update(const ParamSet& params, double decay);
    const std::vector<at::Tensor>& values() const { return values_; }
    std::vector<at::Tensor>& values() { return values_; }

private:
    std::vector<at::Tensor> values_;
};

// Writes name -> tensor (copies, contiguous fp32) with write_safetensors (atomic).
void save_tensors(const std::string& path, const std::vector<std::string>& names, const std::vector<at::Tensor>& tensors);
// Copies tensors from a file into `tensors` by name; Error naming the file and key when missing.
void load_tensors_into(const std::string& path, const std::vector<std::string>& names, std::vector<at::Tensor>& tensors);

}  // namespace stipple::training
