#include "image/image_psnr.h"

#include "common/error.h"

#include <cmath>
#include <limits>
#include <string>

namespace stipple {

double image_psnr(const Image& a, const Image& b) {
    const auto size = [](const Image& i) { return std::to_string(i.width) + "x" + std::to_string(i.height); };
    if (a.empty() || b.empty() || a.width != b.width || a.height != b.height)
        throw Error("PSNR needs two images of one size, got " + size(a) + " and " + size(b));
    const size_t n = static_cast<size_t>(a.width) * static_cast<size_t>(a.height) * 3;
    if (a.rgb.size() != n || b.rgb.size() != n)
        throw Error("PSNR: an image of " + size(a) + " does not hold width x height x 3 bytes");
    double sum = 0;
    for (size_t i = 0; i < n; ++i) {
        const double d = static_cast<double>(a.rgb[i]) - static_cast<double>(b.rgb[i]);
        sum += d * d;
    }
    if (sum == 0) return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(255.0 * 255.0 / (sum / static_cast<double>(n)));
}

}  // namespace stipple
