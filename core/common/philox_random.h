// AUTOMATIC1111's "NV" random source (modules/rng_philox.py, Generator): Philox 4x32-10 counters
// turned into normals by one Box-Muller value per pair, reproducing torch.randn(..., device="cuda")
// on any machine. It is what an A1111 user on an NVIDIA GPU gets with the "GPU" or "NV" source.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>

namespace stipple {

class PhiloxGenerator {
public:
    explicit PhiloxGenerator(uint64_t seed) : seed_(seed) {}

    // float32 CPU normals of `shape`; element i comes from counter (offset, 0, i, 0) with the seed
    // as key (low word, high word). Every call advances the offset by one, whatever the shape, as
    // A1111's Generator.randn does: the k-th call of a generator gives the same numbers for a
    // given seed and element count, whichever tensors were drawn before.
    at::Tensor randn(at::IntArrayRef shape);

    uint64_t seed() const { return seed_; }
    uint64_t offset() const { return offset_; }
    bool operator==(const PhiloxGenerator& o) const { return seed_ == o.seed_ && offset_ == o.offset_; }

private:
    uint64_t seed_;
    uint64_t offset_ = 0;
};

}  // namespace stipple
