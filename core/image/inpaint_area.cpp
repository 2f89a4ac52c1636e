#include "image/inpaint_area.h"

#include "common/error.h"
#include "image/pil_luma.h"
#include "image/resize_mode.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <string>

namespace stipple {

MaskCoverage blurred_mask_coverage(const Image& mask, int blur) {
    if (mask.empty()) throw Error("the inpainting mask is empty (0 pixels)");
    if (blur < 0 || blur > 256) throw Error("mask blur must be between 0 and 256 px, not " + std::to_string(blur));
    MaskCoverage out;
    out.width = mask.width;
    out.height = mask.height;
    cv::Mat l(mask.height, mask.width, CV_8U);
    for (int y = 0; y < mask.height; ++y)
        for (int x = 0; x < mask.width; ++x) {
            const uint8_t* p = &mask.rgb[(static_cast<size_t>(y) * mask.width + x) * 3];
            l.at<uint8_t>(y, x) = pil_luma(p);
        }
    if (blur > 0) {
        // A1111: cv2.GaussianBlur on the 8-bit mask, kernel 2*int(2.5*blur+0.5)+1, x then y.
        const int k = 2 * static_cast<int>(2.5 * blur + 0.5) + 1;
        cv::GaussianBlur(l, l, cv::Size(k, 1), blur, 0);
        cv::GaussianBlur(l, l, cv::Size(1, k), 0, blur);
    }
    out.alpha.assign(l.datastart, l.dataend);
    return out;
}

CropBox mask_crop_region(const MaskCoverage& mask, int padding) {
    int left = mask.width, right = -1, top = mask.height, bottom = -1;
    for (int y = 0; y < mask.height; ++y)
        for (int x = 0; x < mask.width; ++x)
            if (mask.alpha[static_cast<size_t>(y) * mask.width + x] != 0) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
    if (right < 0) return {};
    padding = std::max(0, padding);
    const int x1 = std::max(left - padding, 0), y1 = std::max(top - padding, 0);
    const int x2 = std::min(right + 1 + padding, mask.width), y2 = std::min(bottom + 1 + padding, mask.height);
    return {x1, y1, x2 - x1, y2 - y1};
}

CropBox expand_crop_region(const CropBox& box, int width, int height, int image_width, int image_height) {
    if (box.empty() || width <= 0 || height <= 0) return box;
    int x1 = box.x, y1 = box.y, x2 = box.x + box.width, y2 = box.y + box.height;
    const double ratio_box = static_cast<double>(x2 - x1) / (y2 - y1);
    const double ratio_target = static_cast<double>(width) / height;
    // Python's // floors; the differences here are never negative, so integer division matches.
    if (ratio_box > ratio_target) {
        const int diff = static_cast<int>((x2 - x1) / ratio_target - (y2 - y1));
        y1 -= diff / 2;
        y2 += diff - diff / 2;
        if (y2 >= image_height) {
            const int over = y2 - image_height;
            y2 -= over;
            y1 -= over;
        }
        if (y1 < 0) {
            y2 -= y1;
            y1 = 0;
        }
        if (y2 >= image_height) y2 = image_height;
    } else {
        const int diff = static_cast<int>((y2 - y1) * ratio_target - (x2 - x1));
        x1 -= diff / 2;
        x2 += diff - diff / 2;
        if (x2 >= image_width) {
            const int over = x2 - image_width;
            x2 -= over;
            x1 -= over;
        }
        if (x1 < 0) {
            x2 -= x1;
            x1 = 0;
        }
        if (x2 >= image_width) x2 = image_width;
    }
    return {x1, y1, x2 - x1, y2 - y1};
}

Image crop_image(const Image& image, const CropBox& box) {
    if (box.empty() || box.x < 0 || box.y < 0 || box.x + box.width > image.width || box.y + box.height > image.height)
        throw Error("internal: crop box outside the picture");
    Image out;
    out.width = box.width;
    out.height = box.height;
    out.rgb.reserve(static_cast<size_t>(box.width) * box.height * 3);
    for (int y = 0; y < box.height; ++y) {
        const auto* row = image.rgb.data() + (static_cast<size_t>(box.y + y) * image.width + box.x) * 3;
        out.rgb.insert(out.rgb.end(), row, row + static_cast<size_t>(box.width) * 3);
    }
    return out;
}

Image coverage_image(const MaskCoverage& mask) {
    Image out;
    out.width = mask.width;
    out.height = mask.height;
    out.rgb.resize(mask.alpha.size() * 3);
    for (size_t i = 0; i < mask.alpha.size(); ++i) out.rgb[i * 3] = out.rgb[i * 3 + 1] = out.rgb[i * 3 + 2] = mask.alpha[i];
    return out;
}

Image paste_masked_area(const Image& original, const Image& generated, const CropBox& box, const MaskCoverage& mask) {
    if (mask.width != original.width || mask.height != original.height)
        throw Error("internal: the mask and the picture differ in size");
    const Image placed = resize_image(generated, box.width, box.height, ResizeMode::CropAndResize);
    Image out = original;
    for (int y = 0; y < box.height; ++y)
        for (int x = 0; x < box.width; ++x) {
            const size_t o = static_cast<size_t>(box.y + y) * original.width + box.x + x;
            const int a = mask.alpha[o];
            if (a == 0) continue;  // the original's pixel, untouched
            const uint8_t* g = &placed.rgb[(static_cast<size_t>(y) * box.width + x) * 3];
            for (int c = 0; c < 3; ++c)  // PIL alpha_composite of the original (alpha 255 - a) over the generated
                out.rgb[o * 3 + c] = static_cast<uint8_t>((original.rgb[o * 3 + c] * (255 - a) + g[c] * a + 127) / 255);
        }
    return out;
}

}  // namespace stipple
