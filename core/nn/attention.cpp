#include "nn/attention.h"

#include "common/error.h"
#include "nn/fused_attention.h"
#include "nn/op_profile.h"

#include <ATen/record_function.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace stipple::nn {

namespace {

// The autograd-friendly form, for training: fresh tensors for every chunk.
at::Tensor chunked_attention_autograd(const at::Tensor& q, const at::Tensor& kt, const at::Tensor& v, double scale,
                                      bool upcast_softmax, int64_t chunk, at::ScalarType out_dtype) {
    const int64_t sq = q.size(1);
    std::vector<at::Tensor> outputs;
    outputs.reserve(static_cast<size_t>((sq + chunk - 1) / chunk));
    for (int64_t start = 0; start < sq; start += chunk) {
        const int64_t len = std::min(chunk, sq - start);
        at::Tensor qc = chunk == sq ? q : q.narrow(1, start, len);
        // diffusers: baddbmm(empty, q, k^T, beta=0, alpha=scale). libtorch 1.13's CPU baddbmm returns
        // NaN for small matrices (e.g. 4 keys) even with a zero input and beta 0, so: bmm, then scale.
        at::Tensor scores = at::bmm(qc, kt) * scale;
        if (upcast_softmax) scores = scores.to(at::kFloat);
        outputs.push_back(at::bmm(scores.softmax(-1).to(out_dtype), v));
    }
    return outputs.size() == 1 ? outputs.front() : at::cat(outputs, 1);
}

// Inference: the same arithmetic, one head at a time, in buffers allocated once and reused.
// Measured on 2 cores (SD 1.5 at 512x512, 16 heads of 4096 tokens): a fresh 32 MiB score tensor
// per chunk cost more in page faults than its softmax in arithmetic, and one head with up to 1024
// query rows per matmul runs 15 % faster at 4096 tokens and 45 % faster at 1024 than all heads
// at once with a few rows each (the 16 MiB default budget below gives those 1024 rows).
at::Tensor chunked_attention_inference(const at::Tensor& q, const at::Tensor& kt_view, const at::Tensor& v,
                                       double scale, bool upcast_softmax, int64_t chunk,
                                       at::ScalarType out_dtype) {
    const int64_t bh = q.size(0), sq = q.size(1), sk = kt_view.size(2);
    // bfloat16 without upcasting: the scale goes into the keys once (d x sk values per head)
    // instead of into every score (sq x sk): 4096 tokens of SD 1.5 spent 0.1 s of a 6 s step
    // scaling scores. The rounding differs from scaling the product only at bfloat16's precision.
    const bool scale_keys = q.scalar_type() == at::kBFloat16;
    const at::Tensor kt = (scale_keys ? kt_view * scale : kt_view).contiguous();  // [bh, d, sk], dense
    at::Tensor out = at::empty({bh, sq, v.size(2)}, v.options());
    at::Tensor scores_buffer = at::empty({chunk, sk}, q.options());
    // upcast_softmax on a bf16 score: the softmax runs on a float32 copy.
    const bool softmax_in_float = upcast_softmax && q.scalar_type() != at::kFloat;
    at::Tensor float_buffer = softmax_in_float ? at::empty({chunk, sk}, q.options().dtype(at::kFloat)) : at::Tensor();
    const at::ScalarType softmax_dtype = softmax_in_float ? at::kFloat : q.scalar_type();
    at::Tensor probs_buffer = softmax_dtype != out_dtype ? at::empty({chunk, sk}, v.options()) : at::Tensor();
    for (int64_t head = 0; head < bh; ++head) {
        const at::Tensor qh = q[head], kth = kt[head], vh = v[head], outh = out[head];
        for (int64_t start = 0; start < sq; start += chunk) {
            const int64_t len = std::min(chunk, sq - start);
            auto rows = [&](const at::Tensor& buffer) { return buffer.narrow(0, 0, len); };  // contiguous
            at::Tensor scores = rows(scores_buffer);
            at::mm_out(scores, qh.narrow(0, start, len), kth);  // see above: multiply, then scale
            if (!scale_keys) scores.mul_(scale);
            at::Tensor soft = softmax_in_float ? rows(float_buffer).copy_(scores) : scores;
            at::_softmax_out(soft, soft, -1, false);  // in place: each row is read before it is written
            at::Tensor probs = softmax_dtype == out_dtype ? soft : rows(probs_buffer).copy_(soft);
            at::Tensor dest = outh.narrow(0, start, len);  // rows of one head: contiguous
            at::mm_out(dest, probs, vh);
        }
    }
    return out;
}

}  // namespace

at::Tensor chunked_attention(const at::Tensor& q_in, const at::Tensor& k_in, const at::Tensor& v, double scale,
                             bool upcast_scores, bool upcast_softmax, int64_t max_score_bytes) {
    RECORD_USER_SCOPE(kAttentionScope);  // bench --profile counts what runs inside as "attention"
    const at::ScalarType out_dtype = q_in.scalar_type();
    at::Tensor q = upcast_scores ? q_in.to(at::kFloat) : q_in;
    at::Tensor kt = (upcast_scores ? k_in.to(at::kFloat) : k_in).transpose(1, 2);
    const int64_t bh = q.size(0), sq = q.size(1), sk = kt.size(2);

    const int64_t score_elem = (upcast_scores || upcast_softmax) ? 4 : static_cast<int64_t>(q.element_size());
    const bool needs_grad =
        at::GradMode::is_enabled() && (q.requires_grad() || kt.requires_grad() || v.requires_grad());
    // Rows of scores per chunk within the byte budget: for all heads at once when autograd keeps
    // every chunk, for one head at a time in inference.
    const int64_t row_bytes = std::max<int64_t>(1, (needs_grad ? bh : 1) * sk * score_elem);
    int64_t chunk = max_score_bytes > 0 ? std::max<int64_t>(1, max_score_bytes / row_bytes) : sq;
    chunk = std::min(chunk, sq);

    if (needs_grad) return chunked_attention_autograd(q, kt, v, scale, upcast_softmax, chunk, out_dtype);
    return chunked_attention_inference(q, kt, v, scale, upcast_softmax, chunk, out_dtype);
}

AttentionImpl::AttentionImpl(const AttentionOptions& options, AttentionSettingsPtr settings)
    : options_(options), settings_(std::move(settings)) {
    if (!settings_) settings_ = std::make_shared<AttentionSettings>();
    const int64_t inner = options_.heads * options_.dim_head;
    const int64_t context_dim = options_.cross_attention_dim > 0 ? options_.cross_attention_dim : options_.query_dim;
    if (options_.norm_num_groups > 0)
        group_norm_ = register_module("group_norm",
                                      GroupNorm(options_.norm_num_groups, options_.query_dim, options_.norm_eps));
    to_q_ = register_module("to_q", Linear(options_.query_dim, inner, options_.bias));
    to_k_ = register_module("to_k", Linear(context_dim, inner, options_.bias));
    to_v_ = register_module("to_v", Linear(context_dim, inner, options_.bias));
    out_ = Linear(inner, options_.query_dim, true);
    to_out_->push_back(out_);  // to_out.1 is Dropout: no parameters
    register_module("to_out", to_out_);
}

namespace {

at::Tensor heads_to_batch(const at::Tensor& x, int64_t heads) {
    const int64_t b = x.size(0), s = x.size(1), d = x.size(2) / heads;
    return x.reshape({b, s, heads, d}).permute({0, 2, 1, 3}).reshape({b * heads, s, d});
}

at::Tensor batch_to_heads(const at::Tensor& x, int64_t heads) {
    const int64_t bh = x.size(0), s = x.size(1), d = x.size(2);
    return x.reshape({bh / heads, heads, s, d}).permute({0, 2, 1, 3}).reshape({bh / heads, s, heads * d});
}

}  // namespace

at::Tensor AttentionImpl::forward(const at::Tensor& hidden_in, const at::Tensor& context) {
    at::Tensor hidden = hidden_in;
    const bool spatial = hidden.dim() == 4;
    // A channels-last image is already its tokens in memory: [b,h,w,c] viewed as [b,h*w,c], no copy.
    const bool channels_last = spatial && hidden.is_contiguous(at::MemoryFormat::ChannelsLast) && !hidden.is_contiguous();
    int64_t b = 0, c = 0, h = 0, w = 0;
    if (channels_last) {
        b = hidden.size(0), c = hidden.size(1), h = hidden.size(2), w = hidden.size(3);
        if (group_norm_) hidden = group_norm_->forward(hidden);  // over the image: the same groups
        hidden = hidden.permute({0, 2, 3, 1}).reshape({b, h * w, c});
    } else {
        if (spatial) {
            b = hidden.size(0), c = hidden.size(1), h = hidden.size(2), w = hidden.size(3);
            hidden = hidden.view({b, c, h * w}).transpose(1, 2);
        }
        if (group_norm_) hidden = group_norm_->forward(hidden.transpose(1, 2)).transpose(1, 2);
    }
    const at::Tensor& ctx = context.defined() ? context : hidden;

    at::Tensor q = heads_to_batch(to_q_->forward(hidden), options_.heads);
    at::Tensor k = heads_to_batch(to_k_->forward(ctx), options_.heads);
    at::Tensor v = heads_to_batch(to_v_->forward(ctx), options_.heads);
    const double scale = 1.0 / std::sqrt(static_cast<double>(options_.dim_head));
    at::Tensor out;
    if (uses_fused_kernel(settings_->kernel, q.scalar_type()) && fused_attention_fits(q, k, v)) {
        RECORD_USER_SCOPE(kAttentionScope);  // bench --profile: "attention", like chunked_attention
        out = fused_attention(q, k, v, scale);
    } else {
        out = chunked_attention(q, k, v, scale, options_.upcast_attention, options_.upcast_softmax,
                                settings_->max_score_bytes);
    }
    out = out_->forward(batch_to_heads(out, options_.heads));
    if (channels_last) out = out.reshape({b, h, w, c}).permute({0, 3, 1, 2});  // channels-last again, no copy
    // NCHW: made dense again, or the channels-last strides of the transposed view would carry the
    // layout into the rest of an NCHW model (31 layout copies in one VAE decode).
    else if (spatial) out = out.transpose(-1, -2).reshape({b, c, h, w}).contiguous();
    if (options_.residual_connection) out = out + hidden_in;
    return out;
}

}  // namespace stipple::nn
