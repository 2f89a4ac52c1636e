#include "common/random.h"

#include "common/error.h"

#include <ATen/CPUGeneratorImpl.h>

#include <string>

namespace stipple {

Generators::Generators(const std::vector<uint64_t>& seeds, NoiseSource source) : source_(source) {
    if (source == NoiseSource::CPU) {
        cpu_.reserve(seeds.size());
        for (uint64_t seed : seeds) cpu_.push_back(at::detail::createCPUGenerator(seed));
    } else {
        philox_.reserve(seeds.size());
        for (uint64_t seed : seeds) philox_.emplace_back(seed);
    }
}

at::Tensor Generators::randn(size_t i, at::IntArrayRef shape) {
    if (i >= size()) throw Error("internal: no random generator " + std::to_string(i));
    if (source_ != NoiseSource::CPU) return philox_[i].randn(shape);
    return at::randn(shape, cpu_[i], at::TensorOptions().dtype(at::kFloat).device(at::kCPU));
}

Generators Generators::clone() const {
    Generators out;
    out.source_ = source_;
    out.philox_ = philox_;
    out.cpu_.reserve(cpu_.size());
    for (const auto& g : cpu_) out.cpu_.push_back(g.clone());
    return out;
}

bool Generators::same_state(const Generators& other) const {
    if (source_ != other.source_ || size() != other.size()) return false;
    if (source_ != NoiseSource::CPU) return philox_ == other.philox_;
    for (size_t i = 0; i < cpu_.size(); ++i)
        if (!at::equal(cpu_[i].get_state(), other.cpu_[i].get_state())) return false;
    return true;
}

Generators make_generators(const std::vector<uint64_t>& seeds, NoiseSource source) {
    return Generators(seeds, source);
}

at::Tensor randn_tensor(at::IntArrayRef shape, Generators& generators, at::ScalarType dtype, at::Device device) {
    if (generators.empty()) throw Error("internal: randn_tensor needs at least one generator");
    at::Tensor out;
    if (generators.size() == 1) {
        out = generators.randn(0, shape);
    } else {
        if (shape.empty() || shape[0] != static_cast<int64_t>(generators.size()))
            throw Error("internal: randn_tensor got " + std::to_string(generators.size()) +
                        " generators for a batch of " + std::to_string(shape.empty() ? 0 : shape[0]));
        std::vector<int64_t> one(shape.begin(), shape.end());
        one[0] = 1;
        std::vector<at::Tensor> parts;
        parts.reserve(generators.size());
        for (size_t i = 0; i < generators.size(); ++i) parts.push_back(generators.randn(i, one));
        out = at::cat(parts, 0);
    }
    return out.to(device, dtype);
}

}  // namespace stipple
