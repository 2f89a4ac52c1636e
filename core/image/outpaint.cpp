#include "image/outpaint.h"

#include "common/error.h"
#include "image/image_check.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <string>

namespace stipple {

namespace {

cv::Mat view(const Image& image) {
    return cv::Mat(image.height, image.width, CV_8UC3, const_cast<uint8_t*>(image.rgb.data()));
}

Image from_mat(const cv::Mat& rgb) {
    Image out;
    out.width = rgb.cols;
    out.height = rgb.rows;
    out.rgb.resize(static_cast<size_t>(rgb.cols) * rgb.rows * 3);
    cv::Mat dst(rgb.rows, rgb.cols, CV_8UC3, out.rgb.data());
    rgb.copyTo(dst);
    return out;
}

}  // namespace

OutpaintCanvas extend_canvas(const Image& image, const CanvasExtension& e, int overlap, const Image* mask) {
    if (image.empty()) throw Error("outpainting needs a picture to extend");
    if (e.left < 0 || e.top < 0 || e.right < 0 || e.bottom < 0 || overlap < 0)
        throw Error("outpainting: the sides to add and the overlap cannot be negative");
    if (e.left + e.top + e.right + e.bottom == 0) throw Error("outpainting: give at least one side a number of pixels to add");
    if (mask && (mask->width != image.width || mask->height != image.height))
        throw Error("outpainting: the mask is " + std::to_string(mask->width) + "x" + std::to_string(mask->height) +
                    " but the picture " + std::to_string(image.width) + "x" + std::to_string(image.height));
    // 64-bit sums: the sides come from users and files.
    const int64_t w0 = int64_t{image.width} + e.left + e.right, h0 = int64_t{image.height} + e.top + e.bottom;
    const int64_t w = (w0 + 7) / 8 * 8, h = (h0 + 7) / 8 * 8;
    if (w * h > static_cast<int64_t>(kMaxImagePixels))
        throw Error("outpainting to " + std::to_string(w) + "x" + std::to_string(h) +
                    " would exceed 64 megapixels; add fewer pixels");
    const int left = e.left, top = e.top;
    const int right = static_cast<int>(w - image.width - left), bottom = static_cast<int>(h - image.height - top);

    cv::Mat canvas;
    cv::copyMakeBorder(view(image), canvas, top, bottom, left, right, cv::BORDER_REPLICATE);

    // The mask: white everywhere but the picture shrunk by `overlap` (never below nothing), plus
    // whatever the given mask painted.
    cv::Mat m(static_cast<int>(h), static_cast<int>(w), CV_8UC1, cv::Scalar(255));
    // The overlap eats into the picture only on the sides that grew, and never past its middle.
    const int ox = std::min(overlap, image.width / 2), oy = std::min(overlap, image.height / 2);
    const int kx = left + (left > 0 ? ox : 0), ky = top + (top > 0 ? oy : 0);
    const int kw = image.width - (left > 0 ? ox : 0) - (right > 0 ? ox : 0);
    const int kh = image.height - (top > 0 ? oy : 0) - (bottom > 0 ? oy : 0);
    if (kw > 0 && kh > 0) m(cv::Rect(kx, ky, kw, kh)).setTo(0);
    if (mask) {
        cv::Mat painted;
        cv::cvtColor(view(*mask), painted, cv::COLOR_RGB2GRAY);
        cv::Mat inside = m(cv::Rect(left, top, image.width, image.height));
        cv::max(inside, painted, inside);
    }
    cv::Mat mask_rgb;
    cv::cvtColor(m, mask_rgb, cv::COLOR_GRAY2RGB);
    return {from_mat(canvas), from_mat(mask_rgb)};
}

}  // namespace stipple
