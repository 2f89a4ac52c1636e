#include "nn/text_time_embedding.h"

#include "common/error.h"

#include <cmath>

namespace stipple::nn {

AttentionPoolingImpl::AttentionPoolingImpl(int64_t heads, int64_t dim) : heads_(heads), dim_(dim) {
    if (heads <= 0 || dim % heads != 0)
        throw Error("UNet addition_embed_type \"text\": addition_embed_type_num_heads (" + std::to_string(heads) +
                    ") must divide cross_attention_dim (" + std::to_string(dim) + ")");
    positional_embedding_ = register_parameter("positional_embedding", at::empty({1, dim}));
    q_proj_ = register_module("q_proj", Linear(dim, dim));
    k_proj_ = register_module("k_proj", Linear(dim, dim));
    v_proj_ = register_module("v_proj", Linear(dim, dim));
}

at::Tensor AttentionPoolingImpl::forward(const at::Tensor& x_in) {
    const int64_t b = x_in.size(0), head_dim = dim_ / heads_;
    const at::Tensor class_token = x_in.mean(1, true) + positional_embedding_.to(x_in.scalar_type());
    const at::Tensor x = at::cat({class_token, x_in}, 1);  // [B, T+1, dim]
    // [B, L, dim] -> [B*heads, L, head_dim]
    const auto split = [&](const at::Tensor& t) {
        return t.view({b, -1, heads_, head_dim}).transpose(1, 2).reshape({b * heads_, -1, head_dim});
    };
    // diffusers scales q and k by head_dim^-1/4 each (steadier in fp16 than one division after).
    const double scale = 1.0 / std::sqrt(std::sqrt(static_cast<double>(head_dim)));
    const at::Tensor q = split(q_proj_->forward(class_token)) * scale;
    const at::Tensor k = split(k_proj_->forward(x)) * scale;
    const at::Tensor v = split(v_proj_->forward(x));
    const at::Tensor weight = at::bmm(q, k.transpose(1, 2)).to(at::kFloat).softmax(-1).to(q.scalar_type());
    const at::Tensor pooled = at::bmm(weight, v);  // [B*heads, 1, head_dim]
    return pooled.reshape({b, dim_});
}

TextTimeEmbeddingImpl::TextTimeEmbeddingImpl(int64_t encoder_dim, int64_t time_embed_dim, int64_t heads) {
    norm1_ = register_module("norm1", LayerNorm(encoder_dim, 1e-5));
    pool_ = register_module("pool", AttentionPooling(heads, encoder_dim));
    proj_ = register_module("proj", Linear(encoder_dim, time_embed_dim));
    norm2_ = register_module("norm2", LayerNorm(time_embed_dim, 1e-5));
}

at::Tensor TextTimeEmbeddingImpl::forward(const at::Tensor& encoder_hidden_states) {
    return norm2_->forward(proj_->forward(pool_->forward(norm1_->forward(encoder_hidden_states))));
}

}  // namespace stipple::nn
