#include "image/resize_mode.h"

#include "common/error.h"
#include "image/image_io.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>

namespace stipple {

namespace {

std::string simplified(const std::string& text) {
    std::string out;
    for (unsigned char c : text)
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    return out;
}

cv::Mat lanczos(const cv::Mat& in, int width, int height) {
    if (in.cols == width && in.rows == height) return in.clone();
    cv::Mat out;
    cv::resize(in, out, cv::Size(width, height), 0, 0, cv::INTER_LANCZOS4);
    return out;
}

}  // namespace

ResizeMode parse_resize_mode(const std::string& text) {
    const std::string s = simplified(text);
    if (s == "justresize" || s == "resize" || s == "0") return ResizeMode::JustResize;
    if (s == "cropandresize" || s == "crop" || s == "1") return ResizeMode::CropAndResize;
    if (s == "resizeandfill" || s == "fill" || s == "2") return ResizeMode::ResizeAndFill;
    throw Error("unknown resize mode '" + text.substr(0, 40) + "': use \"Just resize\", \"Crop and resize\" or \"Resize and fill\"");
}

const char* resize_mode_label(ResizeMode mode) {
    switch (mode) {
        case ResizeMode::JustResize: return "Just resize";
        case ResizeMode::CropAndResize: return "Crop and resize";
        case ResizeMode::ResizeAndFill: return "Resize and fill";
    }
    return "Just resize";
}

ResizeMode resize_mode_of(int value) {
    if (value < 0 || value > 2)
        throw Error("unknown resize mode " + std::to_string(value) + ": 0 just resize, 1 crop and resize, 2 resize and fill");
    return static_cast<ResizeMode>(value);
}

Image resize_image(const Image& image, int width, int height, ResizeMode mode) {
    if (image.empty()) throw Error("cannot resize an empty image");
    if (width < 1 || height < 1) throw Error("cannot resize an image to " + std::to_string(width) + "x" + std::to_string(height));
    const cv::Mat src = to_bgr_mat(image);
    if (mode == ResizeMode::JustResize) return from_bgr_mat(lanczos(src, width, height));
    // A1111: compare the aspect ratios; the scaled picture covers (crop) or fits (fill) the target.
    const double target_ratio = static_cast<double>(width) / height;
    const double source_ratio = static_cast<double>(image.width) / image.height;
    const bool wider_target = target_ratio > source_ratio;
    const bool match_width = mode == ResizeMode::CropAndResize ? wider_target : !wider_target;
    const int scaled_w = match_width ? width : std::max(1, static_cast<int>(static_cast<int64_t>(image.width) * height / image.height));
    const int scaled_h = match_width ? std::max(1, static_cast<int>(static_cast<int64_t>(image.height) * width / image.width)) : height;
    const cv::Mat scaled = lanczos(src, scaled_w, scaled_h);
    cv::Mat out(height, width, CV_8UC3, cv::Scalar(0, 0, 0));
    // Centre `scaled` on `out`; the part that overlaps is copied (crop cuts, fill leaves bands).
    const int dx = width / 2 - scaled_w / 2, dy = height / 2 - scaled_h / 2;  // A1111's paste box
    const cv::Rect dst_rect = cv::Rect(dx, dy, scaled_w, scaled_h) & cv::Rect(0, 0, width, height);
    const cv::Rect src_rect(dst_rect.x - dx, dst_rect.y - dy, dst_rect.width, dst_rect.height);
    scaled(src_rect).copyTo(out(dst_rect));
    if (mode == ResizeMode::ResizeAndFill) {
        // The bands repeat the picture's first/last row (or column) stretched across them, as
        // A1111 pastes its edge strip resized to the band.
        if (dst_rect.y > 0) {
            cv::resize(scaled.row(0), out(cv::Rect(0, 0, width, dst_rect.y)), cv::Size(width, dst_rect.y), 0, 0, cv::INTER_NEAREST);
            const int below = height - dst_rect.br().y;
            if (below > 0)
                cv::resize(scaled.row(scaled.rows - 1), out(cv::Rect(0, dst_rect.br().y, width, below)), cv::Size(width, below), 0, 0,
                           cv::INTER_NEAREST);
        } else if (dst_rect.x > 0) {
            cv::resize(scaled.col(0), out(cv::Rect(0, 0, dst_rect.x, height)), cv::Size(dst_rect.x, height), 0, 0, cv::INTER_NEAREST);
            const int right = width - dst_rect.br().x;
            if (right > 0)
                cv::resize(scaled.col(scaled.cols - 1), out(cv::Rect(dst_rect.br().x, 0, right, height)), cv::Size(right, height), 0, 0,
                           cv::INTER_NEAREST);
        }
    }
    return from_bgr_mat(out);
}

}  // namespace stipple
