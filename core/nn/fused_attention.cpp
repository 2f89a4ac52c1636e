#include "nn/fused_attention.h"

#include "common/error.h"

#include <ATen/Parallel.h>

#include <algorithm>

namespace stipple::nn {

// Defined in fused_attention_avx512.cpp / fused_attention_avx2.cpp (fused_attention_rows.inc).
namespace avx512 {
void attention_rows(const float* q, const float* kb, const float* v, float* out, float* scratch, int64_t rows,
                    int64_t d, int64_t dp, int64_t sk, int64_t skp, int64_t key_block);
}
namespace avx2 {
void attention_rows(const float* q, const float* kb, const float* v, float* out, float* scratch, int64_t rows,
                    int64_t d, int64_t dp, int64_t sk, int64_t skp, int64_t key_block);
}

namespace {

using RowsKernel = void (*)(const float*, const float*, const float*, float*, float*, int64_t, int64_t, int64_t,
                            int64_t, int64_t, int64_t);

struct Kernel {
    RowsKernel rows = nullptr;
    int64_t vector_floats = 0;  // STIPPLE_VECTOR_FLOATS
    int64_t tile_keys = 0;      // keys of one score tile: STIPPLE_KEY_VECTORS * STIPPLE_VECTOR_FLOATS
    const char* isa = "";
};

#if defined(__GNUC__) && defined(__x86_64__)
const Kernel kAvx512{avx512::attention_rows, 16, 4 * 16, "AVX-512"};
const Kernel kAvx2{avx2::attention_rows, 8, 2 * 8, "AVX2"};
#else  // the kernels are x86 only (core/CMakeLists.txt): attention runs as chunked matmuls
const Kernel kAvx512{}, kAvx2{};
#endif

Kernel kernel_for_this_cpu() {
#if defined(__GNUC__) && defined(__x86_64__)
    if (__builtin_cpu_supports("avx512f")) return kAvx512;
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return kAvx2;
#endif
    return {};
}

constexpr int64_t kMinKeys = 1024;
constexpr int64_t kMaxHeadDim = 160;
// One task: 64 query rows of one head against the keys 1024 at a time. A block's scores
// (256 KiB), keys and values (1024 x d each) stay in a core's L2; every key and value a task
// reads serves 64 rows, and the per-row work of each block (maximum, sum, rescale) is spread
// over 1024 keys.
constexpr int64_t kRowsPerTask = 64;
constexpr int64_t kKeyBlock = 1024;

int64_t round_up(int64_t x, int64_t m) { return (x + m - 1) / m * m; }

}  // namespace

const char* fused_attention_isa() { return kernel_for_this_cpu().isa; }

bool fused_attention_fits(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v) {
    if (q.dim() != 3 || k.dim() != 3 || v.dim() != 3 || !q.device().is_cpu()) return false;
    const at::ScalarType t = q.scalar_type();
    if ((t != at::kFloat && t != at::kBFloat16) || k.scalar_type() != t || v.scalar_type() != t) return false;
    if (at::GradMode::is_enabled() && (q.requires_grad() || k.requires_grad() || v.requires_grad())) return false;
    return kernel_for_this_cpu().rows != nullptr && k.size(1) >= kMinKeys && q.size(2) <= kMaxHeadDim &&
           k.size(2) == q.size(2) && v.size(2) == q.size(2) && v.size(1) == k.size(1) && q.size(0) == k.size(0) &&
           v.size(0) == k.size(0);
}

at::Tensor fused_attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, double scale,
                           const std::string& isa) {
    Kernel kernel = kernel_for_this_cpu();
    if (!kernel.rows) throw Error("fused attention needs a CPU with AVX2 and FMA");
    if (isa == "AVX2") kernel = kAvx2;  // AVX-512 CPUs have AVX2 and FMA too
    else if (!isa.empty() && isa != kernel.isa) throw Error("fused attention: this CPU has no " + isa + " kernel");
    const int64_t bh = q.size(0), sq = q.size(1), d = q.size(2), sk = k.size(1);
    // Padded float32 copies: queries pre-scaled, rows to a multiple of 8; keys in tiles
    // [tiles, d, tile_keys] (one tile contiguous) and values [keys, dp] with dp the head width
    // rounded up to a vector, both zero from key sk up to a whole tile.
    const int64_t sqp = round_up(sq, 8), skp = round_up(sk, kernel.tile_keys);
    const int64_t dp = round_up(d, kernel.vector_floats);
    const auto f32 = q.options().dtype(at::kFloat);
    at::Tensor qs = at::zeros({bh, sqp, d}, f32);
    qs.narrow(1, 0, sq).copy_(q).mul_(scale);
    at::Tensor keys = at::zeros({bh, skp, d}, f32);
    keys.narrow(1, 0, sk).copy_(k);
    const at::Tensor kt = keys.view({bh, skp / kernel.tile_keys, kernel.tile_keys, d}).permute({0, 1, 3, 2}).contiguous();
    at::Tensor values = at::zeros({bh, skp, dp}, f32);
    values.narrow(1, 0, sk).narrow(2, 0, d).copy_(v);
    at::Tensor out = at::empty({bh, sqp, dp}, f32);
    const int64_t key_block = std::min(kKeyBlock, skp);  // both multiples of tile_keys
    const int64_t scratch_per_thread = kRowsPerTask * (key_block + 16) + 3 * kRowsPerTask;  // see the kernel
    at::Tensor scratch = at::empty({at::get_num_threads(), scratch_per_thread}, f32);
    const int64_t blocks = (sqp + kRowsPerTask - 1) / kRowsPerTask;
    const float* qp = qs.data_ptr<float>();
    const float* kp = kt.data_ptr<float>();
    const float* vp = values.data_ptr<float>();
    float* outp = out.data_ptr<float>();
    float* scratchp = scratch.data_ptr<float>();
    const int64_t threads = scratch.size(0);
    at::parallel_for(0, bh * blocks, 1, [&](int64_t begin, int64_t end) {
        const int64_t thread = at::get_thread_num();
        TORCH_CHECK(thread < threads, "fused attention: more threads than scratch buffers");
        for (int64_t task = begin; task < end; ++task) {
            const int64_t head = task / blocks, first = task % blocks * kRowsPerTask;
            const int64_t rows = std::min(kRowsPerTask, sqp - first);  // a multiple of 8
            kernel.rows(qp + (head * sqp + first) * d, kp + head * skp * d, vp + head * skp * dp,
                        outp + (head * sqp + first) * dp, scratchp + thread * scratch_per_thread, rows, d, dp, sk, skp,
                        key_block);
        }
    });
    at::Tensor result = out;
    if (sqp > sq) result = result.narrow(1, 0, sq);
    if (dp > d) result = result.narrow(2, 0, d);
    return result.to(q.scalar_type()).contiguous();
}

}  // namespace stipple::nn
