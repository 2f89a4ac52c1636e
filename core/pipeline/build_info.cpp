// Engine build and runtime facts (see build_info.h).
#include "pipeline/build_info.h"

#include "common/blas_kernels.h"
#include "nn/fused_attention.h"
#include "pipeline/memory_layout.h"
#include "pipeline/runtime.h"

#include <ATen/Parallel.h>
#include <opencv2/core/version.hpp>
#include <torch/version.h>

namespace stipple {

BuildInfo build_info(const std::string& dtype_text) {
    BuildInfo info;
    info.libtorch_version = TORCH_VERSION;
    info.device = compute_device().str();
    info.threads = at::get_num_threads();
    info.physical_cores = physical_core_count();
    info.dtype = dtype_text;
    info.opencv_version = CV_VERSION;
    const std::string blas_core = blas_core_name();
    if (!blas_core.empty()) info.blas = "OpenBLAS " + blas_core + " (" + blas_threading() + ")";
    info.memory_layouts = cached_layout_choices(layout_cache_file());
    info.attention_isa = nn::fused_attention_isa();
#if defined(__clang__)
    info.compiler = "Clang " __clang_version__;
#elif defined(__GNUC__)
    info.compiler = "GCC " __VERSION__;
#else
    info.compiler = "unknown compiler";
#endif
    return info;
}

}  // namespace stipple
