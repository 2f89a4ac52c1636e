// The Stable Diffusion pipeline (SD 1.x / 2.x: txt2img, img2img, inpaint; SDXL: txt2img) as
// diffusers 0.25.1 runs it: prompt encoding, noise, the scheduler loop with classifier-free
// guidance, VAE decode.
#pragma once

#include "nn/taesd.h"
#include "nn/unet.h"
#include "nn/vae.h"
#include "io/single_file.h"
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
    GenerationResult generate(const GenerationRequest& request, StepObserver* observer, RunControl* control) override;
    std::unique_ptr<GenerationRun> start(const GenerationRequest& request) override;
    bool advance(GenerationRun& run, int until_step, StepObserver* observer, RunControl* control) override;
    GenerationResult finish(GenerationRun& run) override;
    at::Tensor encode(const Image& image, int width, int height) override;
    at::Tensor alphas_cumprod() const override;
    Image preview(const at::Tensor& latents, PreviewMethod method, int index) override;
    std::shared_ptr<const Tokenizer> tokenizer() const override { return text_.tokenizer; }

private:
    struct Plan;  // a validated request with its derived sizes
    struct Run;   // a GenerationRun of this pipeline
    Plan validate(const GenerationRequest& request) const;
    // SDXL's add_time_ids rows (h, w, top, left, h, w) for a batch of `rows`.
    at::Tensor time_ids(const GenerationRequest& request, const Plan& plan, int64_t rows) const;
    at::Tensor decode_latents(const at::Tensor& latents);  // -> [B,3,H,W] in [-1,1]
    // One loop iteration with A1111's per-step conditioning (prompt editing, AND).
    void step_scheduled(Run& run, int64_t step);
    at::Tensor encode_image(const at::Tensor& image, Generators& generators);  // -> scaled latents

    ModelFiles files_;
    ModelInfo info_;
    at::ScalarType dtype_;
    at::Device device_;
    TextEncoderSet text_;
    UNet2DConditionModel unet_{nullptr};
    AutoencoderKL vae_{nullptr};
    Taesd taesd_{nullptr};
};

}  // namespace stipple
