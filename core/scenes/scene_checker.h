// Reads a Stipple Shapes image back with OpenCV (background color, then each object's color, shape,
// size and position) and scores it against a prompt's SceneSpec; used by eval-builtin and tests.
#pragma once

#include "scenes/scene.h"

#include <opencv2/core.hpp>

#include <optional>
#include <string>
#include <vector>

namespace stipple::scenes {

struct DetectedObject {
    int color = -1, shape = -1, size = -1, position = -1;
    double x = 0, y = 0;      // centroid, pixels
    double area = 0;          // coverage in pixels
    double radius = 0;        // fitted renderer radius, pixels
    double shape_iou = 0;     // overlap with the best-fitting shape template
};

struct ImageReading {
    int background = -1;
    std::vector<DetectedObject> objects;  // largest first
};

// Analyses a canvas x canvas RGB image (CV_8UC3, RGB order).
ImageReading read_image(const cv::Mat& rgb, const SceneVocab& vocab);

// Per-attribute verdicts; an attribute the prompt does not state is std::nullopt.
struct SceneVerdict {
    ImageReading reading;
    std::optional<bool> background, color, shape, size, position;  // one-object prompts
    std::optional<bool> extra_object;                                // one-object prompts: a second object was drawn
    std::optional<bool> colors_present;                              // two objects: both found with the right colors
    std::optional<bool> bound;                                       // two objects: each with its own color and shape
    std::optional<bool> placement;                                   // two objects: relation or both positions hold
    bool all = false;                                                // every stated attribute correct
    std::string problems;                                            // "shape: star≠circle; ..." for failures
};

SceneVerdict check_image(const cv::Mat& rgb, const SceneSpec& spec, const SceneVocab& vocab);

}  // namespace stipple::scenes
