// Architecture of the built-in model "Stipple Shapes" as diffusers config.json objects: a small
// CLIP text encoder, AutoencoderKL and UNet2DConditionModel, plus SD's scaled_linear schedule.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace stipple::training {

struct BuiltinSize {
    std::vector<int64_t> vae_channels;   // VAE block_out_channels (factor 2^(n-1))
    int64_t vae_groups = 16;
    std::vector<int64_t> unet_channels;  // UNet block_out_channels
    int64_t unet_heads = 4;
    int64_t unet_groups = 32;
    int64_t unet_layers = 1;
    bool unet_attention_full_res = false;  // cross-attention at the full latent resolution too
    int64_t text_hidden = 128, text_layers = 2, text_heads = 4, text_intermediate = 512;
    int max_length = 32;                 // tokens, bos and eos included
};

// "full" (the first shipped model), "wide" (wider UNet with attention at every level), "class" (the
// class preset's, for 32x32 scenes) or "tiny" (smoke tests). Throws stipple::Error for other names.
BuiltinSize builtin_size(const std::string& name);

nlohmann::json text_encoder_config(const BuiltinSize& s, int64_t vocab_size, int64_t bos, int64_t eos, int64_t pad);
nlohmann::json vae_config(const BuiltinSize& s, int canvas, double scaling_factor);
nlohmann::json unet_config(const BuiltinSize& s, int canvas);
// DPMSolverMultistepScheduler (DPM++ 2M Karras) over SD's 1000-step scaled_linear betas.
nlohmann::json scheduler_config();
// The sampler settings the model is evaluated with and recommends to the app and the CLI (written
// to model_index.json as "_stipple_recommended"; the sampler is the scheduler config's own). Chosen
// by a sweep on a validation seed, not on eval-builtin's (see the model card).
constexpr double kRecommendedCfg = 3.0;
constexpr int kRecommendedSteps = 15;
// The folder's model_index.json, recommending `cfg` and `steps` (see above).
nlohmann::json model_index(double cfg = kRecommendedCfg, int steps = kRecommendedSteps);
nlohmann::json tokenizer_config(int max_length);

// SD's training schedule: alphas_cumprod of scaled_linear betas 0.00085..0.012 over 1000 steps.
std::vector<double> alphas_cumprod();

}  // namespace stipple::training
