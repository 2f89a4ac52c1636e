// numpy's SeedSequence (numpy/random/bit_generator.pyx), exactly: the entropy pool hashed from an
// entropy value and a spawn key, generate_state, spawn. torchsde seeds every node of its Brownian
// tree with one (brownian_tree.h); written here because Stipple has no numpy and the node seeds
// must be numpy's to the bit. All arithmetic is uint32 with wrap-around, as numpy's.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace stipple {

class SeedSequence {
public:
    // numpy.random.SeedSequence(entropy, spawn_key=spawn_key, pool_size=pool_size). Each value is
    // split into 32-bit words, low word first (0 is one word 0); with a spawn key the entropy words
    // are padded with zeros to pool_size first. pool_size must be 4..1024 (numpy: >= 4), else
    // stipple::Error.
    explicit SeedSequence(uint64_t entropy, std::vector<uint64_t> spawn_key = {}, size_t pool_size = 4);

    // numpy's generate_state(n_words) with dtype uint32. n_words <= 1 << 20, else stipple::Error.
    std::vector<uint32_t> generate_state(size_t n_words) const;
    // numpy's spawn(n_children): children with spawn keys spawn_key + (k,) for the next n_children
    // values of k (counting those spawned before), same entropy and pool size.
    std::vector<SeedSequence> spawn(size_t n_children);

    uint64_t entropy() const { return entropy_; }
    const std::vector<uint64_t>& spawn_key() const { return spawn_key_; }
    size_t pool_size() const { return pool_.size(); }
    size_t n_children_spawned() const { return n_children_spawned_; }
    const std::vector<uint32_t>& pool() const { return pool_; }

private:
    uint64_t entropy_;
    std::vector<uint64_t> spawn_key_;
    std::vector<uint32_t> pool_;  // the mixed entropy pool (numpy's self.pool)
    size_t n_children_spawned_ = 0;
};

}  // namespace stipple
