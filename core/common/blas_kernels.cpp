#include "common/blas_kernels.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>

namespace stipple {

std::string blas_core_name() {
    // openblas_get_corename is OpenBLAS's own API; looked up so that another BLAS works too.
    using CoreName = char* (*)();
    auto fn = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    const char* name = fn ? fn() : nullptr;
    return name ? name : "";
}

std::string blas_threading() {
    using GetParallel = int (*)();
    auto fn = reinterpret_cast<GetParallel>(dlsym(RTLD_DEFAULT, "openblas_get_parallel"));
    if (!fn) return "";
    switch (fn()) {
        case 0: return "sequential";
        case 1: return "pthreads";
        case 2: return "OpenMP";
        default: return "unknown";
    }
}

std::string better_blas_core(const std::string& current, const CpuFeatures& cpu) {
    // What OpenBLAS reports when it does not recognise the CPU model.
    const bool generic = current == "Prescott" || current == "Core2" || current == "Penryn" ||
                         current == "Katmai" || current == "Northwood" || current == "Banias" ||
                         current == "unknown";
    if (!generic) return "";
    if (cpu.has("avx512f") && cpu.has("avx512_bf16")) return "Cooperlake";
    if (cpu.has("avx512f") && cpu.has("avx512bw") && cpu.has("avx512vl")) return "SkylakeX";
    if (cpu.has("avx2") && cpu.has("fma")) return "Haswell";
    if (cpu.has("avx")) return "Sandybridge";
    return "";
}

void relaunch_with_native_blas_kernels(char** argv) {
    if (std::getenv("OPENBLAS_CORETYPE")) return;  // chosen by the user, or by our first start
    const std::string core = better_blas_core(blas_core_name(), read_cpu_features());
    if (core.empty()) return;
    setenv("OPENBLAS_CORETYPE", core.c_str(), 1);
    execv("/proc/self/exe", argv);
    // exec failed (no /proc?): run on with the generic kernels.
}

}  // namespace stipple
