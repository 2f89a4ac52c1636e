// The fused attention kernel for AVX2 + FMA CPUs (8 floats a vector); compiled with -mavx2 -mfma
// and without the precompiled header (see core/CMakeLists.txt and fused_attention_rows.inc).
#if defined(__x86_64__)
#define STIPPLE_VECTOR_FLOATS 8
#define STIPPLE_KEY_VECTORS 2
#define STIPPLE_OUTPUT_ROWS 4
#define STIPPLE_OUTPUT_VECTORS 2
#define STIPPLE_KERNEL_NAMESPACE avx2
#include "nn/fused_attention_rows.inc"
#endif
