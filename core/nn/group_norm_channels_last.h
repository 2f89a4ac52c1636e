// Group normalisation (optionally followed by SiLU) of a dense channels-last 4-D tensor, in
// bfloat16 or float32, in two passes over memory.
//
// Why our own kernel: libtorch 1.13's CPU group_norm is wrong for channels-last bfloat16 (max
// errors of 3 to 80 on unit-variance data), 10x slower in NCHW bfloat16, and its float32
// channels-last kernel plus the conversions around it cost 170 ms at the VAE's 1x128x512x512,
// where reading the tensor twice and writing it once takes a few milliseconds. Statistics are
// accumulated in float per block of pixels and in double across blocks.
#pragma once

#include <ATen/ATen.h>

namespace stipple::nn {

// True when group_norm_channels_last can take `x`: 4-D, dense channels-last (and not also dense
// NCHW, which a 1x1 image is), bfloat16 or float32, channels divisible by groups.
bool fits_group_norm_channels_last(const at::Tensor& x, int64_t groups);

// (x - mean_g) / sqrt(var_g + eps) * weight + bias per group g of channels over all pixels, then
// SiLU when `silu`; weight and bias are per channel (any floating dtype). Returns a new
// channels-last tensor of x's dtype. No autograd.
at::Tensor group_norm_channels_last(const at::Tensor& x, int64_t groups, const at::Tensor& weight,
                                    const at::Tensor& bias, double eps, bool silu);

}  // namespace stipple::nn
