// softmax(scale * q k^T) v computed a few query rows at a time with their scores kept in the
// core's cache (fused_attention_rows.inc), for inference on CPUs with AVX2 + FMA or AVX-512.
// The arithmetic is float32 whatever the inputs' dtype; the result has q's dtype.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <string>

namespace stipple::nn {

// "AVX-512", "AVX2" or "" when this CPU has neither (then fused_attention must not be called).
const char* fused_attention_isa();

// Where the fused kernel is worth it and correct: no autograd, float32 or bfloat16, enough keys
// that the scores leave the cache (below 1024 the separate matmuls are as fast and the built-in
// model stays bit-identical), and heads narrow enough that the values stay in the cache (the
// VAE's single 512-wide head reads better through the matmul path).
bool fused_attention_fits(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v);

// q [BH, Sq, D], k and v [BH, Sk, D]. `isa` "AVX2" runs the narrower kernel on an AVX-512 CPU
// (tests cover both); empty = the widest this CPU has.
at::Tensor fused_attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                           const std::string& isa = "");

}  // namespace stipple::nn
