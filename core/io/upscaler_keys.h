// Which ESRGAN-family network a weight file holds, from its tensor names (and a few shapes) alone:
// one rule shared by nn/upscaler_network (which checks everything and builds the network) and the
// model library (which lists upscalers from the safetensors header without reading tensor data).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stipple {

enum class UpscalerLayout {
    None,          // not an upscaler this rule knows
    RrdbBasicSR,   // conv_first, body.N.rdb1.*, conv_up1/2, conv_hr, conv_last (BasicSR, Real-ESRGAN)
    RrdbBsrgan,    // conv_first, RRDB_trunk.N.RDB1.*, upconv1/2, HRconv, conv_last (BSRGAN, ESRGAN repo's new arch)
    RrdbOld,       // model.0, model.1.sub.N.RDB1.conv1.0 (original ESRGAN)
    EsrganPlus,    // model.1.sub.N.RDB1.conv1x1 (ESRGAN+; not run)
    Srvgg,         // body.0 / body.1 (PReLU) / body.2 … (Real-ESRGAN SRVGGNetCompact)
    SrvggNoPrelu,  // body.0, body.2 … without PReLU weights (ReLU/LeakyReLU variants; not run)
};

// Tensor name -> shape; a DataParallel "module." prefix on every key must be stripped first.
using KeyShapes = std::map<std::string, std::vector<int64_t>>;

// The layout of `keys`, or None; decided by the names alone (shapes may be empty here).
UpscalerLayout detect_upscaler_layout(const KeyShapes& keys);

// The scale (output side / input side) of the network `keys` hold, read from its names and shapes
// as nn/upscaler_network does: 2x steps and pixel-unshuffle for RRDBNet, the last convolution's 3 x
// scale^2 outputs for SRVGGNetCompact. 0 when the layout is None or the shapes do not tell.
int upscaler_scale(const KeyShapes& keys);

// `keys` with a "module." prefix removed when every key has it (files saved from DataParallel).
KeyShapes strip_data_parallel_prefix(KeyShapes keys);

}  // namespace stipple
