#include "nn/unet_blocks.h"

#include <algorithm>

namespace stipple::nn {

namespace {

Transformer2DModel make_transformer(const UNetBlockOptions& o, int64_t channels, const AttentionSettingsPtr& settings) {
    Transformer2DOptions t;
    t.in_channels = channels;
    t.heads = o.heads;
    t.num_layers = o.transformer_layers;
    t.cross_attention_dim = o.cross_attention_dim;
    t.norm_num_groups = o.groups;
    t.use_linear_projection = o.use_linear_projection;
    t.upcast_attention = o.upcast_attention;
    return Transformer2DModel(t, settings);
}

}  // namespace

UNetDownBlockImpl::UNetDownBlockImpl(const UNetBlockOptions& o, const AttentionSettingsPtr& settings) {
    torch::nn::ModuleList resnets, attentions;
    for (int64_t i = 0; i < o.num_layers; ++i) {
        const int64_t in = i == 0 ? o.in_channels : o.out_channels;
        resnets_.push_back(ResnetBlock2D(in, o.out_channels, o.temb_channels, o.groups, o.eps, o.output_scale_factor));
        resnets->push_back(resnets_.back());
        if (o.has_attention) {
            attentions_.push_back(make_transformer(o, o.out_channels, settings));
            attentions->push_back(attentions_.back());
        }
    }
    register_module("resnets", resnets);
    if (o.has_attention) register_module("attentions", attentions);
    if (o.add_sampler) {
        torch::nn::ModuleList samplers;
        downsampler_ = Downsample2D(o.out_channels, o.out_channels, o.downsample_padding);
        samplers->push_back(downsampler_);
        register_module("downsamplers", samplers);
    }
}

at::Tensor UNetDownBlockImpl::forward(const at::Tensor& x_in, const at::Tensor& temb, const at::Tensor& context,
                                      std::vector<at::Tensor>& skips, int64_t max_outputs) {
    at::Tensor x = x_in;
    const int64_t limit = max_outputs < 0 ? num_outputs() : std::min(max_outputs, num_outputs());
    int64_t made = 0;
    for (size_t i = 0; i < resnets_.size(); ++i) {
        if (made == limit) return x;
        x = resnets_[i]->forward(x, temb);
        if (!attentions_.empty()) x = attentions_[i]->forward(x, context);
        skips.push_back(x);
        ++made;
    }
    if (downsampler_ && made < limit) {
        x = downsampler_->forward(x);
        skips.push_back(x);
    }
    return x;
}

UNetMidBlockImpl::UNetMidBlockImpl(const UNetBlockOptions& o, const AttentionSettingsPtr& settings) {
    torch::nn::ModuleList resnets, attentions;
    const int64_t c = o.in_channels;
    for (int64_t i = 0; i < 2; ++i) {
        resnets_.push_back(ResnetBlock2D(c, c, o.temb_channels, o.groups, o.eps, o.output_scale_factor));
        resnets->push_back(resnets_.back());
    }
    attentions_.push_back(make_transformer(o, c, settings));
    attentions->push_back(attentions_.back());
    register_module("attentions", attentions);
    register_module("resnets", resnets);
}

at::Tensor UNetMidBlockImpl::forward(const at::Tensor& x_in, const at::Tensor& temb, const at::Tensor& context) {
    at::Tensor x = resnets_[0]->forward(x_in, temb);
    x = attentions_[0]->forward(x, context);
    return resnets_[1]->forward(x, temb);
}

UNetUpBlockImpl::UNetUpBlockImpl(const UNetBlockOptions& o, const AttentionSettingsPtr& settings) {
    torch::nn::ModuleList resnets, attentions;
    for (int64_t i = 0; i < o.num_layers; ++i) {
        const int64_t skip_channels = i == o.num_layers - 1 ? o.in_channels : o.out_channels;
        const int64_t resnet_in = i == 0 ? o.prev_output_channels : o.out_channels;
        resnets_.push_back(ResnetBlock2D(resnet_in + skip_channels, o.out_channels, o.temb_channels, o.groups, o.eps,
                                         o.output_scale_factor));
        resnets->push_back(resnets_.back());
        if (o.has_attention) {
            attentions_.push_back(make_transformer(o, o.out_channels, settings));
            attentions->push_back(attentions_.back());
        }
    }
    register_module("resnets", resnets);
    if (o.has_attention) register_module("attentions", attentions);
    if (o.add_sampler) {
        torch::nn::ModuleList samplers;
        upsampler_ = Upsample2D(o.out_channels, o.out_channels);
        samplers->push_back(upsampler_);
        register_module("upsamplers", samplers);
    }
}

at::Tensor UNetUpBlockImpl::forward(const at::Tensor& x_in, std::vector<at::Tensor>& skips, const at::Tensor& temb,
                                    const at::Tensor& context, const std::vector<int64_t>& upsample_size,
                                    int64_t first_resnet, int64_t capture_resnet, at::Tensor* captured) {
    at::Tensor x = x_in;
    for (size_t i = static_cast<size_t>(std::max<int64_t>(first_resnet, 0)); i < resnets_.size(); ++i) {
        if (captured && static_cast<int64_t>(i) == capture_resnet) *captured = x;
        at::Tensor skip = skips.back();
        skips.pop_back();
        x = resnets_[i]->forward(at::cat({x, skip}, 1), temb);
        if (!attentions_.empty()) x = attentions_[i]->forward(x, context);
    }
    if (upsampler_) x = upsampler_->forward(x, upsample_size);
    return x;
}

}  // namespace stipple::nn
