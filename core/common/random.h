// Seeded random draws, one generator per image. The CPU source draws exactly as PyTorch/diffusers
// do (torch.randn on the CPU in float32), so a seed reproduces a diffusers image; the GPU/NV
// sources draw as AUTOMATIC1111's Philox generator does (see philox_random.h).
#pragma once

#include "common/noise_source.h"
#include "common/philox_random.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace stipple {

// The generators of a batch, one per image, all of one source. Everything random in a generation
// (initial noise, VAE posterior samples, ancestral/SDE step noise) draws through randn_tensor, so
// the k-th draw of image i is the k-th call of image i's generator, whichever the source.
class Generators {
public:
    Generators() = default;
    Generators(const std::vector<uint64_t>& seeds, NoiseSource source);

    size_t size() const { return source_ == NoiseSource::CPU ? cpu_.size() : philox_.size(); }
    bool empty() const { return size() == 0; }
    NoiseSource source() const { return source_; }

    // One float32 CPU draw of `shape` from generator i (advancing only that generator).
    at::Tensor randn(size_t i, at::IntArrayRef shape);

    // Independent copies with the same state; same_state says whether two sets would draw the same
    // next numbers (tests use them to see whether a call drew).
    Generators clone() const;
    bool same_state(const Generators& other) const;

private:
    NoiseSource source_ = NoiseSource::CPU;
    std::vector<at::Generator> cpu_;        // source CPU
    std::vector<PhiloxGenerator> philox_;  // sources GPU and NV
};

Generators make_generators(const std::vector<uint64_t>& seeds, NoiseSource source = NoiseSource::CPU);

// diffusers' randn_tensor: with one generator, a single draw of `shape`; with a list of
// generators, one draw of shape (1, shape[1:]) per generator, concatenated on dim 0.
// Always drawn in float32 on the CPU, then converted to `dtype` / `device`.
at::Tensor randn_tensor(at::IntArrayRef shape, Generators& generators,
                        at::ScalarType dtype = at::kFloat, at::Device device = at::kCPU);

}  // namespace stipple
