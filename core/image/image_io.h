// Reading images from disk into stipple::Image and converting to/from OpenCV, for the CLI and
// the pipeline's img2img/inpaint inputs.
#pragma once

#include "common/image.h"

#include <opencv2/core/mat.hpp>

#include <string>

namespace stipple {

// Reads PNG/JPEG/... as 8-bit RGB (alpha dropped, grey expanded). Throws Error naming the file.
Image load_image(const std::string& path);

cv::Mat to_bgr_mat(const Image& image);
Image from_bgr_mat(const cv::Mat& bgr);

// Writes a PNG (no metadata) to a temporary name and renames it into place.
void save_png(const Image& image, const std::string& path);

}  // namespace stipple
