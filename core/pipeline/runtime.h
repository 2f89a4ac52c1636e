// Performance switches in one place (DESIGN.md): device, dtype, thread count.
#pragma once

#include "pipeline/generation_request.h"

#include <ATen/ATen.h>

#include <string>

namespace stipple {

// Physical cores of this machine (falls back to logical CPUs).
int physical_core_count();
// at::set_num_threads for the whole process; n <= 0 means physical_core_count().
void set_thread_count(int n);

// CUDA when the libtorch we run on has it and a device is present, else CPU.
at::Device compute_device();
at::ScalarType scalar_type(DType dtype);
DType parse_dtype(const std::string& text);  // "fp32" / "bf16"; throws Error otherwise
const char* dtype_name(DType dtype);

}  // namespace stipple
