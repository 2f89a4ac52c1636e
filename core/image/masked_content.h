// A1111's "Masked content" (inpainting_fill): what the masked part of an inpaint starts from.
#pragma once

#include "common/image.h"

#include <string>

namespace stipple {

// The values A1111 stores (and GenerationRequest::masked_content holds).
enum class MaskedContent { Fill = 0, Original = 1, LatentNoise = 2, LatentNothing = 3 };

// "fill" / "original" / "latent noise" / "latent nothing" (A1111's infotext words, any case);
// anything else is an Error naming the accepted values.
MaskedContent parse_masked_content(const std::string& text);
const char* masked_content_label(MaskedContent content);
// GenerationRequest::masked_content (0–3) as a MaskedContent; another number is an Error.
MaskedContent masked_content_of(int value);

// modules/masking.py fill(): the masked part painted with the picture's colours blurred in from
// around it (blurs of radius 256, 64, 16, 4, 2 laid over each other, then the unmasked picture on
// top), so the model starts from the surrounding colours instead of what was there. A1111 applies
// it for every choice but "original". Sizes must match; mask white = masked. OpenCV Gaussian blurs
// (the large radii on a smaller copy) stand in for PIL's box-blur ones: close, not byte-identical.
Image fill_masked_area(const Image& image, const Image& mask);

}  // namespace stipple
