#include "nn/attention_kernel.h"

#include "common/error.h"
#include "nn/fused_attention.h"

namespace stipple::nn {

bool uses_fused_kernel(AttentionKernel kernel, at::ScalarType /*dtype: a per-dtype choice belongs here*/) {
    if (*fused_attention_isa() == '\0') return false;
    switch (kernel) {
        case AttentionKernel::Fused: return true;
        case AttentionKernel::Chunked: return false;
        case AttentionKernel::Auto: return false;  // see attention_kernel.h
    }
    return false;
}

std::string attention_kernel_text(AttentionKernel kernel, at::ScalarType dtype) {
    return uses_fused_kernel(kernel, dtype) ? std::string("fused (") + fused_attention_isa() + ")"
                                            : std::string("chunked matmuls");
}

AttentionKernel parse_attention_kernel(const std::string& text) {
    if (text == "auto") return AttentionKernel::Auto;
    if (text == "fused") return AttentionKernel::Fused;
    if (text == "chunked") return AttentionKernel::Chunked;
    throw Error("attention must be auto, fused or chunked, not '" + text + "'");
}

}  // namespace stipple::nn
