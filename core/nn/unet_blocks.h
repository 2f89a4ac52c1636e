// The UNet's down, mid and up blocks as diffusers builds them: CrossAttnDownBlock2D / DownBlock2D,
// UNetMidBlock2DCrossAttn, UpBlock2D / CrossAttnUpBlock2D (one class each for with/without attention).
#pragma once

#include "nn/attention.h"
#include "nn/resnet.h"
#include "nn/transformer_2d.h"

#include <torch/nn/modules/container/modulelist.h>

#include <vector>

namespace stipple::nn {

struct UNetBlockOptions {
    int64_t in_channels = 0;
    int64_t out_channels = 0;
    int64_t prev_output_channels = 0;  // up blocks: channels coming from the block below
    int64_t temb_channels = 0;
    int64_t num_layers = 1;            // resnets
    int64_t transformer_layers = 1;
    int64_t heads = 1;
    int64_t cross_attention_dim = 0;
    bool has_attention = false;
    bool add_sampler = false;          // downsampler / upsampler
    int64_t downsample_padding = 1;
    int64_t groups = 32;
    double eps = 1e-5;
    double output_scale_factor = 1.0;
    bool use_linear_projection = false;
    bool upcast_attention = false;
};

class UNetDownBlockImpl : public torch::nn::Module {
public:
    UNetDownBlockImpl(const UNetBlockOptions& options, const AttentionSettingsPtr& settings);
    // Appends each resnet(+attention) output and the downsampled output to `skips`. max_outputs >= 0
    // stops after that many (DeepCache's shallow pass) and returns the last one computed.
    at::Tensor forward(const at::Tensor& x, const at::Tensor& temb, const at::Tensor& context,
                       std::vector<at::Tensor>& skips, int64_t max_outputs = -1);
    // What forward() appends to `skips`: one per resnet, plus the downsampled output.
    int64_t num_outputs() const { return static_cast<int64_t>(resnets_.size()) + (downsampler_ ? 1 : 0); }

private:
    std::vector<ResnetBlock2D> resnets_;
    std::vector<Transformer2DModel> attentions_;
    Downsample2D downsampler_{nullptr};
};
TORCH_MODULE(UNetDownBlock);

class UNetMidBlockImpl : public torch::nn::Module {
public:
    UNetMidBlockImpl(const UNetBlockOptions& options, const AttentionSettingsPtr& settings);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& temb, const at::Tensor& context);

private:
    std::vector<ResnetBlock2D> resnets_;
    std::vector<Transformer2DModel> attentions_;
};
TORCH_MODULE(UNetMidBlock);

class UNetUpBlockImpl : public torch::nn::Module {
public:
    UNetUpBlockImpl(const UNetBlockOptions& options, const AttentionSettingsPtr& settings);
    // Pops one skip per resnet run from the back of `skips`. upsample_size: empty for ×2.
    // DeepCache: first_resnet > 0 starts there (x is then that resnet's input, before its skip is
    // concatenated); capture_resnet >= 0 stores that resnet's input in *captured.
    at::Tensor forward(const at::Tensor& x, std::vector<at::Tensor>& skips, const at::Tensor& temb,
                       const at::Tensor& context, const std::vector<int64_t>& upsample_size,
                       int64_t first_resnet = 0, int64_t capture_resnet = -1, at::Tensor* captured = nullptr);
    int64_t num_resnets() const { return static_cast<int64_t>(resnets_.size()); }

private:
    std::vector<ResnetBlock2D> resnets_;
    std::vector<Transformer2DModel> attentions_;
    Upsample2D upsampler_{nullptr};
};
TORCH_MODULE(UNetUpBlock);

}  // namespace stipple::nn
