// How an img2img / inpaint source picture of another aspect becomes the requested size: A1111's
// three "Resize mode"s (modules/images.py resize_image), with OpenCV's Lanczos as A1111's PIL LANCZOS.
#pragma once

#include "common/image.h"

#include <string>

namespace stipple {

enum class ResizeMode {
    JustResize,     // stretch to width x height (aspect changes)
    CropAndResize,  // scale to cover, centre, cut what sticks out
    ResizeAndFill,  // scale to fit, centre, fill the empty bands by stretching the picture's edge rows/columns
};

// "Just resize" / "Crop and resize" / "Resize and fill" (A1111's infotext words; also
// just-resize / crop / fill, any case); anything else is an Error naming the accepted values.
ResizeMode parse_resize_mode(const std::string& text);
const char* resize_mode_label(ResizeMode mode);
// GenerationRequest::resize_mode (0, 1, 2) as a ResizeMode; another number is an Error.
ResizeMode resize_mode_of(int value);

// `image` at exactly width x height. Throws Error for an empty image or a size below 1.
Image resize_image(const Image& image, int width, int height, ResizeMode mode);

}  // namespace stipple
