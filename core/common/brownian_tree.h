// torchsde's BrownianTree as AUTOMATIC1111 uses it for the step noise of its SDE samplers, and
// k-diffusion's BrownianTreeNoiseSampler over one tree per image. Written here (torchsde is Python):
// the values must be torchsde 0.2.6's to float32 rounding, with every node's normal drawn from A1111's
// source as its patched `_randn` draws it (devices.randn_local: a fresh generator seeded with the
// node's seed, its first draw).
//
// The tree (BrownianInterval with halfway_tree=True, tol=1e-6, pool_size=24, no Levy area):
// - the root [t0, t1] holds W = N(seed W) * sqrt(t1 - t0), seed W = the first word of
//   SeedSequence(entropy, pool_size=24).generate_state(3);
// - times are rounded to 6 decimals (Python's round(x, 6)); a node splits only at its rounded middle,
//   its node seed = SeedSequence(entropy, spawn_key=(key, depth), pool_size=24).generate_state(4)[0],
//   key = 2 * parent key + (0 left | 1 right), root key 0 depth 0;
// - a child's increment is the Brownian bridge of its parent's: left = W*l/h + sqrt(l*r/h) * N(parent's
//   node seed), right = W - left (l, r: the parent's halves, h its length);
// - W(ta, tb) is the sum, left to right, of the increments of the nodes that tile [ta, tb].
// Because splits are only at middles, a node's value depends on its place in the tree only, never on
// the order of queries: torchsde searches from the last node it found and caches recent nodes, which
// changes speed, not values; here every query walks from the root, and a small cache keeps recent nodes.
#pragma once

#include "common/noise_source.h"

#include <ATen/ATen.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace stipple {

// Python's round(x, 6) for a finite double: the double nearest the decimal with 6 places nearest to x
// (exact ties to even), which glibc's printf and strtod give exactly.
double round_to_micro(double x);

class BrownianTree {
public:
    // torchsde.BrownianTree(t0, w0, t1, entropy=entropy) with w0 of `shape` (float32), nodes drawn from
    // `source`. Throws stipple::Error for t0 > t1, a non-finite time, an empty or > 2^28-element shape.
    BrownianTree(double t0, double t1, std::vector<int64_t> shape, uint64_t entropy, NoiseSource source);

    // W(tb) - W(ta) (float32, `shape`) for ta <= tb, both clamped to [t0, t1] as torchsde clamps them.
    // Equal times (before or after rounding to 6 decimals) give zeros. A split deeper than 62 levels
    // (times that 6 decimals cannot tell apart on a huge range) throws stipple::Error.
    at::Tensor increment(double ta, double tb);

    const std::vector<int64_t>& shape() const { return shape_; }
    size_t node_count() const { return nodes_.size(); }  // for tests: the tree grows with queries

private:
    struct Node {
        double start, end;
        double midway = 0;
        int parent = -1, left = -1, right = -1;
        bool is_left = false;
        uint64_t key = 0;  // torchsde's spawn key: the path from the root as bits
        int depth = 0;
        uint32_t node_seed = 0;  // seeds the bridge noise of this node's children (set when split)
    };

    void split(int n);
    void tile(int n, double ta, double tb, std::vector<int>& out);
    at::Tensor value(int n);
    at::Tensor draw(uint32_t seed) const;
    void remember(int n, const at::Tensor& w);

    std::vector<int64_t> shape_;
    uint64_t entropy_;
    NoiseSource source_;
    std::vector<Node> nodes_;  // nodes_[0] is the root
    at::Tensor root_w_;
    // Recently computed node increments (torchsde keeps an LRU of 45; the values never depend on it).
    static constexpr size_t kCacheSize = 64;
    std::unordered_map<int, std::pair<at::Tensor, uint64_t>> cache_;
    uint64_t clock_ = 0;
};

// k-diffusion's BrownianTreeNoiseSampler(x, sigma_min, sigma_max, seed=[seeds]) (BatchedBrownianTree):
// one tree per image over [sigma_min, sigma_max], noise(sigma, sigma_next) = the batch's increments
// over the step, signed (sigma > sigma_next: negated, as its sort does) and divided by
// sqrt(|sigma_next - sigma|) in float32, so each step's noise is N(0, 1) and the steps' noises are the
// increments of one Brownian motion. Sigmas are float32 values, as A1111's schedule tensors.
class BrownianNoiseSampler {
public:
    BrownianNoiseSampler(std::vector<uint64_t> seeds, NoiseSource source, float sigma_min, float sigma_max);

    // (seeds.size(), image_shape...) float32. The trees are made at the first call; every call must
    // give the same image_shape (stipple::Error otherwise). sigma == sigma_next gives zeros (k-diffusion
    // never asks: it would divide 0 by 0).
    at::Tensor noise(float sigma, float sigma_next, at::IntArrayRef image_shape);

    size_t batch() const { return seeds_.size(); }

private:
    std::vector<uint64_t> seeds_;
    NoiseSource source_;
    float sigma_min_, sigma_max_;
    std::vector<BrownianTree> trees_;
};

}  // namespace stipple
