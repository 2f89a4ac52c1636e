// Makes libtorch's float32 matmuls use the BLAS kernels written for this CPU.
//
// libtorch runs float32 matmul through the system BLAS (OpenBLAS on Debian). OpenBLAS chooses its
// kernels from the CPU model when the library loads and, on a CPU newer than it knows (Debian 12's
// 0.3.21 on Xeon model 207, say), falls back to generic SSE3 "Prescott" kernels: 3-4x slower.
// It reads OPENBLAS_CORETYPE only at load time, before main() runs, so a program that finds the
// generic kernels sets that variable and starts itself again.
#pragma once

#include <string>

#include "common/cpu_features.h"

namespace stipple {

// The kernels the loaded OpenBLAS uses ("SkylakeX", "Prescott", ...); "" when the BLAS is not OpenBLAS.
std::string blas_core_name();

// How the loaded OpenBLAS runs in parallel: "OpenMP" (sharing libtorch's threads), "pthreads" (a
// pool of its own, which competes with libtorch's on few cores), "sequential"; "" when not OpenBLAS.
std::string blas_threading();

// The OPENBLAS_CORETYPE that suits a CPU with these features better than `current`, or "" when
// `current` is fine (or nothing better is known). Only the generic fallbacks are replaced.
std::string better_blas_core(const std::string& current, const CpuFeatures& cpu);

// Call first thing in main(). When OpenBLAS runs generic kernels on a CPU that has better ones and
// OPENBLAS_CORETYPE is unset, sets it and execs this program again with the same arguments; if
// that fails it returns and the program runs on, slower. Otherwise returns at once.
void relaunch_with_native_blas_kernels(char** argv);

}  // namespace stipple
