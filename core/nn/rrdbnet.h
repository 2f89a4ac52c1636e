// ESRGAN's RRDBNet (Wang et al. 2018; BasicSR's basicsr/archs/rrdbnet_arch.py, the old ESRGAN
// repository's RRDBNet_arch / "arch" layout), the network of 4x-UltraSharp, RealESRGAN_x4plus,
// BSRGAN and most community "ESRGAN" upscalers:
//   conv_first -> nb x RRDB -> conv_body, added to conv_first's output (the long skip)
//   -> per 2x step: nearest 2x upsample, conv_upN, LeakyReLU(0.2) -> conv_hr, LeakyReLU -> conv_last.
// RRDB = three residual dense blocks (5 densely connected 3x3 convs, LeakyReLU(0.2) after the first
// four, output * 0.2 + input), then * 0.2 + input. Real-ESRGAN's x2 / x1 models pixel-unshuffle the
// input by 2 / 4 first (3 -> 12 / 48 channels) and keep the two 2x steps.
//
// The module's parameter names are the checkpoint's, in whichever of the layouts people ship the
// file uses (RrdbKeyLayout), so the weights load by name with no renaming.
#pragma once

#include "nn/layers.h"

#include <cstdint>
#include <string>
#include <vector>

namespace stipple::nn {

enum class RrdbKeyLayout {
    BasicSR,    // conv_first, body.N.rdbK.convJ, conv_body, conv_up1/2, conv_hr, conv_last (Real-ESRGAN, BasicSR)
    OldEsrgan,  // model.0, model.1.sub.N.RDBK.convJ.0, model.1.sub.NB, model.3/6/..., HR conv, last conv (ESRGAN 2018, most community models)
    Bsrgan,     // conv_first, RRDB_trunk.N.RDBK.convJ, trunk_conv, upconv1/2, HRconv, conv_last (BSRGAN, RealSR)
};

const char* rrdb_layout_name(RrdbKeyLayout layout);

struct RrdbNetConfig {
    RrdbKeyLayout layout = RrdbKeyLayout::BasicSR;
    int64_t in_channels = 3;   // image channels before any pixel-unshuffle
    int64_t out_channels = 3;
    int64_t num_feat = 64;     // nf
    int64_t num_block = 23;    // nb
    int64_t num_grow = 32;     // gc
    int64_t upsamples = 2;     // 2x nearest + conv steps (0..3)
    int64_t unshuffle = 1;     // pixel-unshuffle factor of the input (1, 2 or 4)
    // Output size / input size: 2^upsamples / unshuffle (RealESRGAN_x2plus: 4 / 2 = 2).
    int64_t scale() const { return (int64_t{1} << upsamples) / unshuffle; }
};

// Every parameter name and shape the network of `config` has, in module order. Used to check a
// file against a config before anything is allocated.
std::vector<std::pair<std::string, std::vector<int64_t>>> rrdbnet_parameter_shapes(const RrdbNetConfig& config);

class RrdbNetImpl : public torch::nn::Module {
public:
    explicit RrdbNetImpl(const RrdbNetConfig& config);
    // x: [B, in_channels, H, W] in [0, 1] -> [B, out_channels, H*scale, W*scale], not clamped.
    // With pixel-unshuffle, H and W are reflect-padded to a multiple of the factor and the output
    // cropped back (as Real-ESRGAN's inference does).
    at::Tensor forward(const at::Tensor& x);
    const RrdbNetConfig& config() const { return config_; }

private:
    RrdbNetConfig config_;
    Conv2d conv_first_{nullptr}, conv_body_{nullptr}, conv_hr_{nullptr}, conv_last_{nullptr};
    std::vector<Conv2d> dense_;  // 15 per RRDB: dense block k (0..2), conv j (0..4) at 15 i + 5 k + j
    std::vector<Conv2d> conv_up_;
};
TORCH_MODULE(RrdbNet);

// Registers `module` under the dotted `path` below `root` ("model.1.sub.0.RDB1.conv1.0"), making the
// intermediate levels as parameterless NamedChildren (or reusing those already there).
void register_at_path(torch::nn::Module& root, const std::string& path, std::shared_ptr<torch::nn::Module> module);

}  // namespace stipple::nn
