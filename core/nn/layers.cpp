#include "nn/layers.h"

#include "common/cpu_features.h"
#include "common/error.h"
#include "nn/group_norm_channels_last.h"

namespace stipple::nn {

namespace {
// libtorch 1.13 sends bfloat16 convolutions to oneDNN only on CPUs with AVX-512 BW/VL/DQ; elsewhere
// its NCHW bf16 path is far less exact than fp32 (measured on a Zen 3 EPYC: a tiny UNet 0.066
// relative L2, SD test cases down to 20.6 dB), while the same convolutions in channels-last stay
// within 45-48 dB. Read once: CPU flags do not change while we run.
bool bf16_convolutions_via_onednn() {
    static const bool via = [] {
        const CpuFeatures cpu = read_cpu_features();
        return cpu.has("avx512bw") && cpu.has("avx512vl") && cpu.has("avx512dq");
    }();
    return via;
}
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
    if (x.scalar_type() == at::kBFloat16 && x.dim() == 4 && x.is_contiguous() && !bf16_convolutions_via_onednn()) {
        const at::Tensor y = at::conv2d(x.contiguous(at::MemoryFormat::ChannelsLast),
                                        weight.contiguous(at::MemoryFormat::ChannelsLast), bias, {stride, stride},
                                        {padding, padding});
        return y.contiguous();
    }
    return at::conv2d(x, weight, bias, {stride, stride}, {padding, padding});
}

GroupNormImpl::GroupNormImpl(int64_t num_groups_, int64_t num_channels, double eps_)
    : num_groups(num_groups_), eps(eps_) {
    weight = register_parameter("weight", uninitialised({num_channels}), false);
    bias = register_parameter("bias", uninitialised({num_channels}), false);
}

namespace {
bool use_channels_last_kernel(const at::Tensor& x, int64_t groups, const at::Tensor& weight) {
    const bool autograd = at::GradMode::is_enabled() && (x.requires_grad() || weight.requires_grad());
    return !autograd && fits_group_norm_channels_last(x, groups);
}
}  // namespace

at::Tensor GroupNormImpl::forward_silu(const at::Tensor& x) {
    if (use_channels_last_kernel(x, num_groups, weight))
        return group_norm_channels_last(x, num_groups, weight, bias, eps, /*silu=*/true);
    return at::silu(forward(x));
}

at::Tensor GroupNormImpl::forward(const at::Tensor& x) {
    // Channels-last images in inference: our kernel (nn/group_norm_channels_last.h says why).
    if (use_channels_last_kernel(x, num_groups, weight))
        return group_norm_channels_last(x, num_groups, weight, bias, eps, /*silu=*/false);
    // bfloat16 input is normalised in float32 and rounded back: libtorch 1.13's CPU group_norm is
    // wrong for channels-last bfloat16 (max errors of 3 to 80 on unit-variance data, measured) and
    // its NCHW bfloat16 kernel ran 10x slower than float32 (11.5 vs 1.1 ms at 2x320x64x64, AMD EPYC,
    // 2 threads); the round trip costs about 0.5 ms and is more exact. `to` keeps the memory format.
    // Odd strides (a transposed attention output) become the nearest dense format first.
    const at::Tensor dense = x.contiguous(x.suggest_memory_format());
    if (dense.scalar_type() == at::kBFloat16)
        return at::group_norm(dense.to(at::kFloat), num_groups, weight.to(at::kFloat), bias.to(at::kFloat), eps)
            .to(at::kBFloat16);
    return at::group_norm(dense, num_groups, weight, bias, eps);
}

LayerNormImpl::LayerNormImpl(int64_t dim_, double eps_) : dim(dim_), eps(eps_) {
    weight = register_parameter("weight", uninitialised({dim}), false);
    bias = register_parameter("bias", uninitialised({dim}), false);
}

at::Tensor LayerNormImpl::forward(const at::Tensor& x) {
    // bfloat16: normalised in float32 and rounded back, as group norm is: libtorch 1.13's bfloat16
    // layer_norm ran 8x slower than the float32 round trip (17.5 vs 2.3 ms at 2x4096x320).
    if (x.scalar_type() == at::kBFloat16)
        return at::layer_norm(x.to(at::kFloat), {dim}, weight.to(at::kFloat), bias.to(at::kFloat), eps)
            .to(at::kBFloat16);
    return at::layer_norm(x, {dim}, weight, bias, eps);
}

void set_conv_weight_format(torch::nn::Module& module, at::MemoryFormat format) {
    at::NoGradGuard no_grad;
    for (auto& p : module.parameters(true))
        if (p.dim() == 4 && !p.is_contiguous(format)) p.set_data(p.contiguous(format));
}

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
