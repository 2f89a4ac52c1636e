#include "nn/unet.h"

#include "common/error.h"
#include "nn/component_files.h"

#include <ATen/core/grad_mode.h>

#include <algorithm>
#include <optional>
#include <sstream>

namespace stipple {

namespace {

std::string shape_text(const at::Tensor& t) {
    std::ostringstream s;
    s << t.sizes();
    return s.str();
}

}  // namespace

UNet2DConditionModelImpl::UNet2DConditionModelImpl(const UNetConfig& config)
    : config_(config), attention_settings_(std::make_shared<nn::AttentionSettings>()) {
    const auto& c = config_;
    const int64_t n = c.num_levels();
    if (n == 0) throw Error("UNet config has no blocks");
    const int64_t temb = c.time_embed_dim();
    const int64_t ch0 = c.block_out_channels[0];

    conv_in_ = register_module("conv_in", nn::Conv2d(c.in_channels, ch0, c.conv_in_kernel, 1, (c.conv_in_kernel - 1) / 2));
    time_embedding_ = register_module("time_embedding", nn::TimestepEmbedding(ch0, temb));
    if (c.has_text_time())
        add_embedding_ =
            register_module("add_embedding", nn::TimestepEmbedding(c.projection_class_embeddings_input_dim, temb));
    if (c.has_text_embedding())
        text_embedding_ = register_module(
            "add_embedding", nn::TextTimeEmbedding(c.cross_attention_dim[0], temb, c.addition_embed_type_num_heads));

    torch::nn::ModuleList down_list;
    int64_t output_channel = ch0;
    for (int64_t i = 0; i < n; ++i) {
        nn::UNetBlockOptions o;
        o.in_channels = output_channel;
        output_channel = c.block_out_channels[i];
        o.out_channels = output_channel;
        o.temb_channels = temb;
        o.num_layers = c.layers_per_block[i];
        o.transformer_layers = c.transformer_layers_per_block[i];
        o.heads = c.num_attention_heads[i];
        o.cross_attention_dim = c.cross_attention_dim[i];
        o.has_attention = c.down_block_types[i] == "CrossAttnDownBlock2D";
        o.add_sampler = i != n - 1;
        o.downsample_padding = c.downsample_padding;
        o.groups = c.norm_num_groups;
        o.eps = c.norm_eps;
        o.output_scale_factor = c.resnet_out_scale_factor;
        o.use_linear_projection = c.use_linear_projection;
        o.upcast_attention = c.upcast_attention;
        down_blocks_.push_back(nn::UNetDownBlock(o, attention_settings_));
        down_list->push_back(down_blocks_.back());
    }
    register_module("down_blocks", down_list);

    {
        nn::UNetBlockOptions o;
        o.in_channels = c.block_out_channels[n - 1];
        o.out_channels = o.in_channels;
        o.temb_channels = temb;
        o.transformer_layers = c.transformer_layers_per_block[n - 1];
        o.heads = c.num_attention_heads[n - 1];
        o.cross_attention_dim = c.cross_attention_dim[n - 1];
        o.has_attention = true;
        o.groups = c.norm_num_groups;
        o.eps = c.norm_eps;
        o.output_scale_factor = c.mid_block_scale_factor;
        o.use_linear_projection = c.use_linear_projection;
        o.upcast_attention = c.upcast_attention;
        mid_block_ = register_module("mid_block", nn::UNetMidBlock(o, attention_settings_));
    }

    torch::nn::ModuleList up_list;
    output_channel = c.block_out_channels[n - 1];
    for (int64_t i = 0; i < n; ++i) {
        const int64_t r = n - 1 - i;  // index into the down-ordered lists
        nn::UNetBlockOptions o;
        o.prev_output_channels = output_channel;
        output_channel = c.block_out_channels[r];
        o.out_channels = output_channel;
        o.in_channels = c.block_out_channels[std::max<int64_t>(r - 1, 0)];
        o.temb_channels = temb;
        o.num_layers = c.layers_per_block[r] + 1;
        o.transformer_layers = c.transformer_layers_per_block[r];
        o.heads = c.num_attention_heads[r];
        o.cross_attention_dim = c.cross_attention_dim[r];
        o.has_attention = c.up_block_types[i] == "CrossAttnUpBlock2D";
        o.add_sampler = i != n - 1;
        if (o.add_sampler) ++num_upsamplers_;
        o.groups = c.norm_num_groups;
        o.eps = c.norm_eps;
        o.output_scale_factor = c.resnet_out_scale_factor;
        o.use_linear_projection = c.use_linear_projection;
        o.upcast_attention = c.upcast_attention;
        up_blocks_.push_back(nn::UNetUpBlock(o, attention_settings_));
        up_list->push_back(up_blocks_.back());
    }
    register_module("up_blocks", up_list);

    conv_norm_out_ = register_module("conv_norm_out", nn::GroupNorm(c.norm_num_groups, ch0, c.norm_eps));
    conv_out_ = register_module("conv_out",
                                nn::Conv2d(ch0, c.out_channels, c.conv_out_kernel, 1, (c.conv_out_kernel - 1) / 2));
}

at::Tensor UNet2DConditionModelImpl::forward(const at::Tensor& sample_in, const at::Tensor& timestep,
                                             const at::Tensor& encoder_hidden_states, const UNetAddedCond& added,
                                             TensorMap* inter) {
    return run(sample_in, timestep, encoder_hidden_states, added, inter, Pass::Full, nullptr, nullptr);
}

at::Tensor UNet2DConditionModelImpl::forward_and_cache(const at::Tensor& sample, const at::Tensor& timestep,
                                                       const at::Tensor& encoder_hidden_states,
                                                       const UNetAddedCond& added, UNetFeatureCache& cache) {
    return run(sample, timestep, encoder_hidden_states, added, nullptr, Pass::FullAndCache, &cache, &cache);
}

at::Tensor UNet2DConditionModelImpl::forward_shallow(const at::Tensor& sample, const at::Tensor& timestep,
                                                     const at::Tensor& encoder_hidden_states,
                                                     const UNetAddedCond& added, const UNetFeatureCache& cache) {
    return run(sample, timestep, encoder_hidden_states, added, nullptr, Pass::Shallow, &cache, nullptr);
}

int64_t UNet2DConditionModelImpl::deep_cache_branches() const {
    int64_t outputs = 0;
    for (const auto& block : down_blocks_) outputs += block->num_outputs();
    return outputs;
}

bool UNet2DConditionModelImpl::cache_fits(const UNetFeatureCache& cache, const at::Tensor& sample) const {
    return cache.features.defined() && cache.model == this && cache.made_branch == cache.branch &&
           sample.defined() && cache.sample_sizes == sample.sizes().vec();
}

at::Tensor UNet2DConditionModelImpl::run(const at::Tensor& sample_in, const at::Tensor& timestep,
                                         const at::Tensor& encoder_hidden_states, const UNetAddedCond& added,
                                         TensorMap* inter, Pass pass, const UNetFeatureCache* cache,
                                         UNetFeatureCache* fill) {
    ++forward_calls_;
    if (pass == Pass::Shallow) ++shallow_calls_;
    const auto& c = config_;
    if (!sample_in.defined() || sample_in.dim() != 4 || sample_in.size(1) != c.in_channels)
        throw Error("UNet: sample must be [B," + std::to_string(c.in_channels) + ",h,w], got " +
                    (sample_in.defined() ? shape_text(sample_in) : std::string("nothing")));
    const int64_t batch = sample_in.size(0);
    if (!encoder_hidden_states.defined() || encoder_hidden_states.dim() != 3 ||
        encoder_hidden_states.size(0) != batch || encoder_hidden_states.size(2) != c.cross_attention_dim[0])
        throw Error("UNet: encoder_hidden_states must be [" + std::to_string(batch) + ",T," +
                    std::to_string(c.cross_attention_dim[0]) + "], got " +
                    (encoder_hidden_states.defined() ? shape_text(encoder_hidden_states) : std::string("nothing")));
    if (!timestep.defined() || !(timestep.dim() == 0 || (timestep.dim() == 1 &&
                                                         (timestep.size(0) == 1 || timestep.size(0) == batch))))
        throw Error("UNet: timestep must be a scalar or have 1 or " + std::to_string(batch) + " entries, got " +
                    (timestep.defined() ? shape_text(timestep) : std::string("nothing")));

    // DeepCache: the shallow pass keeps `keep_outputs` outputs of the down path and enters the up
    // path at resnet `enter_resnet` of up block `enter_block`, whose input the full pass caches.
    const bool shallow = pass == Pass::Shallow;
    int64_t keep_outputs = -1, enter_block = -1, enter_resnet = 0;
    if (pass != Pass::Full) {
        const int64_t branches = deep_cache_branches();
        if (cache->branch < 0 || cache->branch >= branches)
            throw Error("UNet: deep cache branch " + std::to_string(cache->branch) + " is not in 0.." +
                        std::to_string(branches - 1));
        if (shallow && !cache_fits(*cache, sample_in))
            throw Error("UNet: the deep-feature cache was not made by this model for a sample of " +
                        shape_text(sample_in) + " at branch " + std::to_string(cache->branch) +
                        "; a full pass must fill it first");
        keep_outputs = cache->branch + 1;
        if (fill) {  // a pass that fails half-way leaves no cache behind
            fill->features = at::Tensor();
            fill->made_branch = -1;
        }
        // The up resnets, in order, pop the down outputs in reverse and conv_in's last; the
        // shallow pass runs the last keep_outputs + 1 of them (there are branches + 1).
        int64_t first = branches - keep_outputs;
        for (size_t i = 0; i < up_blocks_.size(); ++i) {
            const int64_t n = up_blocks_[i]->num_resnets();
            if (first < n) {
                enter_block = static_cast<int64_t>(i), enter_resnet = first;
                break;
            }
            first -= n;
        }
    }

    // Plain tensors out (not inference tensors): callers may update them in place. A module in
    // training mode (train-builtin) keeps autograd on.
    std::optional<at::NoGradGuard> no_grad;
    if (!is_training()) no_grad.emplace();
    const at::ScalarType dtype = this->dtype();
    const auto record = [&](const char* name, const at::Tensor& t) {
        if (inter) (*inter)[name] = t;
    };

    at::Tensor sample = sample_in.to(dtype).contiguous(memory_format_);
    const at::Tensor context = encoder_hidden_states.to(dtype);

    // Upsampling must hit the skip sizes exactly when the latent is not divisible by 2^upsamplers.
    const int64_t up_factor = int64_t{1} << num_upsamplers_;
    const bool forward_upsample_size = sample.size(2) % up_factor != 0 || sample.size(3) % up_factor != 0;

    if (c.center_input_sample) sample = 2 * sample - 1.0;

    // Time embedding: broadcast t to the batch, sinusoidal features in float32, cast to the sample dtype.
    at::Tensor timesteps = (timestep.dim() == 0 ? timestep.reshape({1}) : timestep).expand({batch});
    at::Tensor t_emb = nn::timestep_embedding(timesteps, c.block_out_channels[0], c.flip_sin_to_cos, c.freq_shift);
    record("time_proj", t_emb);
    t_emb = t_emb.to(dtype);
    at::Tensor emb = time_embedding_->forward(t_emb);
    record("time_embedding", emb);

    if (c.has_text_time()) {
        if (!added.text_embeds.defined() || !added.time_ids.defined())
            throw Error("UNet: this SDXL UNet (addition_embed_type \"text_time\") needs text_embeds and time_ids");
        if (added.text_embeds.dim() != 2 || added.text_embeds.size(0) != batch || added.time_ids.dim() != 2 ||
            added.time_ids.size(0) != batch ||
            added.text_embeds.size(1) + added.time_ids.size(1) * c.addition_time_embed_dim !=
                c.projection_class_embeddings_input_dim)
            throw Error("UNet: text_embeds " + shape_text(added.text_embeds) + " and time_ids " +
                        shape_text(added.time_ids) + " do not give projection_class_embeddings_input_dim " +
                        std::to_string(c.projection_class_embeddings_input_dim) + " for batch " +
                        std::to_string(batch));
        at::Tensor time_embeds = nn::timestep_embedding(added.time_ids.flatten(), c.addition_time_embed_dim,
                                                        c.flip_sin_to_cos, c.freq_shift);
        record("add_time_proj", time_embeds);
        time_embeds = time_embeds.reshape({batch, -1});
        at::Tensor add_embeds = at::cat({added.text_embeds.to(time_embeds.scalar_type()), time_embeds}, -1);
        at::Tensor aug_emb = add_embedding_->forward(add_embeds.to(emb.scalar_type()));
        record("add_embedding", aug_emb);
        emb = emb + aug_emb;
    }

    if (c.has_text_embedding()) {
        at::Tensor aug_emb = text_embedding_->forward(context);
        record("add_embedding", aug_emb);
        emb = emb + aug_emb;
    }

    sample = conv_in_->forward(sample);
    record("conv_in", sample);

    std::vector<at::Tensor> skips{sample};
    int64_t to_keep = keep_outputs;  // shallow pass: down outputs still to compute
    for (size_t i = 0; i < down_blocks_.size(); ++i) {
        if (shallow && to_keep == 0) break;
        sample = down_blocks_[i]->forward(sample, emb, context, skips, shallow ? to_keep : -1);
        if (shallow) to_keep -= std::min(to_keep, down_blocks_[i]->num_outputs());
        if (inter) (*inter)["down_block_" + std::to_string(i)] = sample;
    }

    if (!shallow) {
        sample = mid_block_->forward(sample, emb, context);
        record("mid_block", sample);
    }

    for (size_t i = 0; i < up_blocks_.size(); ++i) {
        const auto index = static_cast<int64_t>(i);
        if (shallow && index < enter_block) continue;
        int64_t first_resnet = 0;
        if (shallow && index == enter_block) {
            first_resnet = enter_resnet;
            sample = cache->features;
        }
        auto& block = up_blocks_[i];
        const bool is_final = i + 1 == up_blocks_.size();
        std::vector<int64_t> upsample_size;
        if (!is_final && forward_upsample_size) {
            const auto popped = static_cast<size_t>(block->num_resnets() - first_resnet);
            const auto& next_skip = skips.at(skips.size() - popped - 1);
            upsample_size = {next_skip.size(2), next_skip.size(3)};
        }
        const bool capture = fill && index == enter_block;
        sample = block->forward(sample, skips, emb, context, upsample_size, first_resnet,
                                capture ? enter_resnet : -1, capture ? &fill->features : nullptr);
        if (inter) (*inter)["up_block_" + std::to_string(i)] = sample;
    }
    if (fill) {
        fill->sample_sizes = sample_in.sizes().vec();
        fill->made_branch = fill->branch;
        fill->model = this;
    }

    sample = conv_norm_out_->forward(sample);
    record("conv_norm_out", sample);
    return conv_out_->forward(at::silu(sample)).contiguous();
}

void UNet2DConditionModelImpl::set_memory_format(at::MemoryFormat format) {
    nn::set_conv_weight_format(*this, format);
    memory_format_ = format;
}

UNet2DConditionModel build_unet(const UNetConfig& config, const StateDict& weights, at::ScalarType dtype,
                                const std::string& source) {
    nn::check_compute_dtype(dtype, source);
    UNet2DConditionModel unet(config);
    LoadOptions options;
    options.dtype = dtype;
    options.source = source;
    load_module_weights(*unet, weights, options);
    unet->eval();
    return unet;
}

UNet2DConditionModel load_unet(const std::string& component_dir, at::ScalarType dtype) {
    const UNetConfig config = read_unet_config(component_config_path(component_dir));
    const std::string weights_path = component_weights_path(component_dir);
    return build_unet(config, read_state_dict(weights_path), dtype, weights_path);
}

}  // namespace stipple
