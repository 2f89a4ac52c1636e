// Performance switches in one place (DESIGN.md): device, dtype, thread count.
#pragma once

#include "common/cpu_features.h"  // physical_core_count()
#include "common/generation_request.h"

#include <ATen/ATen.h>

#include <string>

namespace stipple {

// at::set_num_threads for the whole process; n <= 0 means physical_core_count().
void set_thread_count(int n);

// Threads for a model when the user did not choose: physical_core_count(), except 1 for tiny
// denoisers (under 20 M UNet parameters, such as the built-in model) when the BLAS runs a thread
// pool of its own (OpenBLAS's pthread build): their small tensors hand off between two pools at
// every layer and ran 4x slower on 2 threads than on one. With OpenBLAS's OpenMP build 2 threads
// are faster (built-in model, 20 steps: 0.22 s vs 0.25 s on one).
int threads_for_model(int64_t unet_parameters, const std::string& blas_threading);
// The same for the BLAS this process has loaded (common/blas_kernels.h: blas_threading()).
int threads_for_model(int64_t unet_parameters);

// CUDA when the libtorch we run on has it and a device is present, else CPU.
at::Device compute_device();
at::ScalarType scalar_type(DType dtype);
// True when the CPU computes bfloat16 natively (avx512_bf16 or amx_bf16 in /proc/cpuinfo).
bool cpu_has_native_bf16();
// One UNet-sized 3x3 convolution and one matmul, timed in both precisions (best of 3, about 0.2 s).
struct PrecisionTiming {
    double fp32_seconds = 0;
    double bf16_seconds = 0;  // 0: not measured
};
PrecisionTiming time_precisions();
// What DType::Auto decides from. The timing is taken only on a CPU with native bf16: native bf16
// does not promise speed (on Zen 4 oneDNN runs bf16 about twice as fast as fp32, on a 2-core Xeon
// (model 207, no AMX) measured slower).
struct PrecisionFacts {
    bool cuda = false;
    bool native_bf16 = false;  // cpu_has_native_bf16(), on a CPU-only machine
    PrecisionTiming timing;
};
PrecisionFacts precision_facts();  // this machine's, measured now
// bf16 on CUDA, or on a CPU with native bf16 where bf16 measured at least 1.3x faster; else fp32.
// bf16 images stay within 30 dB PSNR of fp32; exact diffusers parity needs fp32.
DType preferred_dtype(const PrecisionFacts& facts);
DType preferred_dtype();  // with precision_facts()
// What DType::Auto means for a model: fp32 for small ones (widest UNet block <= 256 channels, like
// the built-in model: exact, and faster than bf16 on tensors that small), else preferred_dtype().
// Float32 and BFloat16 are returned as asked. The overload without facts measures only when the
// answer depends on the measurement.
DType resolve_dtype(DType requested, int64_t widest_unet_block, const PrecisionFacts& facts);
DType resolve_dtype(DType requested, int64_t widest_unet_block);
DType parse_dtype(const std::string& text);  // "fp32" / "bf16" / "auto"; throws Error otherwise
const char* dtype_name(DType dtype);

}  // namespace stipple
