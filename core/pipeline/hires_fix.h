// AUTOMATIC1111's hires fix, the parts that are not the diffusion loop (modules/processing.py,
// StableDiffusionProcessingTxt2Img): the size the second pass runs at, the upscaler a name means,
// and the first pass's picture or latents brought to that size. StableDiffusionPipeline runs the
// two passes (stable_diffusion_hires.cpp).
//
// Invariant: the second pass is a plain img2img — of the upscaled first image (image upscalers),
// or of the upscaled first-pass latents in place of an encoded image (latent upscalers) — at the
// request's strength and hires steps, with the same seeds; nothing else differs.
#pragma once

#include "common/generation_request.h"
#include "pipeline/hires_target.h"
#include "common/image.h"
#include "pipeline/latent_upscale.h"
#include "pipeline/upscaler.h"

#include <ATen/ATen.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace stipple {

enum class HiresUpscalerKind {
    Latent,  // torch interpolate on the latents (latent_upscale.h)
    Image,   // the decoded picture through an image upscaler (pipeline/upscaler.h): resampler or model
};

struct HiresUpscaler {
    HiresUpscalerKind kind = HiresUpscalerKind::Latent;
    LatentUpscaleMode latent;        // Latent
    std::shared_ptr<Upscaler> image; // Image
};

// The upscaler `name` means: a latent mode, "Lanczos", "Nearest", "None" (A1111's plain Lanczos
// resize), or the path of an ESRGAN-family model file (loaded here, so a wrong file fails before
// any step). A1111's names are matched exactly; anything else is an Error listing them.
HiresUpscaler find_hires_upscaler(const std::string& name);

// Latents [B,C,h,w] of the first pass -> the second pass's [B,C,height/f,width/f]: interpolated to
// the upscaled size, then cut as A1111 cuts them.
at::Tensor hires_upscale_latents(const at::Tensor& latents, const HiresTarget& target, int factor, LatentUpscaleMode mode);
// A first-pass picture -> the second pass's init image (target.width x target.height): resized to
// the upscaled size by the image upscaler, then cut as the latents would be (in pixels: factor per
// latent pixel). An empty Image when `cancel` was set meanwhile (a model upscale checks it per tile).
Image hires_upscale_image(const Image& image, const HiresTarget& target, int factor, const HiresUpscaler& upscaler,
                          const std::atomic<bool>* cancel = nullptr);

}  // namespace stipple
