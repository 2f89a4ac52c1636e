// The Stable Diffusion pipeline (SD 1.x / 2.x; txt2img, img2img, inpaint) as diffusers 0.25.1
// runs it: prompt encoding, noise, the scheduler loop with classifier-free guidance, VAE decode.
#pragma once

#include "nn/taesd.h"
#include "nn/unet.h"
#include "nn/vae.h"
#include "pipeline/model_files.h"
#include "pipeline/pipeline.h"
#include "text/clip_text_model.h"
#include "text/tokenizer.h"

#include <memory>

namespace stipple {

class StableDiffusionPipeline final : public Pipeline {
public:
    StableDiffusionPipeline(const ModelFiles& files, const PipelineOptions& options);

    const ModelInfo& info() const override { return info_; }
    GenerationResult generate(const GenerationRequest& request, StepObserver* observer, RunControl* control) override;
    Image preview(const at::Tensor& latents, PreviewMethod method, int index) override;
    int count_tokens(const std::string& prompt) const override;

private:
    struct Plan;  // a validated request with its derived sizes
    Plan validate(const GenerationRequest& request) const;
    // [B,77,D] embeddings for `text`, repeated `batch` times (clip_skip applied when > 0).
    at::Tensor encode_text(const std::string& text, int batch, int clip_skip);
    at::Tensor decode_latents(const at::Tensor& latents);  // -> [B,3,H,W] in [-1,1]
    at::Tensor encode_image(const at::Tensor& image, Generators& generators);  // -> scaled latents

    ModelFiles files_;
    ModelInfo info_;
    at::ScalarType dtype_;
    at::Device device_;
    std::shared_ptr<Tokenizer> tokenizer_;
    std::shared_ptr<CLIPTextModel> text_encoder_;
    UNet2DConditionModel unet_{nullptr};
    AutoencoderKL vae_{nullptr};
    Taesd taesd_{nullptr};
};

}  // namespace stipple
