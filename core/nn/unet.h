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

// DeepCache (Ma et al., CVPR 2024): the UNet's deep features from a full pass, reused by shallow
// passes at the next steps. `branch` picks the skip branch: the shallow pass runs conv_in, the
// first branch+1 outputs of the down path (resnet+attention layers, a downsampler counts as one),
// and the last branch+2 up resnets, which take those skips plus conv_in's; everything between comes
// from `features`. Branch 0 (DeepCache's default for SD 1.5) is the shallowest.
// Invariant: features is undefined or was made by `model` for a sample of `sample_sizes` at `made_branch`.
struct UNetFeatureCache {
    int64_t branch = 0;
    at::Tensor features;               // the input of the first up resnet the shallow pass runs
    std::vector<int64_t> sample_sizes; // [B,C,h,w] of the full pass that made it
    int64_t made_branch = -1;
    const void* model = nullptr;
};

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

    // DeepCache: forward() that also stores the deep features in cache (for cache.branch), and the
    // shallow pass that reuses them (an Error when !cache_fits(cache, sample)). Both count in
    // forward_calls(); shallow ones in shallow_calls() too. With the cache of the same inputs'
    // full pass, forward_shallow returns what forward returned (the split is exact).
    at::Tensor forward_and_cache(const at::Tensor& sample, const at::Tensor& timestep,
                                 const at::Tensor& encoder_hidden_states, const UNetAddedCond& added,
                                 UNetFeatureCache& cache);
    at::Tensor forward_shallow(const at::Tensor& sample, const at::Tensor& timestep,
                               const at::Tensor& encoder_hidden_states, const UNetAddedCond& added,
                               const UNetFeatureCache& cache);
    // Whether cache was made by this model for a sample of this shape at its current branch.
    bool cache_fits(const UNetFeatureCache& cache, const at::Tensor& sample) const;
    // Branches are 0 .. deep_cache_branches() - 1 (one per output of the down path).
    int64_t deep_cache_branches() const;
    int64_t shallow_calls() const { return shallow_calls_.load(); }

    const UNetConfig& config() const { return config_; }
    // forward() calls so far, from any thread: tests check that a view's re-guiding or scrubbing
    // makes no UNet call (issue #20).
    int64_t forward_calls() const { return forward_calls_.load(); }
    at::ScalarType dtype() const { return nn::module_dtype(*this); }
    // The layout the convolutions run in (pipeline/memory_layout.h chooses it): converts the conv
    // weights; forward() then takes its input in this format and returns NCHW as always.
    void set_memory_format(at::MemoryFormat format);
    at::MemoryFormat memory_format() const { return memory_format_; }
    // Attention chunking, shared by all attention layers of this model.
    nn::AttentionSettings& attention_settings() { return *attention_settings_; }

private:
    enum class Pass { Full, FullAndCache, Shallow };
    at::Tensor run(const at::Tensor& sample, const at::Tensor& timestep, const at::Tensor& encoder_hidden_states,
                   const UNetAddedCond& added, TensorMap* intermediates, Pass pass, const UNetFeatureCache* cache,
                   UNetFeatureCache* fill);

    UNetConfig config_;
    std::atomic<int64_t> forward_calls_{0};
    std::atomic<int64_t> shallow_calls_{0};
    at::MemoryFormat memory_format_ = at::MemoryFormat::Contiguous;
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
