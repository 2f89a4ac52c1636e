// diffusers' TextTimeEmbedding (UNet addition_embed_type "text"): the prompt's token states are
// pooled by one attention query (AttentionPooling, from DeepFloyd IF) into a vector added to the
// time embedding, so every ResNet sees the prompt globally, not only through cross-attention.
// Parameter names are diffusers' (norm1, pool.{positional_embedding,q_proj,k_proj,v_proj}, proj, norm2).
#pragma once

#include "nn/layers.h"

namespace stipple::nn {

class AttentionPoolingImpl : public torch::nn::Module {
public:
    AttentionPoolingImpl(int64_t heads, int64_t dim);
    // x [B, T, dim] -> [B, dim]: a class token (mean of x + positional_embedding) attends over itself and x.
    at::Tensor forward(const at::Tensor& x);

private:
    int64_t heads_, dim_;
    at::Tensor positional_embedding_;
    Linear q_proj_{nullptr}, k_proj_{nullptr}, v_proj_{nullptr};
};
TORCH_MODULE(AttentionPooling);

class TextTimeEmbeddingImpl : public torch::nn::Module {
public:
    TextTimeEmbeddingImpl(int64_t encoder_dim, int64_t time_embed_dim, int64_t heads);
    // encoder_hidden_states [B, T, encoder_dim] -> [B, time_embed_dim]
    at::Tensor forward(const at::Tensor& encoder_hidden_states);

private:
    LayerNorm norm1_{nullptr}, norm2_{nullptr};
    AttentionPooling pool_{nullptr};
    Linear proj_{nullptr};
};
TORCH_MODULE(TextTimeEmbedding);

}  // namespace stipple::nn
