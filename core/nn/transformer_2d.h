// diffusers' Transformer2DModel for continuous inputs: group norm, proj_in (1x1 conv or linear),
// BasicTransformerBlocks (self-attention, cross-attention, GEGLU feed-forward), proj_out, residual.
#pragma once

#include "nn/attention.h"
#include "nn/layers.h"

#include <torch/nn/modules/container/modulelist.h>

#include <vector>

namespace stipple::nn {

struct Transformer2DOptions {
    int64_t in_channels = 0;
    int64_t heads = 1;                // inner dim = in_channels, dim_head = in_channels / heads
    int64_t num_layers = 1;
    int64_t cross_attention_dim = 0;
    int64_t norm_num_groups = 32;
    bool use_linear_projection = false;
    bool upcast_attention = false;
};

// ff.net.0 = GEGLU (proj: dim -> 2*inner), ff.net.2 = Linear(inner -> dim).
class FeedForwardImpl : public torch::nn::Module {
public:
    FeedForwardImpl(int64_t dim, int64_t inner_dim);
    at::Tensor forward(const at::Tensor& x);

private:
    Linear proj_{nullptr}, out_{nullptr};
};
TORCH_MODULE(FeedForward);

class BasicTransformerBlockImpl : public torch::nn::Module {
public:
    BasicTransformerBlockImpl(int64_t dim, int64_t heads, int64_t dim_head, int64_t cross_attention_dim,
                              bool upcast_attention, const AttentionSettingsPtr& settings);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& context);

private:
    LayerNorm norm1_{nullptr}, norm2_{nullptr}, norm3_{nullptr};
    Attention attn1_{nullptr}, attn2_{nullptr};
    FeedForward ff_{nullptr};
};
TORCH_MODULE(BasicTransformerBlock);

class Transformer2DModelImpl : public torch::nn::Module {
public:
    Transformer2DModelImpl(const Transformer2DOptions& options, const AttentionSettingsPtr& settings);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& context);

private:
    Transformer2DOptions options_;
    GroupNorm norm_{nullptr};
    Linear proj_in_linear_{nullptr}, proj_out_linear_{nullptr};
    Conv2d proj_in_conv_{nullptr}, proj_out_conv_{nullptr};
    torch::nn::ModuleList transformer_blocks_;
    std::vector<BasicTransformerBlock> blocks_;
};
TORCH_MODULE(Transformer2DModel);

}  // namespace stipple::nn
