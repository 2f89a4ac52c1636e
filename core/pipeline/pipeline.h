// A loaded model and the one generation loop (txt2img, img2img, inpaint) with classifier-free
// guidance, per-step observation and cancellation. Runs on the caller's thread; one Pipeline is
// used by one thread at a time. Include only from .cpp files in ui/ (it brings in libtorch).
#pragma once

#include "pipeline/generation_request.h"

#include <ATen/ATen.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace stipple {

struct ModelInfo {
    std::string name;                 // folder or file name
    std::string path;
    std::string family;               // "sd1", "sd2", "sdxl"
    std::string prediction_type;      // "epsilon" or "v_prediction"
    int default_width = 512;
    int default_height = 512;
    int vae_scale_factor = 8;
    int unet_in_channels = 4;         // 9 for inpainting models
    std::string default_scheduler;    // diffusers class name from the model's scheduler config
    std::string default_sampler;      // its A1111 label ("Euler a")
    bool turbo = false;               // a few-step distilled model (SD-/SDXL-Turbo: "trailing" timesteps)
    bool has_taesd = false;
};

struct PipelineOptions {
    DType dtype = DType::Float32;
    std::string config_dir;           // single-file checkpoints: a diffusers folder whose configs to use
    std::string taesd_dir;            // folder with taesd_decoder.safetensors; "" = look in/beside the model
    // Build from the configs alone with deterministic random weights (benchmarks of the published
    // full-size configs, which have no weights). A missing vocabulary is replaced by byte ids.
    bool random_weights = false;
    uint64_t random_seed = 0;
};

// What an observer sees after every loop iteration (on the generating thread).
struct StepInfo {
    int step = 0;                     // 1-based iteration number
    int total = 0;                    // iterations in this run
    double timestep = 0;
    double seconds = 0;               // wall time of this iteration
    at::Tensor latents;               // x_t after the step [B,4,h,w]
    at::Tensor denoised;              // the scheduler's x0 estimate [B,4,h,w]
};

class StepObserver {
public:
    virtual ~StepObserver() = default;
    virtual void on_step(const StepInfo& info) = 0;
};

enum class PreviewMethod { LatentToRgb, Taesd, FullVae };

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

    // Previews of latents in UNet space (x_t or x0) [B,4,h,w]; image index `index` of the batch.
    virtual Image preview(const at::Tensor& latents, PreviewMethod method, int index = 0) = 0;

    // Prompt length in tokens, without bos/eos (for the "n/75" counter).
    virtual int count_tokens(const std::string& prompt) const = 0;
};

}  // namespace stipple
