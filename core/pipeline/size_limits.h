// The largest image a generation may ask for: a UI-safe upper bound, beyond which the attention
// and VAE activations outgrow a laptop. Checked before any compute (StableDiffusionPipeline, hires fix).
#pragma once

#include <cstdint>

namespace stipple {

constexpr int kMaxImageSide = 4096;
constexpr int64_t kMaxImagePixels = 4096LL * 4096LL;

}  // namespace stipple
