// Multi-head attention as diffusers' `Attention` + `AttnProcessor` (to_q/to_k/to_v/to_out.0, optional
// group_norm and residual for the VAE), computed over query chunks so that the score matrix of a
// large latent (4096x4096 per head at 512x512) never exists at once.
#pragma once

#include "nn/attention_kernel.h"
#include "nn/layers.h"

#include <torch/nn/modules/container/modulelist.h>

#include <cstdint>
#include <memory>

namespace stipple::nn {

// Shared by all attention layers of one model; change it at any time between calls.
struct AttentionSettings {
    // Upper bound in bytes for one chunk's scores: [chunk, keys] of one head in inference,
    // [batch*heads, chunk, keys] under autograd. 16 MiB: 1024 query rows of 4096 keys in fp32,
    // the fastest chunk measured on 2 cores (see attention.cpp).
    int64_t max_score_bytes = int64_t{16} << 20;
    // Fused: the fused kernel wherever it fits (fused_attention_fits); Chunked: never
    // (`bench --attention fused|chunked` compares the two).
    AttentionKernel kernel = AttentionKernel::Auto;
};
using AttentionSettingsPtr = std::shared_ptr<AttentionSettings>;

// softmax(scale * q k^T) v over [BH, S, D] tensors, processed in query chunks of at most
// max_score_bytes of scores (<= 0: one chunk; see AttentionSettings). upcast_scores computes
// q k^T and the softmax in float32 (diffusers' upcast_attention), upcast_softmax only the
// softmax (its upcast_softmax).
at::Tensor chunked_attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                             bool upcast_scores, bool upcast_softmax, int64_t max_score_bytes);

struct AttentionOptions {
    int64_t query_dim = 0;
    int64_t cross_attention_dim = 0;  // 0: self-attention
    int64_t heads = 1;
    int64_t dim_head = 0;
    bool bias = false;            // to_q/to_k/to_v bias
    bool upcast_attention = false;
    bool upcast_softmax = false;
    int64_t norm_num_groups = 0;  // > 0: group_norm before the projections (VAE mid block)
    double norm_eps = 1e-6;
    bool residual_connection = false;
};

class AttentionImpl : public torch::nn::Module {
public:
    AttentionImpl(const AttentionOptions& options, AttentionSettingsPtr settings);
    // hidden [B,S,C] (or [B,C,H,W] with group_norm/residual), context [B,T,D] or undefined (self).
    at::Tensor forward(const at::Tensor& hidden, const at::Tensor& context = {});

private:
    AttentionOptions options_;
    AttentionSettingsPtr settings_;
    GroupNorm group_norm_{nullptr};
    Linear to_q_{nullptr}, to_k_{nullptr}, to_v_{nullptr}, out_{nullptr};
    torch::nn::ModuleList to_out_;
};
TORCH_MODULE(Attention);

}  // namespace stipple::nn
