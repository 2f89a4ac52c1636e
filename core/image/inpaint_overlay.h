// The last step of an A1111 inpaint: the generated picture pasted over the original through the
// blurred mask (modules/processing.py apply_overlay with a GaussianBlur(mask_blur) mask), so the
// unmasked part keeps the original's exact pixels and the seam fades over a few pixels.
#pragma once

#include "common/image.h"

namespace stipple {

// All three images of one size; mask white = generated, black = original (its luma, as PIL "L").
// `blur` is the Gaussian sigma in pixels (0 = a hard edge, at most 256). Throws Error on sizes
// that differ or an empty image.
Image composite_inpaint(const Image& generated, const Image& original, const Image& mask, int blur);

}  // namespace stipple
