#include "common/brownian_tree.h"

#include "common/error.h"
#include "common/random.h"
#include "common/seed_sequence.h"

#include <charconv>
#include <cmath>
#include <string>

namespace stipple {

namespace {

constexpr size_t kPoolSize = 24;   // torchsde BrownianTree's pool_size
constexpr int kMaxDepth = 62;      // keys fit in 64 bits; deeper means 6 decimals cannot split the range
constexpr int64_t kMaxElements = int64_t(1) << 28;

}  // namespace

double round_to_micro(double x) {
    // std::to_chars/from_chars: exact and locale-free (printf would follow the UI's LC_NUMERIC).
    char buffer[400];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::fixed, 6);
    if (written.ec != std::errc()) return x;
    double out = x;
    const auto read = std::from_chars(buffer, written.ptr, out);
    return read.ec == std::errc() ? out : x;
}

BrownianTree::BrownianTree(double t0, double t1, std::vector<int64_t> shape, uint64_t entropy, NoiseSource source)
    : shape_(std::move(shape)), entropy_(entropy), source_(source) {
    if (!std::isfinite(t0) || !std::isfinite(t1) || t0 > t1)
        throw Error("Brownian tree: times " + std::to_string(t0) + ".." + std::to_string(t1) +
                    " are not an interval (finite, t0 <= t1)");
    int64_t elements = 1;
    for (int64_t d : shape_) {
        if (d <= 0 || d > kMaxElements || elements > kMaxElements / d)
            throw Error("Brownian tree: a noise shape with a size " + std::to_string(d) +
                        " or more than 2^28 elements is not supported");
        elements *= d;
    }
    if (shape_.empty()) throw Error("Brownian tree: the noise shape is empty");
    Node root;
    root.start = round_to_micro(t0);
    root.end = round_to_micro(t1);
    nodes_.push_back(root);
    // torchsde: SeedSequence(entropy, pool_size).generate_state(3) = W, H and Levy-area seeds; only W
    // is used without Levy area (H is drawn but never read, so it is not drawn here).
    const uint32_t w_seed = SeedSequence(entropy_, {}, kPoolSize).generate_state(1)[0];
    root_w_ = draw(w_seed) * std::sqrt(t1 - t0);  // the unrounded times, as torchsde
}

at::Tensor BrownianTree::draw(uint32_t seed) const {
    // A1111's torchsde patch (devices.randn_local): a fresh generator of its source per node seed.
    Generators generator({seed}, source_);
    return generator.randn(0, shape_);
}

void BrownianTree::split(int n) {
    if (nodes_[n].depth >= kMaxDepth)
        throw Error("Brownian tree: the times cannot be told apart at 6 decimals (range " +
                    std::to_string(nodes_[0].start) + ".." + std::to_string(nodes_[0].end) + ")");
    Node& node = nodes_[n];
    node.midway = round_to_micro(0.5 * (node.end + node.start));
    // torchsde's _split_exact: SeedSequence(entropy, spawn_key=(key, depth), pool_size).generate_state(4)
    // gives W, H and two Levy-area seeds; the first word is the same whatever the count.
    node.node_seed = SeedSequence(entropy_, {node.key, static_cast<uint64_t>(node.depth)}, kPoolSize).generate_state(1)[0];
    Node left, right;
    left.start = node.start, left.end = node.midway, left.is_left = true;
    right.start = node.midway, right.end = node.end, right.is_left = false;
    left.parent = right.parent = n;
    left.depth = right.depth = node.depth + 1;
    left.key = 2 * node.key, right.key = 2 * node.key + 1;
    const int index = static_cast<int>(nodes_.size());
    node.left = index, node.right = index + 1;  // `node` is not used after the push_backs
    nodes_.push_back(left);
    nodes_.push_back(right);
}

void BrownianTree::tile(int n, double ta, double tb, std::vector<int>& out) {
    // Invariant: nodes_[n].start <= ta < tb <= nodes_[n].end, all rounded to 6 decimals.
    if (ta == nodes_[n].start && tb == nodes_[n].end) {
        out.push_back(n);
        return;
    }
    if (nodes_[n].left < 0) split(n);
    const Node& node = nodes_[n];
    const int left = node.left, right = node.right;
    const double m = node.midway;
    if (tb <= m) {
        tile(left, ta, tb, out);
    } else if (ta >= m) {
        tile(right, ta, tb, out);
    } else {
        tile(left, ta, m, out);
        tile(right, m, tb, out);
    }
}

void BrownianTree::remember(int n, const at::Tensor& w) {
    if (cache_.size() >= kCacheSize) {
        auto oldest = cache_.begin();
        for (auto it = cache_.begin(); it != cache_.end(); ++it)
            if (it->second.second < oldest->second.second) oldest = it;
        cache_.erase(oldest);
    }
    cache_[n] = {w, ++clock_};
}

at::Tensor BrownianTree::value(int n) {
    if (n == 0) return root_w_;
    if (auto it = cache_.find(n); it != cache_.end()) {
        it->second.second = ++clock_;
        return it->second.first;
    }
    const int p = nodes_[n].parent;
    const bool is_left = nodes_[n].is_left;
    const at::Tensor w = value(p);  // depth <= 62: bounded recursion
    const Node& parent = nodes_[p];
    // The Brownian bridge, in torchsde's order of operations (float32 tensors times double scalars).
    const double h_reciprocal = 1 / (parent.end - parent.start);
    const double left_diff = parent.midway - parent.start;
    const double right_diff = parent.end - parent.midway;
    const at::Tensor mean = w * left_diff * h_reciprocal;
    const double var = left_diff * right_diff * h_reciprocal;
    const at::Tensor left_w = mean + std::sqrt(var) * draw(parent.node_seed);
    at::Tensor out = is_left ? left_w : w - left_w;
    remember(n, out);
    return out;
}

at::Tensor BrownianTree::increment(double ta, double tb) {
    if (!std::isfinite(ta) || !std::isfinite(tb))
        throw Error("Brownian tree: query times must be finite numbers");
    const double start = nodes_[0].start, end = nodes_[0].end;
    ta = std::min(std::max(ta, start), end);
    tb = std::min(std::max(tb, start), end);
    if (ta > tb) throw Error("Brownian tree: query times " + std::to_string(ta) + " > " + std::to_string(tb));
    const auto zeros = [&] { return at::zeros(shape_, at::TensorOptions().dtype(at::kFloat)); };
    if (ta == tb) return zeros();
    ta = round_to_micro(ta);
    tb = round_to_micro(tb);
    // Times apart by less than the tolerance: zero, as torchsde's split chain ends in an empty interval.
    if (ta == tb) return zeros();
    std::vector<int> nodes;
    tile(0, ta, tb, nodes);
    at::Tensor w = value(nodes[0]);
    for (size_t i = 1; i < nodes.size(); ++i) w = w + value(nodes[i]);
    return nodes.size() == 1 ? w.clone() : w;  // never hand out a cached tensor
}

BrownianNoiseSampler::BrownianNoiseSampler(std::vector<uint64_t> seeds, NoiseSource source, float sigma_min, float sigma_max)
    : seeds_(std::move(seeds)), source_(source), sigma_min_(sigma_min), sigma_max_(sigma_max) {
    if (seeds_.empty()) throw Error("Brownian noise: no seed given");
    if (!std::isfinite(sigma_min) || !std::isfinite(sigma_max) || sigma_min > sigma_max)
        throw Error("Brownian noise: sigmas " + std::to_string(sigma_min) + ".." + std::to_string(sigma_max) +
                    " are not a range");
}

at::Tensor BrownianNoiseSampler::noise(float sigma, float sigma_next, at::IntArrayRef image_shape) {
    const std::vector<int64_t> shape(image_shape.begin(), image_shape.end());
    if (trees_.empty()) {
        trees_.reserve(seeds_.size());
        for (uint64_t seed : seeds_) trees_.emplace_back(sigma_min_, sigma_max_, shape, seed, source_);
    } else if (trees_.front().shape() != shape) {
        throw Error("Brownian noise: the latents changed shape between steps");
    }
    std::vector<int64_t> batch_shape{static_cast<int64_t>(seeds_.size())};
    batch_shape.insert(batch_shape.end(), shape.begin(), shape.end());
    if (sigma == sigma_next) return at::zeros(batch_shape, at::TensorOptions().dtype(at::kFloat));
    // BatchedBrownianTree sorts the query and signs the increment; the tree itself was made sorted.
    const bool ascending = sigma < sigma_next;
    const float ta = ascending ? sigma : sigma_next, tb = ascending ? sigma_next : sigma;
    std::vector<at::Tensor> parts;
    parts.reserve(trees_.size());
    for (BrownianTree& tree : trees_) parts.push_back(tree.increment(ta, tb));
    at::Tensor w = at::stack(parts);
    if (!ascending) w = w * -1;
    // (t1 - t0).abs().sqrt() on float32 0-d tensors, then a tensor division, as k-diffusion.
    const float scale = std::sqrt(std::fabs(sigma_next - sigma));
    return w / at::scalar_tensor(scale, at::TensorOptions().dtype(at::kFloat));
}

}  // namespace stipple
