// Minimal Linear / Conv2d / GroupNorm / LayerNorm modules whose parameters are left uninitialised
// (at::empty) until load_module_weights fills them: building a 2.6-billion-parameter UNet then costs
// no random init and touches no memory. Parameter names are PyTorch's ("weight", "bias").
#pragma once

#include <torch/nn/module.h>
#include <torch/nn/pimpl.h>

#include <cstdint>
#include <string>

namespace stipple::nn {

class LinearImpl : public torch::nn::Module {
public:
    LinearImpl(int64_t in_features, int64_t out_features, bool bias = true);
    at::Tensor forward(const at::Tensor& x);
    at::Tensor weight, bias;
};
TORCH_MODULE(Linear);

class Conv2dImpl : public torch::nn::Module {
public:
    Conv2dImpl(int64_t in_channels, int64_t out_channels, int64_t kernel, int64_t stride = 1, int64_t padding = 0,
               bool bias = true);
    at::Tensor forward(const at::Tensor& x);
    at::Tensor weight, bias;
    int64_t stride, padding;
};
TORCH_MODULE(Conv2d);

class GroupNormImpl : public torch::nn::Module {
public:
    GroupNormImpl(int64_t num_groups, int64_t num_channels, double eps);
    at::Tensor forward(const at::Tensor& x);
    // silu(forward(x)), in one pass over a channels-last image in inference.
    at::Tensor forward_silu(const at::Tensor& x);
    at::Tensor weight, bias;
    int64_t num_groups;
    double eps;
};
TORCH_MODULE(GroupNorm);

class LayerNormImpl : public torch::nn::Module {
public:
    LayerNormImpl(int64_t dim, double eps);
    at::Tensor forward(const at::Tensor& x);
    at::Tensor weight, bias;
    int64_t dim;
    double eps;
};
TORCH_MODULE(LayerNorm);

// A parameterless container, for checkpoint paths such as "ff.net.0" / "ff.net.2" where a
// ModuleList would have to number children without gaps.
class NamedChildrenImpl : public torch::nn::Module {};
TORCH_MODULE(NamedChildren);

// Every 4-D parameter (the convolution weights) of `module` and its children made dense in
// `format`, in place: the parameters stay the same objects (LoRA patching finds them).
void set_conv_weight_format(torch::nn::Module& module, at::MemoryFormat format);

// Module dtype: that of its first floating parameter (float32 when it has none).
at::ScalarType module_dtype(const torch::nn::Module& module);

// Error unless `dtype` can run on the CPU (float32, bfloat16, float64); `what` names the model.
void check_compute_dtype(at::ScalarType dtype, const std::string& what);

}  // namespace stipple::nn
