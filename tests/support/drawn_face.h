// A picture OpenCV's frontal-face cascade finds a face in, for the face detailer's and the face
// restorer's suites.
#pragma once

#include "common/image.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace stipple::test {

// A cartoon face on a green ground: skin oval, hair, brows, eyes, nose, mouth (RGB), size x size.
inline Image drawn_face(int size) {
    cv::Mat img(size, size, CV_8UC3, cv::Scalar(90, 140, 90));
    const double s = size / 256.0;
    auto P = [&](int x, int y) { return cv::Point(static_cast<int>(x * s), static_cast<int>(y * s)); };
    auto S = [&](int w, int h) { return cv::Size(static_cast<int>(w * s), static_cast<int>(h * s)); };
    const int t = std::max(1, static_cast<int>(4 * s));
    cv::ellipse(img, P(128, 128), S(52, 68), 0, 0, 360, cv::Scalar(225, 180, 150), -1, cv::LINE_AA);
    cv::ellipse(img, P(128, 80), S(56, 30), 0, 180, 360, cv::Scalar(60, 40, 30), -1, cv::LINE_AA);
    cv::line(img, P(96, 104), P(118, 102), cv::Scalar(70, 50, 40), t, cv::LINE_AA);
    cv::line(img, P(138, 102), P(160, 104), cv::Scalar(70, 50, 40), t, cv::LINE_AA);
    for (int x : {107, 149}) {
        cv::ellipse(img, P(x, 116), S(10, 6), 0, 0, 360, cv::Scalar(245, 245, 245), -1, cv::LINE_AA);
        cv::circle(img, P(x, 116), std::max(1, static_cast<int>(5 * s)), cv::Scalar(20, 30, 40), -1, cv::LINE_AA);
    }
    cv::line(img, P(128, 120), P(122, 145), cv::Scalar(190, 140, 110), t - 1, cv::LINE_AA);
    cv::line(img, P(122, 145), P(134, 147), cv::Scalar(190, 140, 110), t - 1, cv::LINE_AA);
    cv::ellipse(img, P(128, 165), S(18, 7), 0, 0, 180, cv::Scalar(160, 70, 70), t, cv::LINE_AA);
    cv::GaussianBlur(img, img, {5, 5}, 1.2);
    Image out;
    out.width = out.height = size;
    out.rgb.assign(img.data, img.data + img.total() * 3);
    return out;
}

}  // namespace stipple::test
