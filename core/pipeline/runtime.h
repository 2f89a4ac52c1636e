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
// Times one UNet-sized 3x3 convolution and one matmul in both precisions (about 0.2 s) and says
// whether bf16 is at least 1.3x faster. Native bf16 does not promise that: on Zen 4 oneDNN runs
// bf16 about twice as fast as fp32, on a 2-core Xeon (model 207, no AMX) measured slower.
bool bf16_measured_faster();
// bf16 on CUDA, or on a CPU with native bf16 where it measures faster; else fp32. bf16 images stay
// within 30 dB PSNR of fp32; exact diffusers parity needs fp32.
DType preferred_dtype();
// What DType::Auto means for a model: fp32 for small ones (widest UNet block <= 256 channels, like
// the built-in model: exact, and faster than bf16 on tensors that small), else preferred_dtype().
// Float32 and BFloat16 are returned as asked.
DType resolve_dtype(DType requested, int64_t widest_unet_block);
DType parse_dtype(const std::string& text);  // "fp32" / "bf16" / "auto"; throws Error otherwise
const char* dtype_name(DType dtype);

}  // namespace stipple
