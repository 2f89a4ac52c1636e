// The fused attention kernel for AVX-512 CPUs (16 floats a vector); compiled with -mavx512f -mfma
// and without the precompiled header (see core/CMakeLists.txt and fused_attention_rows.inc).
#if defined(__x86_64__)
#define STIPPLE_VECTOR_FLOATS 16
#define STIPPLE_KEY_VECTORS 4
#define STIPPLE_OUTPUT_ROWS 8
#define STIPPLE_OUTPUT_VECTORS 3
#define STIPPLE_KERNEL_NAMESPACE avx512
#include "nn/fused_attention_rows.inc"
#endif
