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
#include "common/image.h"
#include "pipeline/latent_upscale.h"
#include "pipeline/upscaler.h"

#include <ATen/ATen.h>

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace stipple {

// The second pass's size. A1111 upscales to upscale_width x upscale_height (covering "Hires
// resize" when both sides are given), then cuts `truncate_*` latent columns/rows off the centre
// (truncate/2 before, the rest after). Stipple's sizes are multiples of the VAE factor, so the
// upscaled size is rounded down to one (A1111 resizes to the unrounded size; its VAE drops the
// remainder).
struct HiresTarget {
    int upscale_width = 0, upscale_height = 0;  // multiples of the VAE factor
    int truncate_x = 0, truncate_y = 0;         // in latent pixels
    int width = 0, height = 0;                  // the second pass's image size (after the cut)
};

// A1111's calculate_target_resolution for a first pass of width x height. Throws Error for a scale
// outside 1–4 (without a resize), a negative resize side, or a target beyond `max_side` per side /
// `max_pixels` in all, or below one latent pixel.
HiresTarget hires_target(const HiresFix& hires, int width, int height, int factor, int max_side, int64_t max_pixels);

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
// The names find_hires_upscaler knows without a file: the latent modes, then None, Lanczos, Nearest.
std::vector<std::string> builtin_hires_upscaler_names();

// Latents [B,C,h,w] of the first pass -> the second pass's [B,C,height/f,width/f]: interpolated to
// the upscaled size, then cut as A1111 cuts them.
at::Tensor hires_upscale_latents(const at::Tensor& latents, const HiresTarget& target, int factor, LatentUpscaleMode mode);
// A first-pass picture -> the second pass's init image (target.width x target.height): resized to
// the upscaled size by the image upscaler, then cut as the latents would be (in pixels: factor per
// latent pixel). An empty Image when `cancel` was set meanwhile (a model upscale checks it per tile).
Image hires_upscale_image(const Image& image, const HiresTarget& target, int factor, const HiresUpscaler& upscaler,
                          const std::atomic<bool>* cancel = nullptr);

}  // namespace stipple
