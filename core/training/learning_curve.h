// The built-in model's learning curve: held-out accuracy measured every N training steps, kept as
// CSV in the model folder (a resumed run appends) and drawn as a PNG beside the model card.
#pragma once

#include <string>
#include <vector>

namespace stipple::training {

struct CurvePoint {
    int step = 0;
    double minutes = 0;      // training wall time so far (all phases)
    double loss = 0;         // mean diffusion loss of the last steps
    // Held-out accuracy in [0, 1].
    double background = 0, color = 0, shape = 0, size = 0, position = 0, all_one = 0;
    double extra_object = 0;  // one-object prompts with a second object drawn
    double colors_present = 0, bound = 0, placement = 0;
};

// Rows of `csv_path` (none when it does not exist); an Error on a malformed file.
std::vector<CurvePoint> read_curve(const std::string& csv_path);
// Rewrites `csv_path` with `points` (atomically).
void write_curve(const std::string& csv_path, const std::vector<CurvePoint>& points);
// Accuracy against step as lines, 0-100 % on the y axis, with a legend.
void plot_curve(const std::string& png_path, const std::vector<CurvePoint>& points);

}  // namespace stipple::training
