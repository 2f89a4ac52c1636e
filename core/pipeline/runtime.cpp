#include "pipeline/runtime.h"

#include "common/blas_kernels.h"
#include "common/cpu_features.h"
#include "common/error.h"

#include <ATen/Parallel.h>
#include <ATen/Context.h>

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <set>
#include <thread>

namespace stipple {

void set_thread_count(int n) {
    if (n <= 0) n = physical_core_count();
    // Only on a change: every call also clears libtorch's cache of oneDNN kernels, which the next
    // generation then compiles again (the built-in model measured 0.22 -> 0.27 s after a second
    // call with the same count).
    if (n != at::get_num_threads()) at::set_num_threads(n);
}

int threads_for_model(int64_t unet_parameters, const std::string& blas_threading) {
    const bool tiny = unet_parameters > 0 && unet_parameters < 20'000'000;
    return tiny && blas_threading == "pthreads" ? 1 : physical_core_count();
}

int threads_for_model(int64_t unet_parameters) { return threads_for_model(unet_parameters, blas_threading()); }

at::Device compute_device() {
    return at::hasCUDA() ? at::Device(at::kCUDA) : at::Device(at::kCPU);
}

at::ScalarType scalar_type(DType dtype) {
    if (dtype == DType::Auto) dtype = preferred_dtype();
    return dtype == DType::BFloat16 ? at::kBFloat16 : at::kFloat;
}

bool cpu_has_native_bf16() {
    const CpuFeatures cpu = read_cpu_features();
    return cpu.has("avx512_bf16") || cpu.has("amx_bf16");
}

PrecisionTiming time_precisions() {
    at::NoGradGuard no_grad;
    auto gen = at::detail::createCPUGenerator(1);
    const at::Tensor x = at::randn({2, 320, 32, 32}, gen), w = at::randn({320, 320, 3, 3}, gen) * 0.02;
    const at::Tensor a = at::randn({2048, 320}, gen), b = at::randn({1280, 320}, gen) * 0.05;
    auto seconds = [&](at::ScalarType t) {
        const at::Tensor xt = x.to(t), wt = w.to(t), at_ = a.to(t), bt = b.to(t);
        double best = 1e9;
        for (int i = 0; i < 3; ++i) {  // the first round also builds oneDNN's kernels
            const auto start = std::chrono::steady_clock::now();
            at::conv2d(xt, wt, {}, 1, 1);
            at::linear(at_, bt);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        return best;
    };
    PrecisionTiming t;
    t.fp32_seconds = seconds(at::kFloat);
    t.bf16_seconds = seconds(at::kBFloat16);
    return t;
}

PrecisionFacts precision_facts() {
    PrecisionFacts facts;
    facts.cuda = at::hasCUDA();
    facts.native_bf16 = !facts.cuda && cpu_has_native_bf16();
    if (facts.native_bf16) facts.timing = time_precisions();
    return facts;
}

DType preferred_dtype(const PrecisionFacts& facts) {
    if (facts.cuda) return DType::BFloat16;
    const bool faster = facts.timing.bf16_seconds > 0 && facts.timing.fp32_seconds > 1.3 * facts.timing.bf16_seconds;
    return facts.native_bf16 && faster ? DType::BFloat16 : DType::Float32;
}

DType preferred_dtype() { return preferred_dtype(precision_facts()); }

DType resolve_dtype(DType requested, int64_t widest_unet_block, const PrecisionFacts& facts) {
    if (requested != DType::Auto) return requested;
    return widest_unet_block <= 256 ? DType::Float32 : preferred_dtype(facts);
}

DType resolve_dtype(DType requested, int64_t widest_unet_block) {
    // Measures only when the answer depends on it.
    if (requested != DType::Auto || widest_unet_block <= 256) return resolve_dtype(requested, widest_unet_block, {});
    return resolve_dtype(requested, widest_unet_block, precision_facts());
}

DType parse_dtype(const std::string& text) {
    if (text == "fp32" || text == "float32") return DType::Float32;
    if (text == "bf16" || text == "bfloat16") return DType::BFloat16;
    if (text == "auto") return DType::Auto;
    throw Error("unknown dtype '" + text + "' (use fp32, bf16 or auto)");
}

const char* dtype_name(DType dtype) {
    return dtype == DType::BFloat16 ? "bf16" : dtype == DType::Auto ? "auto" : "fp32";
}

}  // namespace stipple
