// Cheap latent -> RGB previews: a fixed linear map of the 4 latent channels to RGB per pixel
// ("Latent2RGB" in ComfyUI, "Approx cheap" in A1111), at latent resolution (h x w).
#pragma once

#include "common/model_family.h"

#include <ATen/ATen.h>

#include <string>

namespace stipple {

// latents [B,4,h,w] (UNet space, any float dtype) -> RGB float32 [B,3,h,w] in [0,1]:
// clamp((latents · factors + bias + 1) / 2, 0, 1).
at::Tensor latent_to_rgb(const at::Tensor& latents, ModelFamily family);

// The same as uint8 [B,h,w,3] (HWC, RGB), rounded.
at::Tensor latent_to_rgb_u8(const at::Tensor& latents, ModelFamily family);

}  // namespace stipple
