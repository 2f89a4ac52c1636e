#include "nn/vae.h"

#include "common/error.h"
#include "nn/component_files.h"

#include <ATen/core/grad_mode.h>

#include <optional>
#include <sstream>

namespace stipple {

namespace {

constexpr double kVaeEps = 1e-6;  // diffusers' Encoder/Decoder use resnet_eps 1e-6 everywhere

std::string shape_text(const at::Tensor& t) {
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}

}  // namespace

at::Tensor VaePosterior::sample(Generators& generators) const {
    at::Tensor noise = randn_tensor(mean.sizes(), generators, mean.scalar_type(), mean.device());
    return mean + std * noise;
}

namespace nn {

VaeMidBlockImpl::VaeMidBlockImpl(int64_t channels, int64_t groups, const AttentionSettingsPtr& settings) {
    AttentionOptions a;
    a.query_dim = channels;
    a.heads = 1;
    a.dim_head = channels;
    a.bias = true;
    a.upcast_softmax = true;
    a.norm_num_groups = groups;
    a.norm_eps = kVaeEps;
    a.residual_connection = true;
    torch::nn::ModuleList attentions, resnets;
    attention_ = Attention(a, settings);
    attentions->push_back(attention_);
    for (int i = 0; i < 2; ++i) {
        resnets_.push_back(ResnetBlock2D(channels, channels, 0, groups, kVaeEps));
        resnets->push_back(resnets_.back());
    }
    register_module("attentions", attentions);
    register_module("resnets", resnets);
}

at::Tensor VaeMidBlockImpl::forward(const at::Tensor& x) {
    at::Tensor h = resnets_[0]->forward(x);
    h = attention_->forward(h);
    return resnets_[1]->forward(h);
}

VaeBlockImpl::VaeBlockImpl(int64_t in_channels, int64_t out_channels, int64_t num_layers, int64_t groups,
                           bool downsample, bool upsample) {
    torch::nn::ModuleList resnets;
    for (int64_t i = 0; i < num_layers; ++i) {
        resnets_.push_back(ResnetBlock2D(i == 0 ? in_channels : out_channels, out_channels, 0, groups, kVaeEps));
        resnets->push_back(resnets_.back());
    }
    register_module("resnets", resnets);
    if (downsample) {
        torch::nn::ModuleList samplers;
        downsampler_ = Downsample2D(out_channels, out_channels, 0);  // pad (0,1,0,1), stride-2 conv
        samplers->push_back(downsampler_);
        register_module("downsamplers", samplers);
    }
    if (upsample) {
        torch::nn::ModuleList samplers;
        upsampler_ = Upsample2D(out_channels, out_channels);
        samplers->push_back(upsampler_);
        register_module("upsamplers", samplers);
    }
}

at::Tensor VaeBlockImpl::forward(const at::Tensor& x) {
    at::Tensor h = x;
    for (auto& r : resnets_) h = r->forward(h);
    if (downsampler_) h = downsampler_->forward(h);
    if (upsampler_) h = upsampler_->forward(h);
    return h;
}

VaeEncoderImpl::VaeEncoderImpl(const VaeConfig& c, const AttentionSettingsPtr& settings) {
    const auto& ch = c.block_out_channels;
    const size_t n = ch.size();
    conv_in_ = register_module("conv_in", Conv2d(c.in_channels, ch[0], 3, 1, 1));
    torch::nn::ModuleList down;
    int64_t output_channel = ch[0];
    for (size_t i = 0; i < n; ++i) {
        const int64_t input_channel = output_channel;
        output_channel = ch[i];
        down_blocks_.push_back(
            VaeBlock(input_channel, output_channel, c.layers_per_block, c.norm_num_groups, i + 1 != n, false));
        down->push_back(down_blocks_.back());
    }
    register_module("down_blocks", down);
    mid_block_ = register_module("mid_block", VaeMidBlock(ch[n - 1], c.norm_num_groups, settings));
    conv_norm_out_ = register_module("conv_norm_out", GroupNorm(c.norm_num_groups, ch[n - 1], kVaeEps));
    conv_out_ = register_module("conv_out", Conv2d(ch[n - 1], 2 * c.latent_channels, 3, 1, 1));
}

at::Tensor VaeEncoderImpl::forward(const at::Tensor& x, TensorMap* inter) {
    at::Tensor h = conv_in_->forward(x);
    if (inter) (*inter)["conv_in"] = h;
    for (size_t i = 0; i < down_blocks_.size(); ++i) {
        h = down_blocks_[i]->forward(h);
        if (inter) (*inter)["down_block_" + std::to_string(i)] = h;
    }
    h = mid_block_->forward(h);
    if (inter) (*inter)["mid_block"] = h;
    return conv_out_->forward(conv_norm_out_->forward_silu(h));
}

VaeDecoderImpl::VaeDecoderImpl(const VaeConfig& c, const AttentionSettingsPtr& settings) {
    const auto& ch = c.block_out_channels;
    const size_t n = ch.size();
    conv_in_ = register_module("conv_in", Conv2d(c.latent_channels, ch[n - 1], 3, 1, 1));
    mid_block_ = register_module("mid_block", VaeMidBlock(ch[n - 1], c.norm_num_groups, settings));
    torch::nn::ModuleList up;
    int64_t output_channel = ch[n - 1];
    for (size_t i = 0; i < n; ++i) {
        const int64_t prev_output_channel = output_channel;
        output_channel = ch[n - 1 - i];
        up_blocks_.push_back(VaeBlock(prev_output_channel, output_channel, c.layers_per_block + 1, c.norm_num_groups,
                                      false, i + 1 != n));
        up->push_back(up_blocks_.back());
    }
    register_module("up_blocks", up);
    conv_norm_out_ = register_module("conv_norm_out", GroupNorm(c.norm_num_groups, ch[0], kVaeEps));
    conv_out_ = register_module("conv_out", Conv2d(ch[0], c.out_channels, 3, 1, 1));
}

at::Tensor VaeDecoderImpl::forward(const at::Tensor& z, TensorMap* inter) {
    at::Tensor h = conv_in_->forward(z);
    if (inter) (*inter)["conv_in"] = h;
    h = mid_block_->forward(h);
    if (inter) (*inter)["mid_block"] = h;
    for (size_t i = 0; i < up_blocks_.size(); ++i) {
        h = up_blocks_[i]->forward(h);
        if (inter) (*inter)["up_block_" + std::to_string(i)] = h;
    }
    return conv_out_->forward(conv_norm_out_->forward_silu(h));
}

}  // namespace nn

AutoencoderKLImpl::AutoencoderKLImpl(const VaeConfig& config)
    : config_(config), attention_settings_(std::make_shared<nn::AttentionSettings>()) {
    if (config_.block_out_channels.empty()) throw Error("VAE config has no blocks");
    encoder_ = register_module("encoder", nn::VaeEncoder(config_, attention_settings_));
    decoder_ = register_module("decoder", nn::VaeDecoder(config_, attention_settings_));
    const int64_t l = config_.latent_channels;
    quant_conv_ = register_module("quant_conv", nn::Conv2d(2 * l, 2 * l, 1));
    post_quant_conv_ = register_module("post_quant_conv", nn::Conv2d(l, l, 1));
}

VaePosterior AutoencoderKLImpl::encode(const at::Tensor& x, TensorMap* inter) {
    if (!x.defined() || x.dim() != 4 || x.size(1) != config_.in_channels)
        throw Error("VAE encode: image must be [B," + std::to_string(config_.in_channels) + ",H,W], got " +
                    (x.defined() ? shape_text(x) : std::string("nothing")));
    std::optional<at::NoGradGuard> no_grad;  // a module in training mode keeps autograd on
    if (!is_training()) no_grad.emplace();
    at::Tensor moments =
        quant_conv_->forward(encoder_->forward(x.to(dtype()).contiguous(memory_format_), inter)).contiguous();
    if (inter) (*inter)["quant_conv"] = moments;
    auto parts = moments.chunk(2, 1);
    VaePosterior p;
    p.mean = parts[0];
    p.logvar = at::clamp(parts[1], -30.0, 20.0);
    p.std = at::exp(0.5 * p.logvar);
    return p;
}

at::Tensor AutoencoderKLImpl::decode(const at::Tensor& z, TensorMap* inter) {
    if (!z.defined() || z.dim() != 4 || z.size(1) != config_.latent_channels)
        throw Error("VAE decode: latents must be [B," + std::to_string(config_.latent_channels) + ",h,w], got " +
                    (z.defined() ? shape_text(z) : std::string("nothing")));
    std::optional<at::NoGradGuard> no_grad;  // a module in training mode keeps autograd on
    if (!is_training()) no_grad.emplace();
    const at::Tensor zt = z.to(dtype()).contiguous(memory_format_);
    if (!inter && !is_training()) {
        const nn::VaeTileLayout layout = nn::vae_tile_layout(config_.sample_size, config_.scale_factor());
        const int64_t whole = nn::whole_decode_bytes(z.size(0), z.size(2), z.size(3), config_.scale_factor(),
                                                     config_.block_out_channels.front(), zt.element_size());
        if (nn::should_tile(tiling_, whole, z.size(2), z.size(3), layout))
            return nn::tiled_decode(zt, layout, [this](const at::Tensor& tile) {
                return decoder_->forward(post_quant_conv_->forward(tile.contiguous(memory_format_)), nullptr)
                    .contiguous();
            });
    }
    at::Tensor h = post_quant_conv_->forward(zt);
    if (inter) (*inter)["post_quant_conv"] = h;
    return decoder_->forward(h, inter).contiguous();
}

void AutoencoderKLImpl::set_memory_format(at::MemoryFormat format) {
    nn::set_conv_weight_format(*this, format);
    memory_format_ = format;
}

AutoencoderKL build_vae(const VaeConfig& config, const StateDict& weights, at::ScalarType dtype,
                        const std::string& source) {
    nn::check_compute_dtype(dtype, source);
    AutoencoderKL vae(config);
    LoadOptions options;
    options.dtype = dtype;
    options.source = source;
    load_module_weights(*vae, weights, options);
    vae->eval();
    return vae;
}

AutoencoderKL load_vae(const std::string& component_dir, at::ScalarType dtype) {
    const VaeConfig config = read_vae_config(component_config_path(component_dir));
    const std::string weights_path = component_weights_path(component_dir);
    return build_vae(config, read_state_dict(weights_path), dtype, weights_path);
}

}  // namespace stipple
