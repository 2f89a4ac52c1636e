// Image upscaler networks from a user's .safetensors file: which architecture it is (ESRGAN's
// RRDBNet in its three key layouts, or Real-ESRGAN's SRVGGNetCompact) and its hyperparameters
// (scale, nf, nb, gc / num_feat, num_conv), read from the tensor names and shapes alone, as
// chaiNNer's spandrel does. Every name and shape is checked against the inferred network before
// anything is allocated; anything else (a Stable Diffusion checkpoint, a LoRA, a VAE, another
// upscaler architecture, shapes that do not fit) is one Error naming the file and what it holds.
#pragma once

#include "io/state_dict.h"

#include <ATen/ATen.h>
#include <torch/nn/module.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace stipple {

struct UpscalerNetwork {
    std::string architecture;  // "RRDBNet" or "SRVGGNetCompact"
    std::string description;   // e.g. "RRDBNet 4x (original ESRGAN layout; nf 64, nb 23, gc 32)"
    int64_t scale = 4;         // output side / input side
    int64_t size_multiple = 1; // pixel-unshuffle factor: tiles whose sides are multiples of it need no padding
    int64_t receptive_radius = 0;  // input px on each side that can affect an output pixel (convs on the input grid)
    std::shared_ptr<torch::nn::Module> module;
    // [1, 3, H, W] float32 RGB in [0, 1] -> [1, 3, H*scale, W*scale], not clamped. Call under
    // c10::InferenceMode (or NoGradGuard). One thread at a time.
    std::function<at::Tensor(const at::Tensor&)> forward;
};

// Detects, checks and builds (float32 weights) the network of `weights`; `source` names the file in
// errors. Throws stipple::Error with one line naming the file and what it holds instead.
UpscalerNetwork build_upscaler_network(const StateDict& weights, const std::string& source);

// build_upscaler_network on a .safetensors file (memory-mapped). A .pth/.pt/.ckpt pickle is refused
// with the `stipple-cli convert` command that makes a .safetensors of it.
UpscalerNetwork read_upscaler_file(const std::string& path);

}  // namespace stipple
