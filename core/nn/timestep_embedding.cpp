#include "nn/timestep_embedding.h"

#include <cmath>

namespace stipple::nn {

at::Tensor timestep_embedding(const at::Tensor& timesteps, int64_t dim, bool flip_sin_to_cos,
                              double downscale_freq_shift, double scale, double max_period) {
    const int64_t half = dim / 2;
    at::Tensor exponent = at::arange(0, half, at::TensorOptions().dtype(at::kFloat)) * (-std::log(max_period));
    exponent = exponent / (static_cast<double>(half) - downscale_freq_shift);
    at::Tensor freqs = at::exp(exponent);
    at::Tensor emb = timesteps.reshape({-1, 1}).to(at::kFloat) * freqs.unsqueeze(0);
    if (scale != 1.0) emb = emb * scale;
    emb = at::cat({at::sin(emb), at::cos(emb)}, -1);
    if (flip_sin_to_cos) emb = at::cat({emb.narrow(1, half, half), emb.narrow(1, 0, half)}, -1);
    if (dim % 2 == 1) emb = at::constant_pad_nd(emb, {0, 1, 0, 0}, 0);
    return emb;
}

TimestepEmbeddingImpl::TimestepEmbeddingImpl(int64_t in_channels, int64_t time_embed_dim) {
    linear_1_ = register_module("linear_1", Linear(in_channels, time_embed_dim));
    linear_2_ = register_module("linear_2", Linear(time_embed_dim, time_embed_dim));
}

at::Tensor TimestepEmbeddingImpl::forward(const at::Tensor& x) {
    return linear_2_->forward(at::silu(linear_1_->forward(x)));
}

}  // namespace stipple::nn
