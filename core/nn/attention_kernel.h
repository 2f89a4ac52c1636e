// Which code computes attention over many tokens (a setting of every model's attention layers,
// PipelineOptions::attention, `--attention`), and how bench and About name it.
#pragma once

#include <c10/core/ScalarType.h>

#include <string>

namespace stipple::nn {

// Which code computes softmax(q k^T) v over many tokens.
// Auto is libtorch's chunked matmuls for now: on the Intel Xeon (model 207, 2 threads,
// stipple-bench-attention) the fused kernel (fused_attention.h) ran SD 1.5's 40-wide heads 1.08-1.2x
// faster but SDXL's 64-wide ones 0.88x in float32, and it was not measured on other CPUs; choosing it
// per machine needs a probe at load like the memory layout's. Fused: on request (--attention fused).
enum class AttentionKernel { Auto, Fused, Chunked };


// Whether `kernel` runs attention of this dtype through the fused kernel where it fits.
bool uses_fused_kernel(AttentionKernel kernel, at::ScalarType dtype);
// "fused (AVX-512)", "fused (AVX2)" or "chunked matmuls": what `kernel` does for `dtype` here.
std::string attention_kernel_text(AttentionKernel kernel, at::ScalarType dtype);
// "auto", "fused", "chunked"; parse_attention_kernel throws Error on anything else.
AttentionKernel parse_attention_kernel(const std::string& text);

}  // namespace stipple::nn
