#include "training/builtin_configs.h"

#include "common/error.h"
#include "stipple_version.h"

#include <cmath>

namespace stipple::training {

BuiltinSize builtin_size(const std::string& name) {
    BuiltinSize s;
    if (name == "full") {
        s.vae_channels = {16, 32, 64};
        s.vae_groups = 8;
        s.unet_channels = {32, 64, 128};
        s.unet_heads = 4;
        s.unet_groups = 16;
        s.text_hidden = 128;
        s.text_layers = 2;
        s.text_heads = 4;
        s.text_intermediate = 512;
        return s;
    }
    if (name == "wide") {
        s = builtin_size("full");
        s.unet_channels = {64, 128, 128};
        s.unet_groups = 32;
        s.unet_attention_full_res = true;
        return s;
    }
    if (name == "tiny") {
        s.vae_channels = {8, 16, 16};
        s.vae_groups = 8;
        s.unet_channels = {16, 32, 32};
        s.unet_heads = 2;
        s.unet_groups = 8;
        s.text_hidden = 32;
        s.text_layers = 1;
        s.text_heads = 2;
        s.text_intermediate = 64;
        return s;
    }
    if (name == "class") {
        // The class preset's (builtin_presets.h): between tiny and full, for 32x32 scenes in ten minutes.
        s.vae_channels = {16, 32, 32};
        s.vae_groups = 8;
        s.unet_channels = {32, 64, 64};
        s.unet_heads = 4;
        s.unet_groups = 16;
        s.text_hidden = 64;
        s.text_layers = 2;
        s.text_heads = 4;
        s.text_intermediate = 256;
        return s;
    }
    throw Error("unknown built-in model size '" + name + "' (full, wide, class or tiny)");
}

nlohmann::json text_encoder_config(const BuiltinSize& s, int64_t vocab_size, int64_t bos, int64_t eos, int64_t pad) {
    return {{"_name_or_path", "stipple-shapes"},
            {"architectures", {"CLIPTextModel"}},
            {"model_type", "clip_text_model"},
            {"vocab_size", vocab_size},
            {"hidden_size", s.text_hidden},
            {"intermediate_size", s.text_intermediate},
            {"projection_dim", s.text_hidden},
            {"num_hidden_layers", s.text_layers},
            {"num_attention_heads", s.text_heads},
            {"max_position_embeddings", s.max_length},
            {"hidden_act", "quick_gelu"},
            {"layer_norm_eps", 1e-5},
            {"bos_token_id", bos},
            {"eos_token_id", eos},
            {"pad_token_id", pad},
            {"torch_dtype", "float32"}};
}

nlohmann::json vae_config(const BuiltinSize& s, int canvas, double scaling_factor) {
    const size_t n = s.vae_channels.size();
    return {{"_class_name", "AutoencoderKL"},
            {"_diffusers_version", "0.25.1"},
            {"act_fn", "silu"},
            {"block_out_channels", s.vae_channels},
            {"down_block_types", std::vector<std::string>(n, "DownEncoderBlock2D")},
            {"up_block_types", std::vector<std::string>(n, "UpDecoderBlock2D")},
            {"in_channels", 3},
            {"out_channels", 3},
            {"latent_channels", 4},
            {"layers_per_block", 1},
            {"norm_num_groups", s.vae_groups},
            {"sample_size", canvas},
            {"scaling_factor", scaling_factor},
            {"force_upcast", false}};
}

nlohmann::json unet_config(const BuiltinSize& s, int canvas) {
    const int64_t factor = int64_t{1} << (3 - 1);  // the VAE has three levels
    const size_t n = s.unet_channels.size();
    std::vector<std::string> down, up;
    // Cross-attention below the full latent resolution only (as SDXL): cheap, and the prompt still
    // reaches every level through the skips.
    const bool full = s.unet_attention_full_res;
    for (size_t i = 0; i < n; ++i) down.push_back(i == 0 && !full ? "DownBlock2D" : "CrossAttnDownBlock2D");
    for (size_t i = 0; i < n; ++i) up.push_back(i + 1 < n || full ? "CrossAttnUpBlock2D" : "UpBlock2D");
    return {{"_class_name", "UNet2DConditionModel"},
            {"_diffusers_version", "0.25.1"},
            {"act_fn", "silu"},
            {"attention_head_dim", s.unet_heads},
            {"block_out_channels", s.unet_channels},
            {"center_input_sample", false},
            {"cross_attention_dim", s.text_hidden},
            {"down_block_types", down},
            {"up_block_types", up},
            {"mid_block_type", "UNetMidBlock2DCrossAttn"},
            {"downsample_padding", 1},
            {"flip_sin_to_cos", true},
            {"freq_shift", 0},
            {"in_channels", 4},
            {"out_channels", 4},
            {"layers_per_block", s.unet_layers},
            {"mid_block_scale_factor", 1},
            {"norm_eps", 1e-5},
            {"norm_num_groups", s.unet_groups},
            {"sample_size", canvas / factor},
            {"use_linear_projection", true},
            // The prompt also reaches every ResNet through the time embedding (attention-pooled
            // tokens): global attributes such as the background color are learned much sooner than
            // through cross-attention alone.
            {"addition_embed_type", "text"},
            {"addition_embed_type_num_heads", s.text_heads}};
}

nlohmann::json scheduler_config() {
    return {{"_class_name", "DPMSolverMultistepScheduler"},
            {"_diffusers_version", "0.25.1"},
            {"beta_start", 0.00085},
            {"beta_end", 0.012},
            {"beta_schedule", "scaled_linear"},
            {"num_train_timesteps", 1000},
            // v-prediction: at high noise the target is mostly the clean latent, so the loss rewards
            // reading the prompt where the composition is decided (epsilon barely depends on it there).
            {"prediction_type", "v_prediction"},
            {"algorithm_type", "dpmsolver++"},
            {"solver_order", 2},
            {"solver_type", "midpoint"},
            {"lower_order_final", true},
            {"use_karras_sigmas", true},
            {"timestep_spacing", "leading"},
            {"steps_offset", 1},
            {"thresholding", false},
            // Read by the other samplers a user may pick. Without clip_sample=false, DDIM and DDPM
            // apply diffusers' default clip of x0 to [-1, 1], and this model's latents (scaled to
            // unit variance) reach well past that: they drew garbage. As SD's own config has it.
            {"clip_sample", false},
            {"set_alpha_to_one", false},
            {"skip_prk_steps", true},
            {"trained_betas", nullptr}};
}

nlohmann::json model_index(double cfg, int steps) {
    return {{"_class_name", "StableDiffusionPipeline"},
            {"_diffusers_version", "0.25.1"},
            {"_stipple_model", std::string("stipple-shapes (Stipple ") + STIPPLE_VERSION + ")"},
            {"_stipple_recommended", {{"guidance_scale", cfg}, {"num_inference_steps", steps}}},
            {"feature_extractor", {nullptr, nullptr}},
            {"safety_checker", {nullptr, nullptr}},
            {"requires_safety_checker", false},
            {"scheduler", {"diffusers", "DPMSolverMultistepScheduler"}},
            {"text_encoder", {"transformers", "CLIPTextModel"}},
            {"tokenizer", {"stipple", "SentencePieceTokenizer"}},
            {"unet", {"diffusers", "UNet2DConditionModel"}},
            {"vae", {"diffusers", "AutoencoderKL"}}};
}

nlohmann::json tokenizer_config(int max_length) {
    return {{"tokenizer_class", "SentencePieceTokenizer"},
            {"model_max_length", max_length},
            {"bos_token", "<s>"},
            {"eos_token", "</s>"},
            {"pad_token", "<pad>"},
            {"unk_token", "<unk>"}};
}

std::vector<double> alphas_cumprod() {
    std::vector<double> out(1000);
    double prod = 1;
    const double a = std::sqrt(0.00085), b = std::sqrt(0.012);
    for (int i = 0; i < 1000; ++i) {
        const double s = a + (b - a) * i / 999.0;
        prod *= 1.0 - s * s;
        out[i] = prod;
    }
    return out;
}

}  // namespace stipple::training
