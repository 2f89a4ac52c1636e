// AutoencoderKL (the SD/SDXL VAE) with diffusers' module names: encode an image in [-1,1] to its
// latent distribution, decode latents (already divided by scaling_factor) to an image in [-1,1].
#pragma once

#include "common/random.h"
#include "io/state_dict.h"
#include "nn/vae_tiling.h"
#include "nn/attention.h"
#include "nn/layers.h"
#include "nn/resnet.h"
#include "nn/vae_config.h"

#include <map>
#include <string>
#include <vector>

namespace stipple {

using TensorMap = std::map<std::string, at::Tensor>;

// diffusers' DiagonalGaussianDistribution.
struct VaePosterior {
    at::Tensor mean;
    at::Tensor logvar;  // clamped to [-30, 20]
    at::Tensor std;     // exp(0.5 * logvar)
    // mean + std * randn_tensor(mean.shape, generators), as latent_dist.sample(generator).
    at::Tensor sample(Generators& generators) const;
};

namespace nn {

// UNetMidBlock2D of the VAE: resnet, attention (group_norm, 1 head, residual), resnet.
class VaeMidBlockImpl : public torch::nn::Module {
public:
    VaeMidBlockImpl(int64_t channels, int64_t groups, const AttentionSettingsPtr& settings);
    at::Tensor forward(const at::Tensor& x);

private:
    std::vector<ResnetBlock2D> resnets_;
    Attention attention_{nullptr};
};
TORCH_MODULE(VaeMidBlock);

// DownEncoderBlock2D / UpDecoderBlock2D: resnets and an optional down/up sampler.
class VaeBlockImpl : public torch::nn::Module {
public:
    VaeBlockImpl(int64_t in_channels, int64_t out_channels, int64_t num_layers, int64_t groups, bool downsample,
                 bool upsample);
    at::Tensor forward(const at::Tensor& x);

private:
    std::vector<ResnetBlock2D> resnets_;
    Downsample2D downsampler_{nullptr};
    Upsample2D upsampler_{nullptr};
};
TORCH_MODULE(VaeBlock);

class VaeEncoderImpl : public torch::nn::Module {
public:
    VaeEncoderImpl(const VaeConfig& config, const AttentionSettingsPtr& settings);
    at::Tensor forward(const at::Tensor& x, TensorMap* inter);

private:
    Conv2d conv_in_{nullptr}, conv_out_{nullptr};
    std::vector<VaeBlock> down_blocks_;
    VaeMidBlock mid_block_{nullptr};
    GroupNorm conv_norm_out_{nullptr};
};
TORCH_MODULE(VaeEncoder);

class VaeDecoderImpl : public torch::nn::Module {
public:
    VaeDecoderImpl(const VaeConfig& config, const AttentionSettingsPtr& settings);
    at::Tensor forward(const at::Tensor& z, TensorMap* inter);

private:
    Conv2d conv_in_{nullptr}, conv_out_{nullptr};
    VaeMidBlock mid_block_{nullptr};
    std::vector<VaeBlock> up_blocks_;
    GroupNorm conv_norm_out_{nullptr};
};
TORCH_MODULE(VaeDecoder);

}  // namespace nn

class AutoencoderKLImpl : public torch::nn::Module {
public:
    explicit AutoencoderKLImpl(const VaeConfig& config);

    // x [B,in_channels,H,W] in [-1,1] -> posterior over [B,latent,H/f,W/f] (model dtype).
    // intermediates: conv_in, down_block_i, mid_block, quant_conv (moments before the clamp).
    VaePosterior encode(const at::Tensor& x, TensorMap* intermediates = nullptr);
    // z [B,latent,h,w], already divided by scaling_factor -> image [B,out_channels,h*f,w*f], about
    // [-1,1] and not clamped. intermediates: post_quant_conv, conv_in, mid_block, up_block_i.
    at::Tensor decode(const at::Tensor& z, TensorMap* intermediates = nullptr);

    const VaeConfig& config() const { return config_; }
    at::ScalarType dtype() const { return nn::module_dtype(*this); }
    nn::AttentionSettings& attention_settings() { return *attention_settings_; }
    // As UNet2DConditionModel::set_memory_format: encode/decode take and give NCHW.
    void set_memory_format(at::MemoryFormat format);
    at::MemoryFormat memory_format() const { return memory_format_; }
    // Whether decode() works in overlapping tiles (nn/vae_tiling.h); Auto by default.
    void set_tiling(nn::VaeTilingMode mode) { tiling_ = mode; }

private:
    VaeConfig config_;
    nn::AttentionSettingsPtr attention_settings_;
    nn::VaeEncoder encoder_{nullptr};
    nn::VaeDecoder decoder_{nullptr};
    nn::Conv2d quant_conv_{nullptr}, post_quant_conv_{nullptr};
    nn::VaeTilingMode tiling_ = nn::VaeTilingMode::Auto;
    at::MemoryFormat memory_format_ = at::MemoryFormat::Contiguous;
};
TORCH_MODULE(AutoencoderKL);

// Strict name-for-name load (Error naming `source` on missing/unexpected keys).
AutoencoderKL build_vae(const VaeConfig& config, const StateDict& weights, at::ScalarType dtype,
                        const std::string& source = "vae");
// From a diffusers component folder: <dir>/config.json + <dir>/diffusion_pytorch_model.safetensors.
AutoencoderKL load_vae(const std::string& component_dir, at::ScalarType dtype = at::kFloat);

}  // namespace stipple
