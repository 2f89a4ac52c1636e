// UNet2DConditionModel (SD 1.x/2.x, inpainting, SDXL text_time) with diffusers' module names, so a
// diffusers checkpoint loads name-for-name; plus loaders from a diffusers `unet/` folder or a StateDict.
#pragma once

#include "io/state_dict.h"
#include "nn/attention.h"
#include "nn/layers.h"
#include "nn/text_time_embedding.h"
#include "nn/timestep_embedding.h"
#include "nn/unet_blocks.h"
#include "nn/unet_config.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stipple {

// SDXL's added conditioning (diffusers' added_cond_kwargs): pooled text [B,P] and time ids [B,6].
struct UNetAddedCond {
    at::Tensor text_embeds;
    at::Tensor time_ids;
};

// Filled with named intermediate tensors when passed to forward (tests, debugging).
using TensorMap = std::map<std::string, at::Tensor>;

class UNet2DConditionModelImpl : public torch::nn::Module {
public:
    explicit UNet2DConditionModelImpl(const UNetConfig& config);

    // sample [B,C,h,w]; timestep: scalar, [1] or [B] (int or float); encoder_hidden_states [B,T,D];
    // added: required for SDXL (text_time). Inputs are cast to the model dtype; the noise prediction
    // [B,out_channels,h,w] comes back in the model dtype. Runs without autograd.
    // intermediates (optional): time_proj, time_embedding, [add_time_proj, add_embedding], conv_in,
    // down_block_i, mid_block, up_block_i, conv_norm_out.
    at::Tensor forward(const at::Tensor& sample, const at::Tensor& timestep, const at::Tensor& encoder_hidden_states,
                       const UNetAddedCond& added = {}, TensorMap* intermediates = nullptr);

    const UNetConfig& config() const { return config_; }
    // forward() calls so far, from any thread: tests check that a view's re-guiding or scrubbing
    // makes no UNet call (issue #20).
    int64_t forward_calls() const { return forward_calls_.load(); }
    at::ScalarType dtype() const { return nn::module_dtype(*this); }
    // Attention chunking, shared by all attention layers of this model.
    nn::AttentionSettings& attention_settings() { return *attention_settings_; }

private:
    UNetConfig config_;
    std::atomic<int64_t> forward_calls_{0};
    nn::AttentionSettingsPtr attention_settings_;
    nn::Conv2d conv_in_{nullptr}, conv_out_{nullptr};
    nn::TimestepEmbedding time_embedding_{nullptr}, add_embedding_{nullptr};
    nn::TextTimeEmbedding text_embedding_{nullptr};  // checkpoint key "add_embedding" too
    std::vector<nn::UNetDownBlock> down_blocks_;
    nn::UNetMidBlock mid_block_{nullptr};
    std::vector<nn::UNetUpBlock> up_blocks_;
    nn::GroupNorm conv_norm_out_{nullptr};
    int64_t num_upsamplers_ = 0;
};
TORCH_MODULE(UNet2DConditionModel);

// Builds the UNet for `config` and takes its weights from `weights` (diffusers names; strict: a
// missing or unexpected key is an Error naming `source`). dtype: kFloat or kBFloat16 (kHalf is rejected: no CPU kernels).
UNet2DConditionModel build_unet(const UNetConfig& config, const StateDict& weights, at::ScalarType dtype,
                                const std::string& source = "unet");

// From a diffusers component folder: <dir>/config.json + <dir>/diffusion_pytorch_model.safetensors.
UNet2DConditionModel load_unet(const std::string& component_dir, at::ScalarType dtype = at::kFloat);

}  // namespace stipple
