#include "common/random.h"

#include "common/error.h"

#include <ATen/CPUGeneratorImpl.h>

namespace stipple {

Generators make_generators(const std::vector<uint64_t>& seeds) {
    Generators generators;
    generators.reserve(seeds.size());
    for (uint64_t seed : seeds) generators.push_back(at::detail::createCPUGenerator(seed));
    return generators;
}

at::Tensor randn_tensor(at::IntArrayRef shape, Generators& generators, at::ScalarType dtype, at::Device device) {
    if (generators.empty()) throw Error("internal: randn_tensor needs at least one generator");
    const auto cpu_float = at::TensorOptions().dtype(at::kFloat).device(at::kCPU);
    at::Tensor out;
    if (generators.size() == 1) {
        out = at::randn(shape, generators[0], cpu_float);
    } else {
        if (shape.empty() || shape[0] != static_cast<int64_t>(generators.size()))
            throw Error("internal: randn_tensor got " + std::to_string(generators.size()) +
                        " generators for a batch of " + std::to_string(shape.empty() ? 0 : shape[0]));
        std::vector<int64_t> one(shape.begin(), shape.end());
        one[0] = 1;
        std::vector<at::Tensor> parts;
        parts.reserve(generators.size());
        for (auto& g : generators) parts.push_back(at::randn(one, g, cpu_float));
        out = at::cat(parts, 0);
    }
    return out.to(device, dtype);
}

}  // namespace stipple
