// Conversions between stipple::Image and the tensors the pipeline works on, as diffusers'
// VaeImageProcessor does them (normalise to [-1,1], binarised masks, round-half-even to 8 bits).
#pragma once

#include "common/image.h"

#include <ATen/ATen.h>

namespace stipple {

// RGB image -> [1,3,H,W] float32 in [-1,1], resized (Lanczos) to width x height when it differs.
at::Tensor image_to_tensor(const Image& image, int width, int height);
// Mask image -> [1,1,H,W] float32 of 0/1: greyscale as PIL's "L" conversion, binarised at 0.5.
at::Tensor mask_to_tensor(const Image& mask, int width, int height);
// Decoder output [B,3,H,W] in [-1,1] -> image `index`: round(clamp(x/2+0.5,0,1)*255).
Image tensor_to_image(const at::Tensor& decoded, int index);
// Already in [0,1] (TAESD, latent->RGB) [B,3,H,W] -> image `index`.
Image unit_tensor_to_image(const at::Tensor& rgb01, int index);

}  // namespace stipple
