#include "nn/resnet.h"

namespace stipple::nn {

ResnetBlock2DImpl::ResnetBlock2DImpl(int64_t in_channels, int64_t out_channels, int64_t temb_channels, int64_t groups,
                                     double eps, double output_scale_factor)
    : output_scale_factor_(output_scale_factor) {
    norm1_ = register_module("norm1", GroupNorm(groups, in_channels, eps));
    conv1_ = register_module("conv1", Conv2d(in_channels, out_channels, 3, 1, 1));
    if (temb_channels > 0) time_emb_proj_ = register_module("time_emb_proj", Linear(temb_channels, out_channels));
    norm2_ = register_module("norm2", GroupNorm(groups, out_channels, eps));
    conv2_ = register_module("conv2", Conv2d(out_channels, out_channels, 3, 1, 1));
    if (in_channels != out_channels)
        conv_shortcut_ = register_module("conv_shortcut", Conv2d(in_channels, out_channels, 1, 1, 0));
}

at::Tensor ResnetBlock2DImpl::forward(const at::Tensor& x, const at::Tensor& temb) {
    at::Tensor h = conv1_->forward(norm1_->forward_silu(x));
    if (time_emb_proj_ && temb.defined()) {
        at::Tensor t = time_emb_proj_->forward(at::silu(temb));
        h = h + t.unsqueeze(-1).unsqueeze(-1);
    }
    h = conv2_->forward(norm2_->forward_silu(h));
    at::Tensor shortcut = conv_shortcut_ ? conv_shortcut_->forward(x) : x;
    at::Tensor out = shortcut + h;
    if (output_scale_factor_ != 1.0) out = out / output_scale_factor_;
    return out;
}

Downsample2DImpl::Downsample2DImpl(int64_t channels, int64_t out_channels, int64_t padding) : padding_(padding) {
    conv_ = register_module("conv", Conv2d(channels, out_channels, 3, 2, padding));
}

at::Tensor Downsample2DImpl::forward(const at::Tensor& x) {
    if (padding_ == 0) return conv_->forward(at::constant_pad_nd(x, {0, 1, 0, 1}, 0));
    return conv_->forward(x);
}

Upsample2DImpl::Upsample2DImpl(int64_t channels, int64_t out_channels) {
    conv_ = register_module("conv", Conv2d(channels, out_channels, 3, 1, 1));
}

at::Tensor Upsample2DImpl::forward(const at::Tensor& x, const std::vector<int64_t>& size) {
    // Nearest upsampling copies values, so it is exact in any dtype: libtorch 1.13 has bfloat16
    // kernels (diffusers upcasts because some CUDA builds lack them), and the float32 detour cost
    // 23 ms against 2.3 (NCHW) or 0.6 ms (channels-last) at 2x320x64x64. The output keeps the
    // input's memory format.
    at::Tensor up = size.empty() ? at::upsample_nearest2d(x, {x.size(2) * 2, x.size(3) * 2}, 2.0, 2.0)
                                 : at::upsample_nearest2d(x, size, c10::nullopt, c10::nullopt);
    return conv_->forward(up);
}

}  // namespace stipple::nn
