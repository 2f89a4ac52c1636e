// The Stable Diffusion pipeline (SD 1.x / 2.x: txt2img, img2img, inpaint, hires fix; SDXL: txt2img) as
// diffusers 0.25.1 runs it: prompt encoding, noise, the scheduler loop with classifier-free
// guidance, VAE decode.
#pragma once

#include "nn/taesd.h"
#include "nn/unet.h"
#include "nn/vae.h"
#include "io/single_file.h"
#include "pipeline/lora_patcher.h"
#include "pipeline/model_files.h"
#include "pipeline/pipeline.h"
#include "pipeline/text_conditioning.h"

#include <memory>

namespace stipple {

class StableDiffusionPipeline final : public Pipeline {
public:
    // Configs and tokenizers come from `files`; weights from its component folders, or from
    // `single` (a single-file checkpoint converted to diffusers names) when given.
    StableDiffusionPipeline(const ModelFiles& files, const PipelineOptions& options,
                            const SingleFileComponents* single = nullptr);

    const ModelInfo& info() const override { return info_; }
    // Pipeline::load says what decided a single file's prediction type (ModelInfo::prediction_source).
    void set_prediction_source(const std::string& source) { info_.prediction_source = source; }
    GenerationResult generate(const GenerationRequest& request, StepObserver* observer, RunControl* control) override;
    std::unique_ptr<GenerationRun> start(const GenerationRequest& request) override;
    bool advance(GenerationRun& run, int until_step, StepObserver* observer, RunControl* control) override;
    GenerationResult finish(GenerationRun& run) override;
    at::Tensor encode(const Image& image, int width, int height) override;
    at::Tensor alphas_cumprod() const override;
    Image preview(const at::Tensor& latents, PreviewMethod method, int index) override;
    std::shared_ptr<const Tokenizer> tokenizer() const override { return text_.tokenizer; }
    std::shared_ptr<const EmbeddingLibrary> embeddings() const override { return text_.embeddings; }
    std::vector<std::pair<std::string, std::string>> lora_hashes(const GenerationRequest& request) override;
    // A plain img2img whose init image is given as latents [B,C,h,w] (scaled as encode() gives them;
    // h, w = the request's size / the VAE factor): no VAE encode and no posterior draw, the noise is
    // the generators' first draw. What a hires fix with a latent upscaler runs as its second pass.
    GenerationResult generate_from_latents(const GenerationRequest& request, const at::Tensor& latents,
                                           StepObserver* observer = nullptr, RunControl* control = nullptr);
    // Every parameter and buffer, prefixed by its component ("unet.", "text_encoder.",
    // "text_encoder_2.", "vae."): what tests compare to check that LoRAs are undone bit for bit.
    std::vector<std::pair<std::string, at::Tensor>> weights() const;
    // UNet forward passes this pipeline has made (thread-safe): what tests count to check that a
    // view works from stored predictions without running the model.
    int64_t unet_calls() const { return unet_->forward_calls(); }
    // Of those, the shallow passes of step caching (GenerationRequest::deep_cache_interval).
    int64_t unet_shallow_calls() const { return unet_->shallow_calls(); }

private:
    struct Plan;  // a validated request with its derived sizes
    struct Run;   // a GenerationRun of this pipeline
    // What a hires fix second pass starts from instead of request.init_image: each image's own
    // upscaled picture (encoded as img2img encodes its init image) or upscaled latents.
    struct SecondPassStart {
        std::vector<Image> images;
        at::Tensor latents;
    };
    Plan validate(const GenerationRequest& request) const;
    void check_request(const GenerationRequest& request) const;  // validate() for files without Plan's definition
    // start() without the hires refusal; `second` (may be null) makes the run an img2img from it.
    std::unique_ptr<GenerationRun> start_run(const GenerationRequest& request, const SecondPassStart* second);
    // Both passes of a hires fix request (stable_diffusion_hires.cpp).
    GenerationResult generate_hires(const GenerationRequest& request, StepObserver* observer, RunControl* control);
    // The loop iterations a run of `request` makes (`img2img`: after strength), as start() cuts the
    // schedule; throws when the strength leaves none.
    int64_t loop_iterations(const GenerationRequest& request, bool img2img) const;
    GenerationResult cancelled_result(const GenerationRun& run) const;  // what generate() returns on cancel
    double encode_seconds_of(const GenerationRun& run) const;           // its prompt encoding time
    // SDXL's add_time_ids rows (h, w, top, left, h, w) for a batch of `rows`.
    at::Tensor time_ids(const GenerationRequest& request, const Plan& plan, int64_t rows) const;
    at::Tensor decode_latents(const at::Tensor& latents);  // -> [B,3,H,W] in [-1,1]
    // One loop iteration with A1111's per-step conditioning (prompt editing, AND).
    void step_scheduled(Run& run, int64_t step);
    at::Tensor encode_image(const at::Tensor& image, Generators& generators);  // -> scaled latents
    // Picture i encoded at width x height as encode_image encodes one init image, sampled with generator i.
    at::Tensor encode_each(const std::vector<Image>& images, int width, int height, Generators& generators);
    void load_embeddings(const PipelineOptions& options);  // textual inversion from options.embedding_dirs
    // The LoRAs of the request's <lora:…> tags applied (or the previous ones restored); returns the
    // request with every extra-network tag removed from its prompts (text/extra_networks.h).
    GenerationRequest apply_prompt_loras(const GenerationRequest& request);

    ModelFiles files_;
    ModelInfo info_;
    at::ScalarType dtype_;
    at::Device device_;
    TextEncoderSet text_;
    UNet2DConditionModel unet_{nullptr};
    AutoencoderKL vae_{nullptr};
    Taesd taesd_{nullptr};
    std::vector<std::string> lora_dirs_;       // PipelineOptions::lora_dirs
    std::unique_ptr<LoraPatcher> loras_;       // the LoRAs applied to unet_ / text_ now
    std::map<std::string, std::string> lora_hash_cache_;  // "path|size|mtime" -> short hash
};

}  // namespace stipple
