// Draws Stipple Shapes scenes: anti-aliased (supersampled) shapes on a solid background, and the
// single-shape coverage masks the checker compares generated images with.
#pragma once

#include "scenes/scene.h"

#include <opencv2/core.hpp>

#include <string>

namespace stipple::scenes {

// canvas x canvas CV_8UC3 image in RGB order.
cv::Mat render_scene(const Scene& scene, const SceneVocab& vocab);

// Coverage in [0,1] (CV_32F, size x size) of one shape (by name: circle, square, ...) centred at
// (x, y) pixels with the given radius (pixels) and rotation (degrees), supersampled `supersample` times.
cv::Mat shape_mask(const std::string& shape, double x, double y, double radius, double rotation, int size,
                   int supersample = 4);

}  // namespace stipple::scenes
