// Peak signal-to-noise ratio of two 8-bit RGB images: how close a faster variant of a run (step
// caching, bf16) stays to the full one. Written here because it is one line of arithmetic; OpenCV's
// cv::PSNR would need both images copied into Mats first.
#pragma once

#include "common/image.h"

namespace stipple {

// 10 log10(255² / mean squared difference) over every channel of every pixel, in dB; +infinity
// when the images are identical. Images of different sizes (or empty ones) are an Error.
double image_psnr(const Image& a, const Image& b);

}  // namespace stipple
