#include "pipeline/stable_diffusion.h"
#include "pipeline/deep_cache.h"
#include "pipeline/face_detailer.h"
#include "pipeline/inpaint_only_masked.h"
#include "image/masked_content.h"
#include "io/json_file.h"

#include "common/error.h"
#include "common/random.h"
#include "common/variation_noise.h"
#include "nn/fused_attention.h"
#include "nn/latent_preview.h"
#include "schedulers/training_noise_schedule.h"
#include "pipeline/image_tensors.h"
#include "pipeline/img2img_steps.h"
#include "pipeline/size_limits.h"
#include "image/resize_mode.h"
#include "image/inpaint_overlay.h"
#include "pipeline/runtime.h"
#include "pipeline/scheduled_conditioning.h"
#include "schedulers/scheduler_factory.h"
#include "schedulers/brownian_step_noise.h"
#include "text/tokenizer_loader.h"
#include "nn/vae_config.h"
#include "pipeline/random_weights.h"
#include "pipeline/resource_paths.h"
#include "pipeline/single_file_config.h"
#include "io/vae_file.h"
#include "text/clip_text_config.h"
#include "text/extra_networks.h"
#include "pipeline/lora_lookup.h"
#include "nn/component_files.h"

#include <algorithm>
#include <iomanip>
#include <sstream>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <cmath>
#include <filesystem>
#include <tuple>

namespace stipple {

namespace {

using Clock = std::chrono::steady_clock;

// The multiply-adds of one VAE decode at width x height, counted per weight at the resolution its
// layer runs at in diffusers' decoder: conv_in and mid_block at the latent size, up_blocks.N at
// 2^N times it (its upsampler's conv at 2^(N+1)), conv_norm_out and conv_out at full size.
double vae_decode_gflop(AutoencoderKL& vae, int width, int height, int factor) {
    const double latent_pixels = static_cast<double>(width / factor) * (height / factor);
    double flop = 0;
    for (const auto& p : vae->named_parameters()) {
        const std::string& key = p.key();
        if (key.rfind("decoder.", 0) != 0) continue;
        double scale = 1;
        if (key.rfind("decoder.up_blocks.", 0) == 0) {
            const int block = std::atoi(key.c_str() + std::strlen("decoder.up_blocks."));
            const bool upsampler = key.find(".upsamplers.") != std::string::npos;
            scale = std::ldexp(1.0, block + (upsampler ? 1 : 0));
        } else if (key.rfind("decoder.conv_norm_out", 0) == 0 || key.rfind("decoder.conv_out", 0) == 0) {
            scale = factor;
        }
        flop += 2.0 * static_cast<double>(p.value().numel()) * latent_pixels * scale * scale;
    }
    return flop / 1e9;
}


double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

constexpr int kMaxSide = kMaxImageSide;  // pipeline/size_limits.h
constexpr int64_t kMaxPixels = kMaxImagePixels;
constexpr size_t kMaxBatch = 64;

nlohmann::json scheduler_overrides(const std::map<std::string, std::string>& options) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, text] : options) {
        try {
            out[key] = parse_json(text);
        } catch (const std::exception&) {
            out[key] = text;  // bare words such as trailing are strings
        }
    }
    return out;
}

}  // namespace

struct StableDiffusionPipeline::Plan {
    int width = 0, height = 0;      // image size
    int64_t h = 0, w = 0;           // latent size
    int batch = 1;
    bool cfg = false;
    bool img2img = false;
    bool inpaint = false;
};

namespace {

// unet/config.json with a single file's overrides (its sample_size, in_channels) on top.
UNetConfig unet_config_of(const ModelFiles& files) {
    const std::string path = files.unet_dir + "/config.json";
    if (files.unet_config_overrides.empty()) return read_unet_config(path);
    nlohmann::json json = read_json_file(path);
    json.update(files.unet_config_overrides);
    return unet_config_from_json(json, path);
}

DType model_dtype(const ModelFiles& files, DType requested) {
    if (requested != DType::Auto) return requested;
    const UNetConfig unet = unet_config_of(files);
    const auto& widths = unet.block_out_channels;
    return resolve_dtype(requested, widths.empty() ? 0 : *std::max_element(widths.begin(), widths.end()));
}

// Chooses and applies the convolutions' memory layout of one component; returns its description
// for ModelInfo. Small models (widest block <= 256 channels, such as the built-in one) stay NCHW
// unmeasured: at their sizes the layout changes nothing a user would notice and the probe would
// cost more than it saves.
template <typename Module>
std::string apply_memory_layout(Module& module, const LayoutProbe& probe, int64_t widest, const PipelineOptions& options,
                                bool on_cpu) {
    LayoutDecision d;
    if (options.memory_layout == MemoryLayout::Auto && (widest <= 256 || !on_cpu)) {
        d.how = on_cpu ? "small model" : "not measured off the CPU";
    } else {
        d = decide_layout(probe, options.memory_layout, options.layout_cache_file);
    }
    module->set_memory_format(memory_format_of(d.layout));
    std::ostringstream text;
    text << layout_name(d.layout) << " (" << d.how;
    if (d.timing.nchw_ms > 0)
        text << ": " << std::fixed << std::setprecision(1) << d.timing.channels_last_ms << " ms against "
             << d.timing.nchw_ms << " ms NCHW";
    text << ")";
    return text.str();
}

int64_t widest(const std::vector<int64_t>& widths) {
    return widths.empty() ? 0 : *std::max_element(widths.begin(), widths.end());
}

// A folder's advice on guidance and steps. Advice only: a value of the wrong type or out of the
// range the CLI accepts (a file from a stranger) is ignored, never an error that stops the load.
void read_recommendations(const nlohmann::json& model_index, ModelInfo& info) {
    const auto it = model_index.find("_stipple_recommended");
    if (it == model_index.end() || !it->is_object()) return;
    const auto cfg = it->find("guidance_scale");
    if (cfg != it->end() && cfg->is_number() && cfg->get<double>() > 0 && cfg->get<double>() <= 100)
        info.recommended_cfg = cfg->get<double>();
    const auto steps = it->find("num_inference_steps");
    if (steps != it->end() && steps->is_number_integer() && steps->get<int64_t>() >= 1 && steps->get<int64_t>() <= 1000)
        info.recommended_steps = static_cast<int>(steps->get<int64_t>());
}

}  // namespace

StableDiffusionPipeline::StableDiffusionPipeline(const ModelFiles& files, const PipelineOptions& options,
                                                 const SingleFileComponents* single)
    : files_(files), dtype_(scalar_type(model_dtype(files, options.dtype))), device_(compute_device()) {
    const bool sdxl = !files.text_encoder_2_dir.empty();
    if (single && sdxl != (single->family == ModelFamily::SDXL))
        throw Error("'" + single->path + "' is an " + model_family_label(single->family) +
                    " checkpoint but the configs in '" + files.root + "' are not: pass a matching --config folder");
    const std::string source = single ? single->path : std::string();
    const bool random = options.random_weights;
    auto text_encoder = [&](const std::string& dir, const StateDict* weights) {
        if (random) {
            auto model = std::make_shared<CLIPTextModel>(load_clip_text_config(dir + "/config.json"), dtype_);
            randomize_weights(*model, options.random_seed);
            model->eval();
            return model;
        }
        if (!weights) return load_clip_text_model(dir, dtype_);
        StateDict w = *weights;
        const CLIPTextConfig config = load_clip_text_config(dir + "/config.json");
        drop_text_encoder_layers(w, static_cast<int>(config.num_hidden_layers));  // SD2 files carry a 24th block
        return build_clip_text_model(config, w, dtype_, source);
    };
    // The CLIP vocabulary the built-in configs (and so every single file) share; its special
    // tokens (OpenCLIP's "!" padding) still come from the config's tokenizer folder.
    const std::string shipped_vocab = resources_dir() + "/clip-tokenizer";
    auto tokenizer = [&](const std::string& dir, const std::string& encoder_dir) {
        if (!random || std::filesystem::exists(dir + "/vocab.json")) return load_tokenizer(dir, shipped_vocab);
        const CLIPTextConfig c = load_clip_text_config(encoder_dir + "/config.json");
        return byte_tokenizer(c.vocab_size, c.bos_token_id, c.eos_token_id);
    };
    text_.tokenizer = tokenizer(files.tokenizer_dir, files.text_encoder_dir);
    text_.text_encoder = text_encoder(files.text_encoder_dir, single ? &single->text_encoder : nullptr);
    if (sdxl) {
        text_.tokenizer_2 = tokenizer(files.tokenizer_2_dir, files.text_encoder_2_dir);
        text_.text_encoder_2 = text_encoder(files.text_encoder_2_dir, single ? &single->text_encoder_2 : nullptr);
        text_.force_zeros_for_empty_prompt = files.model_index.value("force_zeros_for_empty_prompt", true);
    }
    load_embeddings(options);
    if (random) {
        unet_ = UNet2DConditionModel(unet_config_of(files));
        unet_->to(dtype_);
        randomize_weights(*unet_, options.random_seed);
        unet_->eval();
    } else {
        unet_ = single ? build_unet(unet_config_of(files), single->unet, dtype_, source)
                       : load_unet(files.unet_dir, dtype_);
    }
    // SDXL's VAE overflows in reduced precision (force_upcast): decode it in float32 then.
    const VaeConfig vae_config = read_vae_config(files.vae_dir + "/config.json");
    const at::ScalarType vae_dtype = sdxl && vae_config.force_upcast ? at::kFloat : dtype_;
    if (random) {
        vae_ = AutoencoderKL(vae_config);
        vae_->to(vae_dtype);
        // Inference mode, as loaded weights are: a VAE in training mode keeps autograd on in decode
        // (it held 4 GiB of activations at 1024x1024) and never tiles.
        randomize_weights(*vae_, options.random_seed);
        vae_->eval();
    } else {
        if (!options.vae_path.empty())
            vae_ = build_vae(vae_config, read_vae_file(options.vae_path), vae_dtype, options.vae_path);
        else
            vae_ = single ? build_vae(vae_config, single->vae, vae_dtype, source) : load_vae(files.vae_dir, vae_dtype);
    }
    vae_->set_tiling(options.vae_tiling);
    {
        const bool on_cpu = device_ == at::Device(at::kCPU);
        const UNetConfig& uc = unet_->config();
        LayoutProbe unet_probe{"unet", dtype_, uc.block_out_channels.empty() ? 0 : uc.block_out_channels.front(),
                               uc.sample_size > 0 ? std::min<int64_t>(uc.sample_size, 64) : 64, 2};
        info_.unet_layout = apply_memory_layout(unet_, unet_probe, widest(uc.block_out_channels), options, on_cpu);
        const VaeConfig& vc = vae_->config();
        LayoutProbe vae_probe{"vae", vae_->dtype(), vc.block_out_channels.front(), 256, 1};
        info_.vae_layout = apply_memory_layout(vae_, vae_probe, widest(vc.block_out_channels), options, on_cpu);
    }
    unet_->attention_settings().kernel = options.attention;
    vae_->attention_settings().kernel = options.attention;
    info_.attention = nn::attention_kernel_text(options.attention, dtype_);
    if (!files.taesd_decoder.empty()) taesd_ = load_taesd_decoder(files.taesd_decoder, dtype_);
    if (device_ != at::Device(at::kCPU)) {
        text_.text_encoder->to(device_);
        if (sdxl) text_.text_encoder_2->to(device_);
        unet_->to(device_);
        vae_->to(device_);
        if (taesd_) taesd_->to(device_);
    }

    const UNetConfig& unet = unet_->config();
    const int factor = static_cast<int>(vae_->config().scale_factor());
    info_.name = single ? std::filesystem::path(single->path).stem().string() : files.name;
    info_.path = single ? single->path : files.root;
    info_.prediction_type = files.scheduler_config.value("prediction_type", std::string("epsilon"));
    info_.vae_path = random ? std::string() : options.vae_path;
    info_.family = single ? single->family
                 : sdxl   ? ModelFamily::SDXL
                 : (info_.prediction_type == "v_prediction" || text_.text_encoder->config().hidden_act == "gelu")
                     ? ModelFamily::SD2
                     : ModelFamily::SD1;
    info_.latent_channels = static_cast<int>(vae_->config().latent_channels);
    info_.vae_scale_factor = factor;
    info_.default_width = info_.default_height = static_cast<int>(unet.sample_size) * factor;
    info_.unet_in_channels = static_cast<int>(unet.in_channels);
    info_.default_scheduler = files.scheduler_config.value("_class_name", std::string("PNDMScheduler"));
    info_.has_taesd = static_cast<bool>(taesd_);
    info_.default_sampler = describe_sampler(info_.default_scheduler,
                                             make_scheduler("", files.scheduler_config, nlohmann::json::object())->config())
                                .label;
    info_.turbo = files.scheduler_config.value("timestep_spacing", std::string()) == "trailing";
    if (!single) read_recommendations(files.model_index, info_);
    for (const auto& p : unet_->parameters()) info_.unet_parameters += p.numel();
    info_.vae_decode_gflop = vae_decode_gflop(vae_, info_.default_width, info_.default_height, factor);
    info_.previews_with_vae = info_.vae_decode_gflop <= 2.0;
    info_.dtype = dtype_ == at::kBFloat16 ? DType::BFloat16 : DType::Float32;

    // LoRAs patch unet_ and the text encoders in place; a restore reads the patched weights again
    // from the files they were loaded from (zero-copy views, converted as loading converted them).
    LoraPatcher::SourceReader lora_source;
    if (!random && single) {
        lora_source = [path = single->path](LoraComponent c) {
            SingleFileComponents file = read_single_file(path);
            return c == LoraComponent::Unet ? file.unet : c == LoraComponent::TextEncoder ? file.text_encoder : file.text_encoder_2;
        };
    } else if (!random) {
        lora_source = [files](LoraComponent c) {
            if (c == LoraComponent::Unet) return read_state_dict(component_weights_path(files.unet_dir));
            return read_state_dict((c == LoraComponent::TextEncoder ? files.text_encoder_dir : files.text_encoder_2_dir) +
                                   "/model.safetensors");
        };
    }
    lora_dirs_ = options.lora_dirs;
    loras_ = std::make_unique<LoraPatcher>(*unet_, *text_.text_encoder, sdxl ? text_.text_encoder_2.get() : nullptr,
                                           std::move(lora_source), info_.family, info_.name);
}

StableDiffusionPipeline::Plan StableDiffusionPipeline::validate(const GenerationRequest& r) const {
    Plan p;
    const int factor = info_.vae_scale_factor;
    if (r.seeds.empty()) throw Error("no seed given");
    if (r.seeds.size() > kMaxBatch) throw Error("at most " + std::to_string(kMaxBatch) + " images per generation");
    if (r.steps < 1 || r.steps > 1000) throw Error("steps must be between 1 and 1000, not " + std::to_string(r.steps));
    if (!std::isfinite(r.guidance_scale) || r.guidance_scale < 0 || r.guidance_scale > 100)
        throw Error("guidance scale must be between 0 and 100");
    if (r.stop_at_step < 0) throw Error("the step to finish at must be positive, not " + std::to_string(r.stop_at_step));
    p.batch = static_cast<int>(r.seeds.size());
    p.cfg = r.guidance_scale > 1.0;
    p.inpaint = r.mask.has_value() || is_inpainting_unet(info_);
    p.img2img = r.init_image.has_value() && !p.inpaint;
    // SDXL img2img and inpainting follow diffusers 0.25.1's StableDiffusionXLImg2ImgPipeline /
    // InpaintPipeline for base models (requires_aesthetics_score false: the time ids are the
    // txt2img ones, original = target = the processed size; denoising_start unset: the strength
    // trims the schedule as SD's img2img does; the same encode / noise / masked-image draws).
    const size_t prompt_count = std::max<size_t>(r.prompts.size(), 1);
    if (r.seeds.size() % prompt_count != 0)
        throw Error("give one seed per prompt (or a multiple): " + std::to_string(r.seeds.size()) + " seeds for " +
                    std::to_string(prompt_count) + " prompts");
    if (p.inpaint && (!r.init_image || !r.mask))
        throw Error(is_inpainting_unet(info_) ? "'" + info_.name + "' is an inpainting model: give an init image and a mask"
                                                : "inpainting needs both an init image and a mask");
    if ((p.img2img || p.inpaint) && !(r.strength > 0.0 && r.strength <= 1.0))
        throw Error("strength must be above 0 and at most 1");
    resize_mode_of(r.resize_mode);  // throws for an unknown mode

    // Size: requested, else the init image's (rounded down to the VAE factor), else the model's.
    p.width = r.width, p.height = r.height;
    if (r.init_image) {
        if (p.width == 0) p.width = r.init_image->width / factor * factor;
        if (p.height == 0) p.height = r.init_image->height / factor * factor;
    }
    if (p.width == 0) p.width = info_.default_width;
    if (p.height == 0) p.height = info_.default_height;
    for (auto [value, name] : {std::pair{p.width, "width"}, std::pair{p.height, "height"}}) {
        if (value < factor || value > kMaxSide)
            throw Error(std::string(name) + " " + std::to_string(value) + " is outside " + std::to_string(factor) + "–" +
                        std::to_string(kMaxSide));
        if (value % factor != 0)
            throw Error(std::string(name) + " " + std::to_string(value) + " is not a multiple of " + std::to_string(factor));
    }
    if (static_cast<int64_t>(p.width) * p.height > kMaxPixels) throw Error("image too large (at most 4096×4096 pixels)");
    p.h = p.height / factor;
    p.w = p.width / factor;
    return p;
}

void StableDiffusionPipeline::check_request(const GenerationRequest& r) const { (void)validate(r); }

at::Tensor StableDiffusionPipeline::time_ids(const GenerationRequest& r, const Plan& p, int64_t rows) const {
    // (original h, w, crop top, left, target h, w); requests hold sizes as (width, height) and crops as (x, y).
    const auto original = r.original_size.value_or(std::pair<int, int>{p.width, p.height});
    const auto target = r.target_size.value_or(std::pair<int, int>{p.width, p.height});
    at::Tensor row = at::tensor({static_cast<float>(original.second), static_cast<float>(original.first),
                                 static_cast<float>(r.crop_top_left.second), static_cast<float>(r.crop_top_left.first),
                                 static_cast<float>(target.second), static_cast<float>(target.first)});
    return row.unsqueeze(0).repeat({rows, 1});
}

at::Tensor StableDiffusionPipeline::decode_latents(const at::Tensor& latents) {
    at::Tensor z = (latents / vae_->config().scaling_factor).to(device_, vae_->dtype());
    return vae_->decode(z).to(at::kFloat);
}

at::Tensor StableDiffusionPipeline::encode_image(const at::Tensor& image, Generators& generators) {
    VaePosterior posterior = vae_->encode(image.to(device_, vae_->dtype()));
    const int64_t batch = static_cast<int64_t>(generators.size());
    // One draw per image from its own generator, as diffusers does with a list of generators.
    posterior.mean = posterior.mean.to(at::kFloat).expand({batch, -1, -1, -1}).contiguous();
    posterior.std = posterior.std.to(at::kFloat).expand({batch, -1, -1, -1}).contiguous();
    return posterior.sample(generators) * vae_->config().scaling_factor;
}

at::Tensor StableDiffusionPipeline::encode_each(const std::vector<Image>& images, int width, int height,
                                                Generators& generators) {
    // One VAE pass per picture, as a plain img2img of each picture runs it (a batched pass may round
    // differently), then one posterior draw per image from its own generator.
    std::vector<at::Tensor> means, stds;
    for (const Image& image : images) {
        VaePosterior posterior = vae_->encode(image_to_tensor(image, width, height).to(device_, vae_->dtype()));
        means.push_back(posterior.mean.to(at::kFloat));
        stds.push_back(posterior.std.to(at::kFloat));
    }
    VaePosterior all;
    all.mean = at::cat(means).contiguous();
    all.std = at::cat(stds).contiguous();
    return all.sample(generators) * vae_->config().scaling_factor;
}

Image StableDiffusionPipeline::preview(const at::Tensor& latents, PreviewMethod method, int index) {
    c10::InferenceMode guard;
    at::Tensor one = latents.slice(0, index, index + 1);
    switch (method) {
        case PreviewMethod::Taesd:
            if (taesd_) return unit_tensor_to_image(taesd_->forward(one.to(device_, taesd_->dtype())).to(at::kFloat), 0);
            break;  // no TAESD weights: the latent->RGB map
        case PreviewMethod::Fast:
            if (!info_.previews_with_vae) break;
            [[fallthrough]];
        case PreviewMethod::FullVae:
            return tensor_to_image(decode_latents(one), 0);
        case PreviewMethod::LatentToRgb:
            break;
    }
    return unit_tensor_to_image(latent_to_rgb(one.to(at::kFloat), info_.family), 0);
}

// Everything the loop carries from one iteration to the next. Kept whole between advance() calls,
// so a paused run continues with the very scheduler object, generators and tensors it had.
struct StableDiffusionPipeline::Run final : GenerationRun {
    const StableDiffusionPipeline* owner = nullptr;
    GenerationRequest req;
    Plan plan;
    Generators generators;
    at::Tensor embeds;
    at::Tensor uncond_embeds;  // A1111 style: a negative of another length than the prompt (Conditioning)
    UNetAddedCond added;
    // A1111 prompt editing or AND: the conditioning changes per step (then `embeds` is unused).
    std::unique_ptr<ScheduledConditioning> scheduled;
    std::unique_ptr<Scheduler> scheduler;
    std::string scheduler_label;
    at::Tensor timesteps;
    at::Tensor latents_, noise, image_latents, mask, unet_mask, unet_masked, denoised_;
    bool unet9 = false;
    StepFeatureCache deep_cache{0};  // DeepCache (deep_cache.h): this run's only, never another's
    std::vector<LoraUse> loras;  // the LoRAs this run's UNet steps with (applied again by advance())
    int64_t done = 0;
    double seconds = 0;
    double encode_seconds = 0;  // prompt encoding (GenerationResult::encode_seconds)
    // Set by advance() from its observer's wants_guidance_parts(); the current step's parts
    // (StepInfo::denoised_cond / denoised_uncond), undefined on steps without guidance.
    bool want_guidance_parts = false;
    at::Tensor denoised_cond, denoised_uncond;

    const GenerationRequest& request() const override { return req; }
    int steps_done() const override { return static_cast<int>(done); }
    int total_steps() const override { return static_cast<int>(timesteps.numel()); }
    at::Tensor latents() const override { return latents_; }
    at::Tensor denoised() const override { return denoised_; }
};

namespace {

// StepInfo::denoised_cond / denoised_uncond: the x0 estimate the scheduler's step would return for
// the prompt's and for the negative prompt's model output alone. Each is stepped on a copy of the
// scheduler and of the generators, so the run's own state (step index, multistep history, random
// draws) stays untouched and the estimates are exactly the conversion that makes StepInfo::denoised
// (epsilon, v-prediction, the first or second stage of Heun/KDPM2 alike). Where that conversion is
// affine in the model output (no thresholding or clipping), the guided estimate at scale s is
// uncond + s * (cond - uncond). Costs two scheduler steps, no UNet call. What "cond" is: the
// prompt in effect at this step (prompt editing: the step's text); with AND, the sub-prompts
// composed as guidance composes them at scale 1 (step_scheduled). img2img and inpainting: the same
// conversion at the step's x_t (which started from the noised init image); a 4-channel model's
// inpainting pastes the known region back only into the latents, so the parts, like
// StepInfo::denoised, cover the whole picture; an inpainting UNet sees mask and masked image in both.
std::pair<at::Tensor, at::Tensor> guidance_parts(const Scheduler& scheduler, const at::Tensor& cond_output,
                                                 const at::Tensor& uncond_output, const at::Tensor& t,
                                                 const at::Tensor& sample, const Generators& generators) {
    auto x0_of = [&](const at::Tensor& model_output) {
        std::unique_ptr<Scheduler> copy = scheduler.clone();
        Generators draws = generators.clone();
        return copy->step(model_output, t, sample, draws).denoised;
    };
    return {x0_of(cond_output), x0_of(uncond_output)};
}

// The loop's timesteps: the whole schedule, or for img2img/inpaint below strength 1 diffusers'
// get_timesteps: the first (1 - strength) of the schedule skipped.
at::Tensor denoising_timesteps(const Scheduler& scheduler, const GenerationRequest& r, bool strength_max) {
    at::Tensor timesteps = scheduler.timesteps();
    if (strength_max) return timesteps;
    const int init_timestep = img2img_denoising_steps(r.steps, r.strength);
    const int t_start = std::max(r.steps - init_timestep, 0);
    timesteps = timesteps.slice(0, static_cast<int64_t>(t_start) * scheduler.order());
    if (timesteps.numel() == 0)
        throw Error("strength " + std::to_string(r.strength) + " with " + std::to_string(r.steps) +
                    " steps leaves no step to run: raise the strength or the steps");
    return timesteps;
}

}  // namespace

int64_t StableDiffusionPipeline::loop_iterations(const GenerationRequest& r, bool img2img) const {
    auto scheduler = make_scheduler(r.scheduler, files_.scheduler_config, scheduler_overrides(r.scheduler_options));
    scheduler->set_timesteps(r.steps);
    return denoising_timesteps(*scheduler, r, !img2img || r.strength >= 1.0).numel();
}

std::unique_ptr<GenerationRun> StableDiffusionPipeline::start(const GenerationRequest& r) {
    if (r.hires)
        throw Error("hires fix runs only as a whole generation, not step by step (seed triage): turn it off here");
    if (r.face_detail)
        throw Error("the face detailer runs only as a whole generation, not step by step (seed triage): turn it off here");
    return start_run(r, nullptr);
}

std::unique_ptr<GenerationRun> StableDiffusionPipeline::start_run(const GenerationRequest& r, const SecondPassStart* second) {
    const auto start_time = Clock::now();
    auto run = std::make_unique<Run>();
    run->owner = this;
    run->req = r;
    run->plan = validate(r);
    if (second) run->plan.img2img = true;  // the request carries no init image: `second` is its start
    const Plan& p = run->plan;
    // The one place extra-network tags are handled: the first prompt's <lora:…> tags select the
    // LoRAs (applied here, kept while the set stays the same), and the prompts are encoded without
    // any tag. `run->req` keeps them for the infotext.
    const GenerationRequest text_request = apply_prompt_loras(r);
    run->loras = loras_->applied();
    c10::InferenceMode guard;
    run->generators = make_generators(r.seeds, r.noise_source);
    Generators& generators = run->generators;
    // img2img/inpaint VAE posterior samples: on the CPU source they come from the noise generators,
    // in diffusers' order. A1111 never draws them from its per-image source, so with GPU/NV they
    // come from CPU generators of the same seeds and the first Philox draw stays the initial noise.
    Generators vae_own;
    if (r.noise_source != NoiseSource::CPU) vae_own = make_generators(r.seeds);
    Generators& vae_generators = r.noise_source == NoiseSource::CPU ? generators : vae_own;
    const int64_t B = p.batch;

    // Prompt embeddings, unconditional half first (diffusers' order).
    const auto encode_start = Clock::now();
    if (needs_scheduled_conditioning(text_request, r.steps)) {
        run->scheduled = std::make_unique<ScheduledConditioning>(text_, text_request, B, p.cfg, device_, dtype_);
    } else {
        Conditioning cond = encode_prompts(text_, text_request, B, p.cfg, device_);
        run->embeds = cond.embeds.to(device_, dtype_);
        if (cond.uncond_embeds.defined()) run->uncond_embeds = cond.uncond_embeds.to(device_, dtype_);
        if (text_.sdxl()) {
            run->added.text_embeds = cond.pooled.to(device_, dtype_);
            run->added.time_ids = time_ids(r, p, cond.pooled.size(0)).to(device_, dtype_);
        }
    }
    run->encode_seconds = seconds_since(encode_start);

    run->scheduler = make_scheduler(r.scheduler, files_.scheduler_config, scheduler_overrides(r.scheduler_options));
    Scheduler& scheduler = *run->scheduler;
    scheduler.set_timesteps(r.steps);
    run->scheduler_label = describe_sampler(scheduler.class_name(), scheduler.config()).label;
    const bool strength_max = !(p.img2img || p.inpaint) || r.strength >= 1.0;
    const at::Tensor timesteps = denoising_timesteps(scheduler, r, strength_max);
    run->timesteps = timesteps;
    const std::vector<int64_t> shape{B, info_.latent_channels, p.h, p.w};

    // Initial latents, drawing from the generators in diffusers' order.
    at::Tensor masked_image_latents;
    if (second) {
        // A hires fix second pass: exactly a plain img2img of each image's own start (its picture
        // encoded as encode_image encodes an init image, drawing the posterior sample first; or its
        // latents, drawing nothing), then the noise, in diffusers' order.
        if (second->latents.defined()) {
            if (second->latents.sizes() != at::IntArrayRef(shape)) throw Error("internal: second-pass latents of the wrong shape");
            run->image_latents = second->latents.to(at::kFloat).contiguous();
        } else {
            if (second->images.size() != static_cast<size_t>(B)) throw Error("internal: one second-pass image per seed expected");
            run->image_latents = encode_each(second->images, p.width, p.height, vae_generators);
        }
        run->noise = initial_noise(shape, generators, r, info_.vae_scale_factor);
        run->latents_ = scheduler.add_noise(run->image_latents, run->noise, timesteps.slice(0, 0, 1).repeat({B}));
    } else if (p.img2img || p.inpaint) {
        // Another aspect: A1111's resize mode first (just resize is image_to_tensor's own Lanczos).
        const ResizeMode mode = resize_mode_of(r.resize_mode);
        const auto fitted = [&](const Image& picture) {
            return mode == ResizeMode::JustResize ? picture : resize_image(picture, p.width, p.height, mode);
        };
        const MaskedContent content = masked_content_of(r.masked_content);
        Image start_picture = fitted(*r.init_image);
        if (p.inpaint && content != MaskedContent::Original) {
            // A1111 paints the masked part with the surrounding colours for every choice but "original".
            const Image mask_at_size = resize_image(*r.mask, start_picture.width, start_picture.height, mode);
            start_picture = fill_masked_area(start_picture, mask_at_size);
        }
        at::Tensor image = image_to_tensor(start_picture, p.width, p.height);
        const at::Tensor t0 = timesteps.slice(0, 0, 1).repeat({B});
        if (p.inpaint) {
            at::Tensor mask_full = mask_to_tensor(fitted(*r.mask), p.width, p.height);
            const bool unet9 = is_inpainting_unet(info_);
            if (!unet9 || !strength_max) run->image_latents = encode_image(image, vae_generators);
            run->noise = initial_noise(shape, generators, r, info_.vae_scale_factor);
            if (run->image_latents.defined() &&
                (content == MaskedContent::LatentNoise || content == MaskedContent::LatentNothing)) {
                // A1111: the masked part of the start latents becomes the seed's noise, or zeros.
                const at::Tensor m = at::upsample_nearest2d(mask_full, {p.h, p.w});
                run->image_latents = run->image_latents * (1 - m) +
                                     (content == MaskedContent::LatentNoise ? run->noise * m : at::zeros_like(run->image_latents));
            }
            run->latents_ = strength_max ? run->noise * scheduler.init_noise_sigma()
                                        : scheduler.add_noise(run->image_latents, run->noise, t0);
            at::Tensor masked_image = image * (mask_full < 0.5);
            run->mask = at::upsample_nearest2d(mask_full, {p.h, p.w}).expand({B, -1, -1, -1}).contiguous();
            masked_image_latents = encode_image(masked_image, vae_generators);
        } else {
            run->image_latents = encode_image(image, vae_generators);
            run->noise = initial_noise(shape, generators, r, info_.vae_scale_factor);
            run->latents_ = scheduler.add_noise(run->image_latents, run->noise, t0);
        }
    } else {
        run->latents_ = initial_noise(shape, generators, r, info_.vae_scale_factor) * scheduler.init_noise_sigma();
    }
    if (r.eta_noise_seed_delta != 0) {
        // A1111's ENSD: step noise from fresh generators seeded seed + delta (uint64 wrap-around).
        std::vector<uint64_t> step_seeds = r.seeds;
        for (uint64_t& s : step_seeds) s += static_cast<uint64_t>(r.eta_noise_seed_delta);
        run->generators = make_generators(step_seeds, r.noise_source);
    }
    // A1111's DPM++ SDE step noise: Brownian trees over the image seeds (ENSD does not apply).
    if (r.sde_noise == SdeNoise::BrownianTree) use_brownian_step_noise(scheduler, r.seeds, r.noise_source);
    run->unet9 = is_inpainting_unet(info_);
    run->deep_cache = StepFeatureCache(r.deep_cache_interval);
    if (p.inpaint && run->unet9) {
        const at::Tensor& m = run->mask;
        run->unet_mask = (p.cfg ? at::cat({m, m}) : m).to(device_, dtype_);
        run->unet_masked =
            (p.cfg ? at::cat({masked_image_latents, masked_image_latents}) : masked_image_latents).to(device_, dtype_);
    }
    run->seconds = seconds_since(start_time);
    return run;
}

// One denoiser call with A1111's per-step conditioning (scheduled_conditioning.h): the UNet runs on
// the unconditional rows (one per image) and on one row per sub-prompt of each image, in one pass
// when their token lengths agree, and the predictions combine as A1111's CFGDenoiser does.
void StableDiffusionPipeline::step_scheduled(Run& run, int64_t i) {
    const GenerationRequest& r = run.req;
    const Plan& p = run.plan;
    Scheduler& scheduler = *run.scheduler;
    const at::Tensor t = run.timesteps[i];
    const StepConditioning& c = run.scheduled->at_step(static_cast<int>(i));
    const int64_t B = run.latents_.size(0);
    const at::Tensor x = scheduler.scale_model_input(run.latents_, t);
    const at::Tensor image_rows = at::arange(B, at::kLong);
    const at::Tensor cond_rows = at::tensor(c.cond_image, at::kLong);
    auto input = [&](const at::Tensor& rows) {
        at::Tensor in = x.index_select(0, rows).to(device_, dtype_);
        if (run.unet_mask.defined()) {
            const at::Tensor mask = run.unet_mask.slice(0, 0, B).index_select(0, rows.to(device_));
            const at::Tensor masked = run.unet_masked.slice(0, 0, B).index_select(0, rows.to(device_));
            in = at::cat({in, mask, masked}, 1);
        }
        return in;
    };
    auto added = [&](const at::Tensor& pooled) {
        if (!pooled.defined()) return UNetAddedCond{};
        return UNetAddedCond{pooled, time_ids(r, p, pooled.size(0)).to(device_, dtype_)};
    };
    const int64_t n = cond_rows.numel();
    at::Tensor eps_cond, eps_uncond;
    if (c.uncond.defined() && c.uncond.size(1) == c.cond.size(1)) {
        const at::Tensor pooled = text_.sdxl() ? at::cat({c.uncond_pooled, c.cond_pooled}) : at::Tensor();
        at::Tensor both = run.deep_cache.forward(*unet_, i, 0, at::cat({input(image_rows), input(cond_rows)}), t,
                                                 at::cat({c.uncond, c.cond}), added(pooled))
                              .to(at::kCPU, at::kFloat);
        eps_uncond = both.slice(0, 0, B);
        eps_cond = both.slice(0, B, B + n);
    } else {
        eps_cond = run.deep_cache.forward(*unet_, i, 2, input(cond_rows), t, c.cond, added(c.cond_pooled))
                       .to(at::kCPU, at::kFloat);
        if (c.uncond.defined())
            eps_uncond = run.deep_cache.forward(*unet_, i, 1, input(image_rows), t, c.uncond, added(c.uncond_pooled))
                             .to(at::kCPU, at::kFloat);
    }
    at::Tensor noise_pred;
    if (!eps_uncond.defined()) {
        noise_pred = eps_cond;  // unguided, and every image has one sub-prompt of weight 1
    } else {
        noise_pred = eps_uncond.clone();
        for (int64_t j = 0; j < n; ++j) {
            const int64_t b = c.cond_image[static_cast<size_t>(j)];
            noise_pred[b].add_((eps_cond[j] - eps_uncond[b]) * (c.cond_weight[static_cast<size_t>(j)] * r.guidance_scale));
        }
        if (run.want_guidance_parts) {
            // With AND the prompt's part is its sub-prompts composed as guidance composes them, at
            // scale 1: uncond + sum_j w_j (cond_j - uncond), so noise_pred = uncond + s (that - uncond).
            // One sub-prompt of weight 1 (and prompt editing) makes it the prompt's output itself.
            at::Tensor composed = eps_uncond.clone();
            for (int64_t j = 0; j < n; ++j) {
                const int64_t b = c.cond_image[static_cast<size_t>(j)];
                composed[b].add_((eps_cond[j] - eps_uncond[b]) * c.cond_weight[static_cast<size_t>(j)]);
            }
            std::tie(run.denoised_cond, run.denoised_uncond) =
                guidance_parts(scheduler, composed, eps_uncond, t, run.latents_, run.generators);
        }
    }
    SchedulerStepOutput out = scheduler.step(noise_pred, t, run.latents_, run.generators);
    run.latents_ = out.prev_sample;
    run.denoised_ = out.denoised.defined() ? out.denoised : run.latents_;
}

bool StableDiffusionPipeline::advance(GenerationRun& base, int until_step, StepObserver* observer,
                                      RunControl* control) {
    Run* run = dynamic_cast<Run*>(&base);
    if (!run || run->owner != this) throw Error("this generation run belongs to another pipeline");
    const auto start_time = Clock::now();
    // A paused run continues with its own LoRAs, whatever another run applied meanwhile (a no-op
    // when they are the ones applied).
    loras_->apply(run->loras);
    c10::InferenceMode guard;
    const Plan& p = run->plan;
    const GenerationRequest& r = run->req;
    Scheduler& scheduler = *run->scheduler;
    const at::Tensor& timesteps = run->timesteps;
    const int64_t total = timesteps.numel();
    const int64_t stop = until_step <= 0 ? total : std::min<int64_t>(until_step, total);
    bool completed = true;
    while (run->done < stop) {
        const int64_t i = run->done;
        if (control && control->cancel) {
            completed = false;
            break;
        }
        if (control && control->finish_now && run->denoised_.defined()) break;
        const auto step_start = Clock::now();
        // Once per run, before its first UNet call (a paused run continues without a second report).
        if (observer && i == 0) observer->on_stage(PipelineStage::Denoising);
        const at::Tensor t = timesteps[i];
        run->want_guidance_parts = observer && observer->wants_guidance_parts();
        run->denoised_cond = run->denoised_uncond = at::Tensor();
        if (run->scheduled) {
            step_scheduled(*run, i);
        } else {
        at::Tensor model_input = p.cfg ? at::cat({run->latents_, run->latents_}) : run->latents_;
        model_input = scheduler.scale_model_input(model_input, t);
        at::Tensor unet_input = model_input.to(device_, dtype_);
        if (run->unet_mask.defined()) unet_input = at::cat({unet_input, run->unet_mask, run->unet_masked}, 1);
        at::Tensor noise_pred;
        if (run->uncond_embeds.defined()) {
            // Prompt and negative of different lengths: one UNet pass each, as A1111 does.
            auto halves = unet_input.chunk(2);
            auto half_added = [&](int64_t h) {
                if (!run->added.text_embeds.defined()) return run->added;
                return UNetAddedCond{run->added.text_embeds.chunk(2)[h], run->added.time_ids.chunk(2)[h]};
            };
            noise_pred = at::cat({run->deep_cache.forward(*unet_, i, 1, halves[0], t, run->uncond_embeds, half_added(0)),
                                  run->deep_cache.forward(*unet_, i, 2, halves[1], t, run->embeds, half_added(1))})
                             .to(at::kCPU, at::kFloat);
        } else {
            noise_pred = run->deep_cache.forward(*unet_, i, 0, unet_input, t, run->embeds, run->added)
                             .to(at::kCPU, at::kFloat);
        }
        if (p.cfg) {
            auto halves = noise_pred.chunk(2);
            noise_pred = halves[0] + r.guidance_scale * (halves[1] - halves[0]);
            if (run->want_guidance_parts)
                std::tie(run->denoised_cond, run->denoised_uncond) =
                    guidance_parts(scheduler, halves[1], halves[0], t, run->latents_, run->generators);
        }
        SchedulerStepOutput out = scheduler.step(noise_pred, t, run->latents_, run->generators);
        run->latents_ = out.prev_sample;
        run->denoised_ = out.denoised.defined() ? out.denoised : run->latents_;
        }
        if (p.inpaint && !run->unet9) {
            // A plain 4-channel model inpaints by re-noising the known region to the next timestep.
            at::Tensor proper = run->image_latents;
            if (i < total - 1) proper = scheduler.add_noise(proper, run->noise, timesteps.slice(0, i + 1, i + 2));
            run->latents_ = (1 - run->mask) * proper + run->mask * run->latents_;
        }
        run->done = i + 1;
        if (observer) {
            StepInfo info;
            info.step = static_cast<int>(i + 1);
            info.total = static_cast<int>(total);
            info.timestep = t.item<double>();
            info.seconds = seconds_since(step_start);
            info.latents = run->latents_;
            info.denoised = run->denoised_;
            info.denoised_cond = run->denoised_cond;
            info.denoised_uncond = run->denoised_uncond;
            observer->on_step(info);
        }
    }
    run->seconds += seconds_since(start_time);
    return completed;
}

GenerationResult StableDiffusionPipeline::finish(GenerationRun& base) {
    Run* run = dynamic_cast<Run*>(&base);
    if (!run || run->owner != this) throw Error("this generation run belongs to another pipeline");
    const auto start_time = Clock::now();
    c10::InferenceMode guard;
    GenerationResult result;
    result.seeds = run->req.seeds;
    result.steps_done = static_cast<int>(run->done);
    result.total_steps = static_cast<int>(run->timesteps.numel());
    result.scheduler_label = run->scheduler_label;
    // A run stopped early ("finish now", or a triage preview) decodes its x0 estimate, not the noisy latents.
    const bool early = run->done < run->timesteps.numel();
    if (early && !run->denoised_.defined()) throw Error("the generation has not run a step yet: nothing to decode");
    at::Tensor decoded = decode_latents(early ? run->denoised_ : run->latents_);
    for (int64_t b = 0; b < run->plan.batch; ++b) result.images.push_back(tensor_to_image(decoded, static_cast<int>(b)));
    const GenerationRequest& r = run->req;
    if (r.inpaint_composite && r.mask && r.init_image) {
        const ResizeMode mode = resize_mode_of(r.resize_mode);
        const int w = run->plan.width, h = run->plan.height;
        const Image original = resize_image(*r.init_image, w, h, mode), mask = resize_image(*r.mask, w, h, mode);
        for (Image& image : result.images) image = composite_inpaint(image, original, mask, r.mask_blur);
    }
    result.decode_seconds = seconds_since(start_time);
    result.encode_seconds = run->encode_seconds;
    run->seconds += seconds_since(start_time);
    result.seconds = run->seconds;
    return result;
}

GenerationResult StableDiffusionPipeline::cancelled_result(const GenerationRun& base) const {
    const Run& run = dynamic_cast<const Run&>(base);
    GenerationResult result;
    result.seeds = run.req.seeds;
    result.cancelled = true;
    result.steps_done = run.steps_done();
    result.total_steps = run.total_steps();
    result.scheduler_label = run.scheduler_label;
    result.seconds = run.seconds;
    return result;
}

double StableDiffusionPipeline::encode_seconds_of(const GenerationRun& run) const {
    return dynamic_cast<const Run&>(run).encode_seconds;
}

GenerationResult StableDiffusionPipeline::generate(const GenerationRequest& r, StepObserver* observer,
                                                   RunControl* control) {
    if (r.face_detail) return generate_face_detailed(*this, r, observer, control);
    if (r.inpaint_only_masked && r.mask && r.init_image) return generate_only_masked(*this, r, observer, control);
    if (r.hires) return generate_hires(r, observer, control);
    // start() encodes the prompts, finish() decodes: the stages are reported around them.
    if (observer) observer->on_stage(PipelineStage::TextEncoder);
    std::unique_ptr<GenerationRun> run = start(r);
    if (!advance(*run, r.stop_at_step, observer, control)) return cancelled_result(*run);
    if (observer) observer->on_stage(PipelineStage::VaeDecode);
    return finish(*run);
}

at::Tensor StableDiffusionPipeline::encode(const Image& image, int width, int height) {
    if (image.empty()) throw Error("cannot encode an empty image");
    c10::InferenceMode guard;
    const int factor = info_.vae_scale_factor;
    if (width <= 0) width = image.width / factor * factor;
    if (height <= 0) height = image.height / factor * factor;
    if (width < factor || height < factor || width % factor || height % factor)
        throw Error("cannot encode at " + std::to_string(width) + "x" + std::to_string(height) +
                    ": sides must be multiples of " + std::to_string(factor));
    at::Tensor pixels = image_to_tensor(image, width, height);
    VaePosterior posterior = vae_->encode(pixels.to(device_, vae_->dtype()));
    return (posterior.mean.to(at::kCPU, at::kFloat) * vae_->config().scaling_factor).contiguous();
}

// Read once per model load, not lazily per prompt: embedding files are small and bounded
// (text/textual_inversion.h), finding a name in a prompt needs every name tokenized anyway, and a
// library fixed at load is immutable, so the token counter's thread reads it without locks. A
// file added to a folder later is seen at the next model load (A1111 rescans on a folder's mtime).
void StableDiffusionPipeline::load_embeddings(const PipelineOptions& options) {
    if (options.embedding_dirs.empty()) return;
    attach_embeddings(text_, EmbeddingLibrary::load(options.embedding_dirs, embedding_widths(text_)));
}

GenerationRequest StableDiffusionPipeline::apply_prompt_loras(const GenerationRequest& r) {
    GenerationRequest stripped = r;
    std::vector<LoraTag> tags;
    if (r.prompts.empty()) {
        PromptExtraNetworks parsed = parse_extra_networks(r.prompt);
        tags = lora_tags(parsed.tags);
        stripped.prompt = std::move(parsed.text);
    } else {
        BatchExtraNetworks parsed = parse_batch_extra_networks(r.prompts);
        tags = std::move(parsed.loras);
        stripped.prompts = std::move(parsed.prompts);
    }
    // Negative prompts keep their text: A1111 neither strips nor applies tags there.
    std::vector<LoraUse> set;
    for (const auto& tag : tags)
        set.push_back({tag.name, find_lora_file(tag.name, lora_dirs_), tag.te_multiplier, tag.unet_multiplier});
    loras_->apply(set);
    return stripped;
}

std::vector<std::pair<std::string, std::string>> StableDiffusionPipeline::lora_hashes(const GenerationRequest& r) {
    const std::string& first = r.prompts.empty() ? r.prompt : r.prompts.front();
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& tag : lora_tags(parse_extra_networks(first).tags)) {
        const std::string path = find_lora_file(tag.name, lora_dirs_);
        std::error_code ec;
        const std::string key = path + "|" + std::to_string(std::filesystem::file_size(path, ec)) + "|" +
                                std::to_string(std::filesystem::last_write_time(path, ec).time_since_epoch().count());
        auto it = lora_hash_cache_.find(key);
        if (it == lora_hash_cache_.end()) it = lora_hash_cache_.emplace(key, lora_short_hash(path)).first;
        // A1111 writes the mentioned name without ':' and ',' (they would break the infotext).
        std::string name;
        for (char c : tag.name)
            if (c != ':' && c != ',') name += c;
        out.emplace_back(name, it->second);
    }
    return out;
}

std::vector<std::pair<std::string, at::Tensor>> StableDiffusionPipeline::weights() const {
    std::vector<std::pair<std::string, at::Tensor>> out;
    auto add = [&](const std::string& prefix, const torch::nn::Module& module) {
        for (const auto& p : module.named_parameters(true)) out.emplace_back(prefix + p.key(), p.value());
        for (const auto& b : module.named_buffers(true)) out.emplace_back(prefix + b.key(), b.value());
    };
    add("unet.", *unet_);
    add("text_encoder.", *text_.text_encoder);
    if (text_.text_encoder_2) add("text_encoder_2.", *text_.text_encoder_2);
    add("vae.", *vae_);
    return out;
}

at::Tensor StableDiffusionPipeline::alphas_cumprod() const { return training_alphas_cumprod(files_.scheduler_config); }

std::unique_ptr<Pipeline> Pipeline::load(const std::string& model_path, const PipelineOptions& options) {
    if (model_path.empty()) throw Error("no model given");
    if (is_pickle_checkpoint_path(model_path)) refuse_pickle_checkpoint(model_path);
    if (!std::filesystem::is_regular_file(model_path)) {
        ModelFiles files = locate_model_files(model_path, options.taesd_dir);
        if (!options.prediction_type.empty())
            files.scheduler_config["prediction_type"] = normalize_prediction_type(options.prediction_type);
        auto pipeline = std::make_unique<StableDiffusionPipeline>(files, options);
        if (!options.prediction_type.empty()) pipeline->set_prediction_source("override");
        return pipeline;
    }
    // A single-file checkpoint: weights from the file, architecture and tokenizers from --config
    // or from the published configs shipped in resources/.
    const SingleFileComponents single = read_single_file(model_path);
    ModelFiles files;
    std::string prediction_source;
    if (options.config_dir.empty()) {
        const SingleFileConfig chosen = choose_single_file_config(single, options.prediction_type, resources_dir());
        files = locate_model_files(chosen.config_dir, options.taesd_dir);
        files.scheduler_config.update(chosen.scheduler_overrides);
        files.unet_config_overrides = chosen.unet_overrides;
        prediction_source = chosen.prediction_source;
    } else {
        files = locate_model_files(options.config_dir, options.taesd_dir);
        if (!options.prediction_type.empty()) {
            files.scheduler_config["prediction_type"] = normalize_prediction_type(options.prediction_type);
            prediction_source = "override";
        }
    }
    if (files.taesd_decoder.empty())
        files.taesd_decoder = find_taesd_decoder(std::filesystem::path(model_path).parent_path().string(),
                                                 options.taesd_dir, single.family == ModelFamily::SDXL);
    auto pipeline = std::make_unique<StableDiffusionPipeline>(files, options, &single);
    pipeline->set_prediction_source(prediction_source);
    return pipeline;
}

}  // namespace stipple
