// diffusers' ResnetBlock2D (norm1/conv1/time_emb_proj/norm2/conv2/conv_shortcut), Downsample2D and
// Upsample2D ("conv"), shared by the UNet and the VAE.
#pragma once

#include "nn/layers.h"

#include <optional>
#include <vector>

namespace stipple::nn {

class ResnetBlock2DImpl : public torch::nn::Module {
public:
    // temb_channels 0: no time embedding (VAE). output_scale_factor divides (x + h).
    ResnetBlock2DImpl(int64_t in_channels, int64_t out_channels, int64_t temb_channels, int64_t groups, double eps,
                      double output_scale_factor = 1.0);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& temb = {});

private:
    GroupNorm norm1_{nullptr}, norm2_{nullptr};
    Conv2d conv1_{nullptr}, conv2_{nullptr}, conv_shortcut_{nullptr};
    Linear time_emb_proj_{nullptr};
    double output_scale_factor_;
};
TORCH_MODULE(ResnetBlock2D);

class Downsample2DImpl : public torch::nn::Module {
public:
    // padding 0: pad (0,1,0,1) with zeros first, as diffusers does (VAE encoder).
    Downsample2DImpl(int64_t channels, int64_t out_channels, int64_t padding);
    at::Tensor forward(const at::Tensor& x);

private:
    Conv2d conv_{nullptr};
    int64_t padding_;
};
TORCH_MODULE(Downsample2D);

class Upsample2DImpl : public torch::nn::Module {
public:
    Upsample2DImpl(int64_t channels, int64_t out_channels);
    // Nearest ×2, or to `size` ([h, w]) when given (UNet skips whose size is not divisible).
    at::Tensor forward(const at::Tensor& x, const std::vector<int64_t>& size = {});

private:
    Conv2d conv_{nullptr};
};
TORCH_MODULE(Upsample2D);

}  // namespace stipple::nn
