#include "nn/op_ceiling.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace stipple::nn {

namespace {

template <typename F>
double best_seconds(F&& run, int repeats = 3) {
    run();  // warm-up: oneDNN builds its kernels on the first call
    double best = std::numeric_limits<double>::infinity();
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

double conv_alone_seconds(const ConvCall& c, at::MemoryFormat format) {
    const auto options = at::TensorOptions().dtype(c.dtype);
    const at::Tensor x = at::randn(c.input).to(options).contiguous(format);
    const at::Tensor w = (at::randn(c.weight) * 0.02).to(options).contiguous(format);
    const at::Tensor b = c.bias ? at::zeros({c.weight.at(0)}, options) : at::Tensor();
    return best_seconds([&] { at::convolution(x, w, b, c.stride, c.padding, c.dilation, false, {0, 0}, c.groups); });
}

}  // namespace

MachineRates measure_machine_rates(at::ScalarType dtype) {
    at::NoGradGuard no_grad;
    MachineRates r;
    const int64_t n = 2048;
    const at::Tensor a = at::randn({n, n}).to(dtype), b = at::randn({n, n}).to(dtype);
    r.matmul_flops_per_second = 2.0 * n * n * n / best_seconds([&] { at::mm(a, b); });
    const at::Tensor src = at::randn({64 * 1024 * 1024});  // float32, 256 MiB
    at::Tensor dst = at::empty_like(src);
    r.copy_bytes_per_second = 2.0 * static_cast<double>(src.nbytes()) / best_seconds([&] { dst.copy_(src); });
    return r;
}

double convolution_ceiling_seconds(const std::vector<ConvCall>& convolutions) {
    at::NoGradGuard no_grad;
    double total = 0;
    for (const ConvCall& c : convolutions) {
        if (c.input.size() != 4 || c.weight.size() != 4) continue;
        const double alone = std::min(conv_alone_seconds(c, at::MemoryFormat::Contiguous),
                                      conv_alone_seconds(c, at::MemoryFormat::ChannelsLast));
        total += alone * static_cast<double>(c.calls);
    }
    return total;
}

std::vector<FamilyCeiling> family_ceilings(const ProfileReport& report, const MachineRates& rates) {
    std::vector<FamilyCeiling> out;
    for (const FamilyTime& f : report.families) {
        FamilyCeiling c{f.family, -1};
        if (f.family == "convolution")
            c.seconds = convolution_ceiling_seconds(report.convolutions);
        else if ((f.family == "attention" || f.family == "linear") && rates.matmul_flops_per_second > 0)
            c.seconds = f.flops / rates.matmul_flops_per_second;
        else if (f.family != "other" && rates.copy_bytes_per_second > 0)
            c.seconds = f.bytes / rates.copy_bytes_per_second;
        out.push_back(c);
    }
    return out;
}

}  // namespace stipple::nn
