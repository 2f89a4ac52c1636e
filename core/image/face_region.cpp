#include "image/face_region.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace stipple {

Image face_mask(int width, int height, const FaceBox& face) {
    cv::Mat m(height, width, CV_8UC3, cv::Scalar(0, 0, 0));
    const cv::Point center(face.x + face.width / 2, face.y + face.height / 2);
    const cv::Size axes(std::max(1, face.width * 11 / 20), std::max(1, face.height * 11 / 20));
    cv::ellipse(m, center, axes, 0, 0, 360, cv::Scalar(255, 255, 255), -1, cv::LINE_8);
    Image out;
    out.width = width;
    out.height = height;
    out.rgb.assign(m.data, m.data + m.total() * 3);
    return out;
}

CropBox square_face_crop(const FaceBox& face, double scale, int width, int height) {
    if (width <= 0 || height <= 0) return {};
    const int longer = std::max(face.width, face.height);
    int side = std::max(1, static_cast<int>(std::lround(longer * scale)));
    side = std::min({side, width, height});
    // Centred on the face, then shifted (not cut) to lie inside the picture.
    const int cx = face.x + face.width / 2, cy = face.y + face.height / 2;
    const int x = std::clamp(cx - side / 2, 0, width - side);
    const int y = std::clamp(cy - side / 2, 0, height - side);
    return {x, y, side, side};
}

}  // namespace stipple
