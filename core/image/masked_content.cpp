#include "image/masked_content.h"

#include "common/error.h"
#include "image/pil_luma.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <utility>

namespace stipple {

namespace {

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// A Gaussian blur of sigma `radius` on a float image; large radii run on a copy shrunk so the
// kernel stays short (a blur of sigma 256 at full size costs ~1,500 taps per pixel and row).
cv::Mat blur(const cv::Mat& premultiplied, double radius) {
    if (radius <= 0) return premultiplied.clone();
    const double shrink = std::max(1.0, radius / 4.0);
    cv::Mat small = premultiplied;
    if (shrink > 1.0) {
        const int w = std::max(1, static_cast<int>(std::lround(premultiplied.cols / shrink)));
        const int h = std::max(1, static_cast<int>(std::lround(premultiplied.rows / shrink)));
        cv::resize(premultiplied, small, cv::Size(w, h), 0, 0, cv::INTER_AREA);
    }
    cv::Mat blurred;
    cv::GaussianBlur(small, blurred, cv::Size(0, 0), radius / shrink, radius / shrink, cv::BORDER_REPLICATE);
    if (shrink > 1.0) cv::resize(blurred, blurred, premultiplied.size(), 0, 0, cv::INTER_LINEAR);
    return blurred;
}

}  // namespace

MaskedContent parse_masked_content(const std::string& text) {
    const std::string t = lower(text);
    if (t == "fill") return MaskedContent::Fill;
    if (t == "original") return MaskedContent::Original;
    if (t == "latent noise") return MaskedContent::LatentNoise;
    if (t == "latent nothing") return MaskedContent::LatentNothing;
    throw Error("unknown masked content '" + text + "': use fill, original, latent noise or latent nothing");
}

const char* masked_content_label(MaskedContent content) {
    switch (content) {
        case MaskedContent::Fill: return "fill";
        case MaskedContent::Original: return "original";
        case MaskedContent::LatentNoise: return "latent noise";
        case MaskedContent::LatentNothing: return "latent nothing";
    }
    return "original";
}

MaskedContent masked_content_of(int value) {
    if (value < 0 || value > 3)
        throw Error("masked content must be 0 (fill), 1 (original), 2 (latent noise) or 3 (latent nothing), not " +
                    std::to_string(value));
    return static_cast<MaskedContent>(value);
}

Image fill_masked_area(const Image& image, const Image& mask) {
    if (image.empty() || image.width != mask.width || image.height != mask.height)
        throw Error("masked content fill: the picture and the mask must have one size");
    const int w = image.width, h = image.height;
    // The picture premultiplied by "not masked" (PIL's RGBa of image pasted through the inverted mask).
    cv::Mat premultiplied(h, w, CV_32FC4);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const size_t i = (static_cast<size_t>(y) * w + x) * 3;
            const uint8_t* m = &mask.rgb[i];
            const float keep = 1.0f - static_cast<float>(pil_luma(m)) / 255.0f;
            premultiplied.at<cv::Vec4f>(y, x) = {image.rgb[i] * keep, image.rgb[i + 1] * keep, image.rgb[i + 2] * keep, keep};
        }
    // Layers composited "over" in A1111's order, each un-premultiplied first (PIL converts RGBa to RGBA).
    cv::Mat acc(h, w, CV_32FC4, cv::Scalar(0, 0, 0, 0));  // straight (not premultiplied) RGBA
    const std::pair<double, int> passes[] = {{256, 1}, {64, 1}, {16, 2}, {4, 4}, {2, 2}, {0, 1}};
    for (const auto& [radius, repeats] : passes) {
        const cv::Mat layer = blur(premultiplied, radius);
        for (int r = 0; r < repeats; ++r)
            for (int y = 0; y < h; ++y)
                for (int x = 0; x < w; ++x) {
                    const cv::Vec4f& s = layer.at<cv::Vec4f>(y, x);
                    cv::Vec4f& d = acc.at<cv::Vec4f>(y, x);
                    const float sa = std::clamp(s[3], 0.0f, 1.0f);
                    const float oa = sa + d[3] * (1 - sa);
                    if (oa <= 0) continue;
                    for (int c = 0; c < 3; ++c) {
                        const float sc = sa > 0 ? s[c] / s[3] : 0.0f;  // un-premultiplied source colour
                        d[c] = (sc * sa + d[c] * d[3] * (1 - sa)) / oa;
                    }
                    d[3] = oa;
                }
    }
    Image out = image;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const cv::Vec4f& d = acc.at<cv::Vec4f>(y, x);
            const size_t i = (static_cast<size_t>(y) * w + x) * 3;
            for (int c = 0; c < 3; ++c)
                out.rgb[i + c] = static_cast<uint8_t>(std::clamp(std::lround(d[c]), 0L, 255L));
        }
    return out;
}

}  // namespace stipple
