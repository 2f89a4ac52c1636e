// What the About dialog and `--version`-style reports show about the engine: libtorch version,
// compute device, CPU threads, weight precision. Plain strings so Qt code need not include libtorch.
#pragma once

#include <string>
#include <vector>

namespace stipple {

struct BuildInfo {
    std::string libtorch_version;  // e.g. "1.13.1"
    std::string device;            // "cpu" or "cuda"
    int threads = 0;               // at::get_num_threads() right now
    int physical_cores = 0;
    std::string dtype;             // the dtype the caller asked about, "fp32" / "bf16"
    std::string opencv_version;    // e.g. "4.6.0"
    std::string compiler;          // e.g. "GCC 12.2.0"
    std::string blas;              // float32 matmul kernels, e.g. "OpenBLAS SkylakeX"; "" when unknown
    // The memory layouts measured on this machine (pipeline/memory_layout.h), one line per model
    // component and precision; empty until a full-size model has been loaded once.
    std::vector<std::string> memory_layouts;
    // The instruction set of the fused attention kernel (nn/fused_attention.h): "AVX-512", "AVX2",
    // or "" when this CPU has neither and attention runs as chunked matmuls.
    std::string attention_isa;
};

// `dtype_text` is the configured precision ("fp32"/"bf16"); an unknown value is reported as given.
BuildInfo build_info(const std::string& dtype_text);

}  // namespace stipple
