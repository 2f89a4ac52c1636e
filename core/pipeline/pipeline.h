// A loaded model and the one generation loop (txt2img, img2img, inpaint) with classifier-free
// guidance, per-step observation and cancellation. Runs on the caller's thread; one Pipeline is
// used by one thread at a time. Include only from .cpp files in ui/ (it brings in libtorch).
#pragma once

#include "common/model_family.h"
#include "nn/attention_kernel.h"
#include "nn/vae_tiling.h"
#include "pipeline/memory_layout.h"
#include "text/tokenizer.h"
#include "common/generation_request.h"

#include <ATen/ATen.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace stipple {

class EmbeddingLibrary;

struct ModelInfo {
    std::string name;                 // folder or file name
    std::string path;
    ModelFamily family = ModelFamily::SD1;
    std::string prediction_type;      // "epsilon" or "v_prediction"
    std::string prediction_source;    // single files: what decided it ("the .yaml beside the file"...); "" for folders
    std::string vae_path;             // a separate VAE file in use (PipelineOptions::vae_path), else ""
    int default_width = 512;
    int default_height = 512;
    int vae_scale_factor = 8;
    int latent_channels = 4;          // the VAE's latent_channels (the UNet denoises this many)
    int unet_in_channels = 4;         // latent_channels, or 2 * latent_channels + 1 for inpainting models
    std::string default_scheduler;    // diffusers class name from the model's scheduler config
    std::string default_sampler;      // its A1111 label ("Euler a")
    bool turbo = false;               // a few-step distilled model (SD-/SDXL-Turbo: "trailing" timesteps)
    // What the model's maker recommends where the user has not chosen (model_index.json's
    // "_stipple_recommended": {"guidance_scale": 5, "num_inference_steps": 20}); 0 = no advice.
    double recommended_cfg = 0;
    int recommended_steps = 0;
    bool has_taesd = false;
    int64_t unet_parameters = 0;      // size of the denoiser (decides the thread count for tiny models)
    double vae_decode_gflop = 0;      // one VAE decode at the native size (the built-in model: 0.5; SD 1.5 at 512²: ~2500)
    // A decode of at most 2 GFLOP takes a few ms: then the fast preview is the VAE itself, so every
    // step's preview has the result's colours. The latent->RGB factors are fits to SD's latent
    // spaces and mean nothing for a model trained with its own VAE (the built-in one).
    bool previews_with_vae = false;
    DType dtype = DType::Float32;     // the precision it runs in (DType::Auto resolved)
    // The convolutions' memory layout and how it was chosen (pipeline/memory_layout.h), e.g.
    // "channels-last (cached: 33.6 ms against 35.6 ms NCHW)".
    std::string unet_layout;
    std::string vae_layout;
    // How attention over many tokens runs: "fused (AVX-512)", "fused (AVX2)" or "chunked matmuls".
    std::string attention;
};

// An inpainting UNet takes the noisy latents, the masked image's latents and the mask.
inline bool is_inpainting_unet(const ModelInfo& info) { return info.unet_in_channels == 2 * info.latent_channels + 1; }

struct PipelineOptions {
    DType dtype = DType::Auto;
    std::string config_dir;           // single-file checkpoints: a diffusers folder whose configs to use
    std::string taesd_dir;            // folder with taesd_decoder.safetensors; "" = look in/beside the model
    // Build from the configs alone with deterministic random weights (benchmarks of the published
    // full-size configs, which have no weights). A missing vocabulary is replaced by byte ids.
    bool random_weights = false;
    uint64_t random_seed = 0;
    // VAE decode in overlapping tiles (bounded memory at large sizes; slightly different pixels).
    nn::VaeTilingMode vae_tiling = nn::VaeTilingMode::Auto;
    // A separate VAE file (.safetensors, original or diffusers layout) used instead of the model's own.
    std::string vae_path;
    // "epsilon" / "v_prediction" overrides what is detected from a single file; "" = detect.
    std::string prediction_type;
    // Folders searched for <lora:NAME:weight> (NAME.safetensors) and for textual-inversion
    // embeddings (used by file stem in prompts), in order.
    std::vector<std::string> lora_dirs;
    std::vector<std::string> embedding_dirs;
    // Channels-last or NCHW for the UNet's and the VAE's convolutions; Auto measures which is
    // faster on this CPU once and caches it (layout_cache_file()).
    MemoryLayout memory_layout = MemoryLayout::Auto;
    // How attention over many tokens runs (nn/attention.h: Auto = the fused kernel in float32).
    nn::AttentionKernel attention = nn::AttentionKernel::Auto;
    std::string layout_cache_file = stipple::layout_cache_file();  // "" = measure at every load
};

// What an observer sees after every loop iteration (on the generating thread).
struct StepInfo {
    int step = 0;                     // 1-based iteration number
    int total = 0;                    // iterations in this run
    double timestep = 0;
    double seconds = 0;               // wall time of this iteration
    at::Tensor latents;               // x_t after the step [B,4,h,w]
    at::Tensor denoised;              // the scheduler's x0 estimate [B,4,h,w]
    // Only when the observer wants_guidance_parts() and the step ran classifier-free guidance: the
    // x0 estimates of the prompt alone and of the negative (or empty) prompt alone, before this
    // step's scheduler update. x0 is affine in the model output at a fixed step, so the guided
    // estimate at any scale s is denoised_uncond + s * (denoised_cond - denoised_uncond).
    at::Tensor denoised_cond;
    at::Tensor denoised_uncond;
};

// The stages of a generation, in order (the presenter's pipeline strip lights the running one).
enum class PipelineStage { TextEncoder, Denoising, VaeDecode };

class StepObserver {
public:
    virtual ~StepObserver() = default;
    virtual void on_step(const StepInfo& info) = 0;
    // Called as each stage starts (on the generating thread). Default: nothing.
    virtual void on_stage(PipelineStage /*stage*/) {}
    // true: fill StepInfo::denoised_cond / denoised_uncond (two extra x0 conversions per step;
    // nothing is computed when false, so observing costs nothing by default).
    virtual bool wants_guidance_parts() const { return false; }
};

// Fast: the cheapest preview true to the model's colours: FullVae where ModelInfo::previews_with_vae,
// else LatentToRgb.
enum class PreviewMethod { Fast, LatentToRgb, Taesd, FullVae };

// A generation paused between loop iterations (seed triage): its latents, the scheduler with all of
// its multistep history and step index, and each image's random generator, held in memory so the
// run continues exactly where it stopped — the same numbers as an uninterrupted run, for every
// scheduler (ancestral and SDE ones included). Made by Pipeline::start, used with that pipeline only.
class GenerationRun {
public:
    virtual ~GenerationRun() = default;
    virtual const GenerationRequest& request() const = 0;
    virtual int steps_done() const = 0;   // loop iterations completed
    virtual int total_steps() const = 0;  // iterations of the whole run (img2img: after strength)
    virtual at::Tensor latents() const = 0;   // x_t now [B,4,h,w]
    virtual at::Tensor denoised() const = 0;  // the latest x0 estimate; undefined before the first step
};

// Flags another thread may set while generate() runs. Both are checked before every UNet call.
struct RunControl {
    std::atomic<bool> cancel{false};      // stop; return no images
    std::atomic<bool> finish_now{false};  // stop; decode the current x0 estimate with the VAE and return it
};

class Pipeline {
public:
    // Loads a diffusers folder (model_index.json) or a single .safetensors checkpoint.
    // Throws stipple::Error naming the file or key on any problem.
    static std::unique_ptr<Pipeline> load(const std::string& model_path, const PipelineOptions& options = {});
    virtual ~Pipeline() = default;

    virtual const ModelInfo& info() const = 0;

    // Validates the request (empty seeds, sizes, steps, strength...) and runs it.
    virtual GenerationResult generate(const GenerationRequest& request, StepObserver* observer = nullptr,
                                      RunControl* control = nullptr) = 0;

    // The same loop in pieces: start() validates the request and draws the initial noise; advance()
    // runs iterations until `until_step` are done in all (<= 0 or past the end: to the end) and returns
    // false when cancelled (the run stays valid); finish() decodes the final latents, or the latest x0
    // estimate when the run stopped early. generate() is exactly start + advance + finish.
    virtual std::unique_ptr<GenerationRun> start(const GenerationRequest& request) = 0;
    virtual bool advance(GenerationRun& run, int until_step, StepObserver* observer = nullptr,
                         RunControl* control = nullptr) = 0;
    virtual GenerationResult finish(GenerationRun& run) = 0;

    // The VAE's latent of an image (posterior mean times the scaling factor) [1,4,h,w], the image
    // resized to `width` x `height` (0 = its own size rounded down to the VAE factor).
    virtual at::Tensor encode(const Image& image, int width = 0, int height = 0) = 0;
    // The training noise schedule: alphas_cumprod [num_train_timesteps] (float32) from the model's
    // scheduler config (beta schedule, zero-SNR rescaling).
    virtual at::Tensor alphas_cumprod() const = 0;

    // Previews of latents in UNet space (x_t or x0) [B,4,h,w]; image index `index` of the batch.
    virtual Image preview(const at::Tensor& latents, PreviewMethod method, int index = 0) = 0;

    // The prompt tokenizer (of the first text encoder). Its encode() is const and thread-safe, so a
    // token counter may use it while this pipeline generates on another thread.
    virtual std::shared_ptr<const Tokenizer> tokenizer() const = 0;
    // The textual-inversion embeddings read from PipelineOptions::embedding_dirs at load, with the
    // files refused and why (text/textual_inversion.h); null when no folder was given. Immutable,
    // so a token counter may read it on another thread.
    virtual std::shared_ptr<const EmbeddingLibrary> embeddings() const { return nullptr; }
    // A1111's "Lora hashes" for a request: (the name its first prompt's <lora:NAME:…> tag mentions,
    // its short hash) in tag order; empty without tags. Throws Error for an unknown NAME.
    virtual std::vector<std::pair<std::string, std::string>> lora_hashes(const GenerationRequest&) { return {}; }
};

}  // namespace stipple
