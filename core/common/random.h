// Seeded random draws exactly as PyTorch/diffusers make them: one CPU generator per image,
// torch.randn on the CPU in float32, so a seed reproduces a diffusers image.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace stipple {

// One CPU generator per image of a batch.
using Generators = std::vector<at::Generator>;

Generators make_generators(const std::vector<uint64_t>& seeds);

// diffusers' randn_tensor: with one generator, a single draw of `shape`; with a list of
// generators, one draw of shape (1, shape[1:]) per generator, concatenated on dim 0.
// Always drawn in float32 on the CPU, then converted to `dtype` / `device`.
at::Tensor randn_tensor(at::IntArrayRef shape, Generators& generators,
                        at::ScalarType dtype = at::kFloat, at::Device device = at::kCPU);

}  // namespace stipple
