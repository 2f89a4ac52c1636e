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
    at::Tensor h = conv1_->forward(at::silu(norm1_->forward(x)));
    if (time_emb_proj_ && temb.defined()) {
        at::Tensor t = time_emb_proj_->forward(at::silu(temb));
        h = h + t.unsqueeze(-1).unsqueeze(-1);
    }
    h = conv2_->forward(at::silu(norm2_->forward(h)));
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
    // Nearest upsampling is exact in any dtype; float32 avoids missing bf16 kernels (diffusers does the same).
    const at::ScalarType dtype = x.scalar_type();
    at::Tensor in = dtype == at::kBFloat16 ? x.to(at::kFloat) : x;
    at::Tensor up = size.empty() ? at::upsample_nearest2d(in, {in.size(2) * 2, in.size(3) * 2}, 2.0, 2.0)
                                 : at::upsample_nearest2d(in, size, c10::nullopt, c10::nullopt);
    if (dtype == at::kBFloat16) up = up.to(dtype);
    return conv_->forward(up);
}

}  // namespace stipple::nn
