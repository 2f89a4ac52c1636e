#include "nn/layers.h"

#include "common/error.h"

namespace stipple::nn {

namespace {
at::Tensor uninitialised(at::IntArrayRef shape) { return at::empty(shape, at::kFloat); }
}  // namespace

LinearImpl::LinearImpl(int64_t in_features, int64_t out_features, bool has_bias) {
    weight = register_parameter("weight", uninitialised({out_features, in_features}), false);
    if (has_bias) bias = register_parameter("bias", uninitialised({out_features}), false);
}

at::Tensor LinearImpl::forward(const at::Tensor& x) { return at::linear(x, weight, bias); }

Conv2dImpl::Conv2dImpl(int64_t in_channels, int64_t out_channels, int64_t kernel, int64_t stride_, int64_t padding_,
                       bool has_bias)
    : stride(stride_), padding(padding_) {
    weight = register_parameter("weight", uninitialised({out_channels, in_channels, kernel, kernel}), false);
    if (has_bias) bias = register_parameter("bias", uninitialised({out_channels}), false);
}

at::Tensor Conv2dImpl::forward(const at::Tensor& x) {
    return at::conv2d(x, weight, bias, {stride, stride}, {padding, padding});
}

GroupNormImpl::GroupNormImpl(int64_t num_groups_, int64_t num_channels, double eps_)
    : num_groups(num_groups_), eps(eps_) {
    weight = register_parameter("weight", uninitialised({num_channels}), false);
    bias = register_parameter("bias", uninitialised({num_channels}), false);
}

at::Tensor GroupNormImpl::forward(const at::Tensor& x) {
    // libtorch 1.13's CPU group_norm is wrong for channels-last bfloat16 input (errors of ~5 on
    // unit-variance data). A transposed attention output reshaped back to NCHW has such strides
    // when the batch is > 1, so normalise a contiguous copy.
    return at::group_norm(x.contiguous(), num_groups, weight, bias, eps);
}

LayerNormImpl::LayerNormImpl(int64_t dim_, double eps_) : dim(dim_), eps(eps_) {
    weight = register_parameter("weight", uninitialised({dim}), false);
    bias = register_parameter("bias", uninitialised({dim}), false);
}

at::Tensor LayerNormImpl::forward(const at::Tensor& x) { return at::layer_norm(x, {dim}, weight, bias, eps); }

at::ScalarType module_dtype(const torch::nn::Module& module) {
    for (const auto& p : module.parameters(true))
        if (at::isFloatingType(p.scalar_type())) return p.scalar_type();
    return at::kFloat;
}

void check_compute_dtype(at::ScalarType dtype, const std::string& what) {
    if (dtype == at::kFloat || dtype == at::kBFloat16 || dtype == at::kDouble) return;
    throw Error(what + ": dtype " + std::string(c10::toString(dtype)) +
                " is not supported on the CPU (use float32 or bfloat16)");
}

}  // namespace stipple::nn
