// Analytic cost of one UNet2DConditionModel forward pass from its config: multiply-accumulates of
// every convolution, linear layer and attention product (norms and activations are left out, as
// usual). `stipple-cli bench` divides it by the measured step time to report achieved GFLOPS.
#pragma once

#include "nn/unet_config.h"

#include <cstdint>

namespace stipple {

// Multiply-accumulates of one UNet sample. Published figures (SD 1.5: 339 GMACs at 64x64 latents)
// count the layers only; the attention products (scores q.k and their weighted sum over v) are
// extra work on top, 16 % more for SD 1.5 at 512x512. FLOPs are 2 x MACs.
struct UNetCost {
    double layer_macs = 0;      // convolutions and linear layers
    double attention_macs = 0;  // q.k^T and softmax(.)v of every attention
    double total_macs() const { return layer_macs + attention_macs; }
};

// At latent size latent_h x latent_w with `text_tokens` prompt tokens (77 for CLIP). A CFG step
// runs the UNet on 2 samples.
UNetCost unet_forward_cost(const UNetConfig& config, int64_t latent_h, int64_t latent_w, int64_t text_tokens);

}  // namespace stipple
