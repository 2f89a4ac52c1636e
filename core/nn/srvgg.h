// Real-ESRGAN's SRVGGNetCompact (xinntao/Real-ESRGAN realesrgan/archs/srvgg_arch.py), the network of
// realesr-general-x4v3 and realesr-animevideov3: a plain stack of 3x3 convs on the input's
// resolution, each followed by a per-channel PReLU, a last conv to out * scale^2 channels, a
// pixel shuffle, plus the nearest-upsampled input (the network learns the residual).
// Parameter names as in the files: body.0 (conv), body.1 (PReLU), ..., body.{2 num_conv + 2} (last conv).
#pragma once

#include "nn/layers.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace stipple::nn {

struct SrvggConfig {
    int64_t in_channels = 3;
    int64_t out_channels = 3;
    int64_t num_feat = 64;
    int64_t num_conv = 16;  // convs between the first and the last
    int64_t scale = 4;
};

// Every parameter name and shape, in module order (checked against a file before allocating).
std::vector<std::pair<std::string, std::vector<int64_t>>> srvgg_parameter_shapes(const SrvggConfig& config);

// PyTorch's nn.PReLU(num_parameters=n): max(0, x) + weight[c] * min(0, x) per channel c.
class PReluImpl : public torch::nn::Module {
public:
    explicit PReluImpl(int64_t channels);
    at::Tensor forward(const at::Tensor& x);
    at::Tensor weight;
};
TORCH_MODULE(PRelu);

class SrvggNetImpl : public torch::nn::Module {
public:
    explicit SrvggNetImpl(const SrvggConfig& config);
    // x: [B, in_channels, H, W] in [0, 1] -> [B, out_channels, H*scale, W*scale], not clamped.
    at::Tensor forward(const at::Tensor& x);
    const SrvggConfig& config() const { return config_; }

private:
    SrvggConfig config_;
    std::vector<Conv2d> convs_;   // body.0, body.2, ...
    std::vector<PRelu> prelus_;   // body.1, body.3, ... (one after every conv but the last)
};
TORCH_MODULE(SrvggNet);

}  // namespace stipple::nn
