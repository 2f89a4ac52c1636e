// stipple-bench-attention: one attention call at Stable Diffusion's self-attention shapes, timed
// through libtorch's chunked matmuls (what --attention chunked runs) and through the fused kernel
// in each instruction set this CPU has (nn/fused_attention.h). Prints seconds (best of 3 after a
// warm-up) and GFLOPS of the two products (4 * heads * queries * keys * head width). Run it alone.
#include "common/blas_kernels.h"
#include "common/cpu_features.h"
#include "nn/attention.h"
#include "nn/fused_attention.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

namespace {

double best_of_three(const std::function<void()>& run) {
    run();
    double best = 1e30;
    for (int i = 0; i < 3; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

struct Shape {
    const char* what;
    int64_t heads, tokens, width;
};

}  // namespace

int main(int argc, char** argv) {
    stipple::relaunch_with_native_blas_kernels(argv);  // the same matmul kernels as stipple-cli
    // As stipple-cli: one thread per physical core, or --threads N.
    int threads = stipple::physical_core_count();
    if (argc == 3 && std::string(argv[1]) == "--threads") threads = std::max(1, std::atoi(argv[2]));
    at::set_num_threads(threads);
    at::NoGradGuard no_grad;
    const std::string widest = stipple::nn::fused_attention_isa();
    std::vector<std::string> kernels;
    if (widest == "AVX-512") kernels = {"AVX-512", "AVX2"};
    else if (!widest.empty()) kernels = {widest};
    std::printf("%d threads; fused kernels here: %s\n", at::get_num_threads(), widest.empty() ? "none" : widest.c_str());
    const Shape shapes[] = {
        {"SD 1.5 512x512, 64x64 latent, CFG", 16, 4096, 40},
        {"SD 1.5 768x768, 96x96 latent, CFG", 16, 9216, 40},
        {"SD 2.x / SDXL, 64x64 latent, CFG", 20, 4096, 64},
        {"SD 1.5 512x512, 32x32 latent, CFG", 16, 1024, 80},
    };
    for (const Shape& s : shapes) {
        for (const at::ScalarType dtype : {at::kFloat, at::kBFloat16}) {
            auto gen = at::detail::createCPUGenerator(1);
            const at::Tensor q = at::randn({s.heads, s.tokens, s.width}, gen).to(dtype);
            const at::Tensor k = at::randn({s.heads, s.tokens, s.width}, gen).to(dtype);
            const at::Tensor v = at::randn({s.heads, s.tokens, s.width}, gen).to(dtype);
            const double scale = 1.0 / std::sqrt(static_cast<double>(s.width));
            const double gflop = 4.0 * s.heads * static_cast<double>(s.tokens) * s.tokens * s.width / 1e9;
            std::printf("%s, %lld heads x %lld tokens x %lld, %s:\n", s.what, static_cast<long long>(s.heads),
                        static_cast<long long>(s.tokens), static_cast<long long>(s.width),
                        dtype == at::kFloat ? "fp32" : "bf16");
            const double chunked = best_of_three(
                [&] { stipple::nn::chunked_attention(q, k, v, scale, false, false, int64_t{16} << 20); });
            std::printf("  chunked matmuls   %7.3f s  %6.1f GFLOPS\n", chunked, gflop / chunked);
            for (const std::string& isa : kernels) {
                const double fused = best_of_three([&] { stipple::nn::fused_attention(q, k, v, scale, isa); });
                std::printf("  fused %-10s  %7.3f s  %6.1f GFLOPS  (%.2fx)\n", isa.c_str(), fused, gflop / fused,
                            chunked / fused);
            }
        }
    }
    return 0;
}
