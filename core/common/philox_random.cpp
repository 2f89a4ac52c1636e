#include "common/philox_random.h"

#include "common/error.h"

#include <ATen/Parallel.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace stipple {

namespace {

constexpr uint32_t kMul0 = 0xD2511F53u, kMul1 = 0xCD9E8D57u;  // Philox 4x32 round multipliers
constexpr uint32_t kKey0 = 0x9E3779B9u, kKey1 = 0xBB67AE85u;  // Weyl key increments

// Ten Philox 4x32 rounds; the key is bumped after every round but the last. Returns words 0 and 1
// of the result (A1111 discards words 2 and 3).
std::array<uint32_t, 2> philox4x32_10(std::array<uint32_t, 4> c, uint32_t k0, uint32_t k1) {
    for (int round = 0; round < 10; ++round) {
        const uint64_t p0 = static_cast<uint64_t>(c[0]) * kMul0;
        const uint64_t p1 = static_cast<uint64_t>(c[2]) * kMul1;
        c = {static_cast<uint32_t>(p1 >> 32) ^ c[1] ^ k0, static_cast<uint32_t>(p1),
             static_cast<uint32_t>(p0 >> 32) ^ c[3] ^ k1, static_cast<uint32_t>(p0)};
        k0 += kKey0;  // uint32 wrap-around, as numpy's uint32 arrays
        k1 += kKey1;
    }
    return {c[0], c[1]};
}

// The scale constants are float32 numbers (2^-32 and 2^-32 * 2pi as A1111 writes them), but numpy
// promotes uint32 x float32 arrays to float64: the transform itself runs in double and only the
// result is rounded to float32. (Computing it in float32 is off by up to ~5e-7 on 2 of 3 values.)
const double kInv32 = static_cast<float>(2.3283064e-10);
const double kInv32TwoPi = static_cast<float>(2.3283064e-10 * 6.2831855);
const double kHalfInv32 = static_cast<float>(kInv32 / 2);
const double kHalfInv32TwoPi = static_cast<float>(kInv32TwoPi / 2);

float box_muller_first(uint32_t x, uint32_t y) {
    const double u = x * kInv32 + kHalfInv32;          // in (0, 1): log is finite
    const double v = y * kInv32TwoPi + kHalfInv32TwoPi;
    return static_cast<float>(std::sqrt(-2.0 * std::log(u)) * std::sin(v));
}

}  // namespace

at::Tensor PhiloxGenerator::randn(at::IntArrayRef shape) {
    int64_t n = 1;
    for (int64_t d : shape) {
        if (d < 0) throw Error("internal: Philox randn got a negative dimension");
        n *= d;
    }
    // The element index is the 32-bit counter word 2: A1111's generator cannot draw more.
    if (n > static_cast<int64_t>(std::numeric_limits<uint32_t>::max()))
        throw Error("the NV random source draws at most 2^32 numbers at once, not " + std::to_string(n));
    at::Tensor out = at::empty(shape, at::TensorOptions().dtype(at::kFloat).device(at::kCPU));
    float* data = out.data_ptr<float>();
    const auto counter0 = static_cast<uint32_t>(offset_);
    const auto k0 = static_cast<uint32_t>(seed_), k1 = static_cast<uint32_t>(seed_ >> 32);
    at::parallel_for(0, n, 4096, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const auto g = philox4x32_10({counter0, 0u, static_cast<uint32_t>(i), 0u}, k0, k1);
            data[i] = box_muller_first(g[0], g[1]);
        }
    });
    ++offset_;
    return out;
}

}  // namespace stipple
