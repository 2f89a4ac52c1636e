#include "nn/transformer_2d.h"

namespace stipple::nn {

FeedForwardImpl::FeedForwardImpl(int64_t dim, int64_t inner_dim) {
    auto net = register_module("net", NamedChildren());
    auto geglu = net->register_module("0", NamedChildren());
    proj_ = geglu->register_module("proj", Linear(dim, inner_dim * 2));
    out_ = net->register_module("2", Linear(inner_dim, dim));
}

at::Tensor FeedForwardImpl::forward(const at::Tensor& x) {
    auto parts = proj_->forward(x).chunk(2, -1);
    if (at::GradMode::is_enabled() && x.requires_grad()) return out_->forward(parts[0] * at::gelu(parts[1]));
    // Inference: GELU on a dense copy of the gate, in place, then the product in place. libtorch
    // 1.13's GELU on the strided half ran 2x slower in bfloat16 (50 vs 26 ms at 2x4096x2560,
    // AMD EPYC, 2 threads) and 1.2x in float32; the copy is cheap and no other buffer is made.
    at::Tensor gate = parts[1].contiguous();
    at::gelu_(gate);
    return out_->forward(gate.mul_(parts[0]));
}

BasicTransformerBlockImpl::BasicTransformerBlockImpl(int64_t dim, int64_t heads, int64_t dim_head,
                                                     int64_t cross_attention_dim, bool upcast_attention,
                                                     const AttentionSettingsPtr& settings) {
    AttentionOptions self_opts;
    self_opts.query_dim = dim;
    self_opts.heads = heads;
    self_opts.dim_head = dim_head;
    self_opts.upcast_attention = upcast_attention;
    AttentionOptions cross_opts = self_opts;
    cross_opts.cross_attention_dim = cross_attention_dim;

    norm1_ = register_module("norm1", LayerNorm(dim, 1e-5));
    attn1_ = register_module("attn1", Attention(self_opts, settings));
    norm2_ = register_module("norm2", LayerNorm(dim, 1e-5));
    attn2_ = register_module("attn2", Attention(cross_opts, settings));
    norm3_ = register_module("norm3", LayerNorm(dim, 1e-5));
    ff_ = register_module("ff", FeedForward(dim, dim * 4));
}

at::Tensor BasicTransformerBlockImpl::forward(const at::Tensor& x_in, const at::Tensor& context) {
    at::Tensor x = attn1_->forward(norm1_->forward(x_in)) + x_in;
    x = attn2_->forward(norm2_->forward(x), context) + x;
    return ff_->forward(norm3_->forward(x)) + x;
}

Transformer2DModelImpl::Transformer2DModelImpl(const Transformer2DOptions& options,
                                               const AttentionSettingsPtr& settings)
    : options_(options) {
    const int64_t c = options_.in_channels;
    const int64_t dim_head = c / options_.heads;
    const int64_t inner = options_.heads * dim_head;
    norm_ = register_module("norm", GroupNorm(options_.norm_num_groups, c, 1e-6));
    if (options_.use_linear_projection)
        proj_in_linear_ = register_module("proj_in", Linear(c, inner));
    else
        proj_in_conv_ = register_module("proj_in", Conv2d(c, inner, 1));
    for (int64_t i = 0; i < options_.num_layers; ++i) {
        blocks_.push_back(BasicTransformerBlock(inner, options_.heads, dim_head, options_.cross_attention_dim,
                                                options_.upcast_attention, settings));
        transformer_blocks_->push_back(blocks_.back());
    }
    register_module("transformer_blocks", transformer_blocks_);
    if (options_.use_linear_projection)
        proj_out_linear_ = register_module("proj_out", Linear(inner, c));
    else
        proj_out_conv_ = register_module("proj_out", Conv2d(inner, c, 1));
}

namespace {
// Tokens [b,h,w,c] permuted back to [b,c,h,w] are already a dense channels-last tensor: kept as
// they are when the block's input is channels-last (no copy), else made NCHW as before.
at::Tensor to_image_layout(const at::Tensor& permuted, const at::Tensor& like) {
    if (like.is_contiguous(at::MemoryFormat::ChannelsLast) && !like.is_contiguous()) return permuted;
    return permuted.contiguous();
}
}  // namespace

at::Tensor Transformer2DModelImpl::forward(const at::Tensor& x, const at::Tensor& context) {
    const int64_t b = x.size(0), h = x.size(2), w = x.size(3);
    at::Tensor hidden = norm_->forward(x);
    int64_t inner = 0;
    if (options_.use_linear_projection) {
        inner = hidden.size(1);
        hidden = hidden.permute({0, 2, 3, 1}).reshape({b, h * w, inner});
        hidden = proj_in_linear_->forward(hidden);
        inner = hidden.size(2);
    } else {
        hidden = proj_in_conv_->forward(hidden);
        inner = hidden.size(1);
        hidden = hidden.permute({0, 2, 3, 1}).reshape({b, h * w, inner});
    }
    for (auto& block : blocks_) hidden = block->forward(hidden, context);
    if (options_.use_linear_projection) {
        hidden = proj_out_linear_->forward(hidden);
        hidden = to_image_layout(hidden.reshape({b, h, w, hidden.size(2)}).permute({0, 3, 1, 2}), x);
    } else {
        hidden = to_image_layout(hidden.reshape({b, h, w, inner}).permute({0, 3, 1, 2}), x);
        hidden = proj_out_conv_->forward(hidden);
    }
    return hidden + x;
}

}  // namespace stipple::nn
