#include "image/inpaint_overlay.h"

#include "common/error.h"
#include "image/pil_luma.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <string>

namespace stipple {

Image composite_inpaint(const Image& generated, const Image& original, const Image& mask, int blur) {
    const auto same = [&](const Image& im) { return im.width == generated.width && im.height == generated.height; };
    if (generated.empty() || !same(original) || !same(mask))
        throw Error("inpaint overlay: the picture, the original and the mask must have one size (" +
                    std::to_string(generated.width) + "x" + std::to_string(generated.height) + ")");
    if (blur < 0 || blur > 256) throw Error("mask blur must be between 0 and 256 px, not " + std::to_string(blur));
    const int w = generated.width, h = generated.height;
    cv::Mat alpha(h, w, CV_32F);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const uint8_t* p = &mask.rgb[(static_cast<size_t>(y) * w + x) * 3];
            alpha.at<float>(y, x) = static_cast<float>(pil_luma(p)) / 255.0f;
        }
    if (blur > 0) cv::GaussianBlur(alpha, alpha, cv::Size(0, 0), blur, blur, cv::BORDER_REPLICATE);
    Image out = generated;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const float a = alpha.at<float>(y, x);
            const size_t i = (static_cast<size_t>(y) * w + x) * 3;
            for (int c = 0; c < 3; ++c)
                out.rgb[i + c] = static_cast<uint8_t>(std::lround(original.rgb[i + c] * (1.0f - a) + generated.rgb[i + c] * a));
        }
    return out;
}

}  // namespace stipple
