// A1111's "Inpaint area: Only masked" (modules/masking.py get_crop_region / expand_crop_region and
// processing.py apply_overlay): the mask's bounding box plus padding, widened to the aspect of the
// size the model draws at, is cut out of the picture, drawn at full resolution, and pasted back
// through the blurred mask. Pixels outside that box are the input's, byte for byte.
#pragma once

#include "common/image.h"

#include <cstdint>
#include <vector>

namespace stipple {

struct CropBox {
    int x = 0, y = 0, width = 0, height = 0;
    bool empty() const { return width <= 0 || height <= 0; }
};

// A mask as 8-bit coverage (PIL "L" of its RGB), Gaussian-blurred by `blur` px (sigma; 0 = none)
// as A1111 blurs it before cropping. One byte per pixel, row-major.
struct MaskCoverage {
    int width = 0, height = 0;
    std::vector<uint8_t> alpha;
};
MaskCoverage blurred_mask_coverage(const Image& mask, int blur);

// The smallest box holding every non-zero mask pixel, grown by `padding` on each side and clipped
// to the mask (get_crop_region); empty for an all-black mask.
CropBox mask_crop_region(const MaskCoverage& mask, int padding);

// `box` grown along its short side to the aspect ratio width:height of the generation, kept
// inside image_width x image_height (expand_crop_region, the same integer arithmetic).
CropBox expand_crop_region(const CropBox& box, int width, int height, int image_width, int image_height);

// `image` cut to `box` (which must lie inside it).
Image crop_image(const Image& image, const CropBox& box);
// The coverage as a grey RGB image (for the inner request's mask).
Image coverage_image(const MaskCoverage& mask);

// apply_overlay: `generated` resized to the box ("crop and resize") and placed there, then laid
// under `original` through `mask` (255 = generated, 0 = original). Outside the box the result is
// `original` exactly (the box holds every non-zero mask pixel).
Image paste_masked_area(const Image& original, const Image& generated, const CropBox& box, const MaskCoverage& mask);

}  // namespace stipple
