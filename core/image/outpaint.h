// Outpainting: a larger canvas around a picture, for an inpaint to fill. The picture keeps its
// pixels in place; the new border starts as its edge pixels stretched outwards (an inpaint with
// "Masked content: fill" then blurs the surroundings in, as A1111's outpainting scripts start from);
// the mask covers the new border plus `overlap` px of the picture, so the seam is redrawn too.
#pragma once

#include "common/image.h"

namespace stipple {

struct CanvasExtension {
    int left = 0, top = 0, right = 0, bottom = 0;  // px added on each side
};

struct OutpaintCanvas {
    Image image;  // the extended picture
    Image mask;   // the same size; white = redraw
    int width() const { return image.width; }
    int height() const { return image.height; }
};

// Extends `image`. Each side is then widened a little (right, then bottom) so the canvas is a
// multiple of 8 in both directions, as a latent needs. `mask` (optional, the picture's size) is
// kept: its painted pixels stay painted at their new place. Throws Error for a negative side,
// nothing to add, a mask of another size, or a canvas over 64 megapixels.
OutpaintCanvas extend_canvas(const Image& image, const CanvasExtension& extension, int overlap,
                             const Image* mask = nullptr);

}  // namespace stipple
