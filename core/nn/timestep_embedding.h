// Sinusoidal timestep features (diffusers' get_timestep_embedding / Timesteps) and the
// TimestepEmbedding MLP (linear_1, SiLU, linear_2) used for the time and SDXL added embeddings.
#pragma once

#include "nn/layers.h"

namespace stipple::nn {

// timesteps [N] (any numeric dtype) -> float32 [N, dim], exactly as diffusers computes it.
at::Tensor timestep_embedding(const at::Tensor& timesteps, int64_t dim, bool flip_sin_to_cos,
                              double downscale_freq_shift, double scale = 1.0, double max_period = 10000.0);

class TimestepEmbeddingImpl : public torch::nn::Module {
public:
    TimestepEmbeddingImpl(int64_t in_channels, int64_t time_embed_dim);
    at::Tensor forward(const at::Tensor& x);

private:
    Linear linear_1_{nullptr}, linear_2_{nullptr};
};
TORCH_MODULE(TimestepEmbedding);

}  // namespace stipple::nn
