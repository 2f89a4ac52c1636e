// The guidance view's difference picture (issue #20): where the prompt's x0 estimate is brighter
// or darker than the negative prompt's, on a diverging colour scale (blue: darker, near-white: the
// same, red: brighter), amplified so that the strongest differences of the step reach full colour.
#pragma once

#include "common/image.h"

#include <array>
#include <cstdint>

namespace stipple {

struct DivergingDifference {
    Image image;
    // The brightness difference (in levels of 0-255) drawn at full colour; the amplification is
    // 255 / range. The legend shows -range … 0 … +range.
    double range = 0;
};

// `a` minus `b` per pixel as a luma difference (BT.601 weights), scaled so its 99th percentile of
// magnitude reaches full colour (at least `min_range` levels, so near-equal pictures are not
// amplified into noise). Throws stipple::Error when the sizes differ.
DivergingDifference diverging_difference(const Image& a, const Image& b, double min_range = 4.0);

// The colour of v in [-1, 1] on the scale (blue, near-white at 0, red); v is clamped. The legend
// draws it with this function too.
std::array<uint8_t, 3> diverging_colour(double v);

}  // namespace stipple
