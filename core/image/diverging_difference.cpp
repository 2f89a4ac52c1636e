#include "image/diverging_difference.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace stipple {

namespace {

// ColorBrewer's RdBu end points and centre (a diverging scale readable by most colour-blind
// viewers); interpolated linearly in RGB, which is enough for a teaching legend.
constexpr double kBlue[3] = {33, 102, 172};
constexpr double kCentre[3] = {247, 247, 247};
constexpr double kRed[3] = {178, 24, 43};

double luma(const uint8_t* p) { return 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2]; }

}  // namespace

std::array<uint8_t, 3> diverging_colour(double v) {
    if (!std::isfinite(v)) v = 0;
    v = std::clamp(v, -1.0, 1.0);
    const double* end = v < 0 ? kBlue : kRed;
    const double w = std::abs(v);
    std::array<uint8_t, 3> out{};
    for (int c = 0; c < 3; ++c) out[c] = static_cast<uint8_t>(std::lround(kCentre[c] + (end[c] - kCentre[c]) * w));
    return out;
}

DivergingDifference diverging_difference(const Image& a, const Image& b, double min_range) {
    if (a.width != b.width || a.height != b.height)
        throw Error("cannot take the difference of a " + std::to_string(a.width) + "x" + std::to_string(a.height) +
                    " and a " + std::to_string(b.width) + "x" + std::to_string(b.height) + " picture");
    const size_t pixels = static_cast<size_t>(a.width) * a.height;
    if (a.rgb.size() != pixels * 3 || b.rgb.size() != pixels * 3) throw Error("a picture's pixels do not match its size");
    std::vector<float> d(pixels);
    for (size_t i = 0; i < pixels; ++i) d[i] = static_cast<float>(luma(&a.rgb[i * 3]) - luma(&b.rgb[i * 3]));
    DivergingDifference out;
    // The 99th percentile, not the maximum: one extreme pixel would otherwise wash the rest out.
    std::vector<float> magnitude(pixels);
    for (size_t i = 0; i < pixels; ++i) magnitude[i] = std::abs(d[i]);
    double range = min_range;
    if (pixels > 0) {
        const size_t k = std::min(pixels - 1, pixels * 99 / 100);
        std::nth_element(magnitude.begin(), magnitude.begin() + static_cast<std::ptrdiff_t>(k), magnitude.end());
        range = std::max(range, static_cast<double>(magnitude[k]));
    }
    out.range = range;
    out.image = Image{a.width, a.height, std::vector<uint8_t>(pixels * 3)};
    for (size_t i = 0; i < pixels; ++i) {
        const auto c = diverging_colour(d[i] / range);
        std::copy(c.begin(), c.end(), out.image.rgb.begin() + static_cast<std::ptrdiff_t>(i * 3));
    }
    return out;
}

}  // namespace stipple
