#include "image/face_detect.h"

#include "common/error.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <filesystem>

namespace stipple {

namespace fs = std::filesystem;

std::string default_face_cascade() {
    for (const char* p : {"/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml",
                          "/usr/share/opencv/haarcascades/haarcascade_frontalface_default.xml",
                          "/usr/local/share/opencv4/haarcascades/haarcascade_frontalface_default.xml"})
        if (fs::is_regular_file(p)) return p;
    return "";
}

struct FaceDetector::Impl {
    cv::CascadeClassifier cascade;
    cv::Ptr<cv::FaceDetectorYN> yunet;
};

FaceDetector::FaceDetector(const std::string& model) : impl_(std::make_unique<Impl>()) {
    std::string path = model;
    if (path.empty()) {
        path = default_face_cascade();
        if (path.empty())
            throw Error("the face detector needs OpenCV's face cascade: install the Debian package opencv-data "
                        "(sudo apt install opencv-data), or give a YuNet face-detection .onnx file");
        name_ = "OpenCV Haar cascade";
    } else {
        name_ = fs::path(path).filename().string();
    }
    if (!fs::is_regular_file(path)) throw Error("face detector '" + path + "' does not exist");
    const std::string ext = fs::path(path).extension().string();
    try {
        if (ext == ".onnx") {
            impl_->yunet = cv::FaceDetectorYN::create(path, "", cv::Size(320, 320), 0.6f, 0.3f, 50);
        } else if (!impl_->cascade.load(path) || impl_->cascade.empty()) {
            throw Error("'" + path + "' is not an OpenCV cascade (.xml) or a YuNet model (.onnx)");
        }
    } catch (const cv::Exception& e) {
        throw Error("'" + path + "' could not be read as a face detector: " + e.err);
    }
    if (ext == ".onnx" && impl_->yunet.empty()) throw Error("'" + path + "' could not be read as a YuNet model");
}

FaceDetector::~FaceDetector() = default;
FaceDetector::FaceDetector(FaceDetector&&) noexcept = default;

std::vector<FaceBox> FaceDetector::detect(const Image& image, int max_faces) const {
    std::vector<FaceBox> faces;
    if (image.empty() || max_faces <= 0) return faces;
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<uint8_t*>(image.rgb.data()));
    const int min_side = std::max(12, std::min(image.width, image.height) / 50);
    try {
        if (impl_->yunet) {
            cv::Mat bgr, found;
            cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
            impl_->yunet->setInputSize(bgr.size());
            impl_->yunet->detect(bgr, found);
            for (int i = 0; i < found.rows; ++i) {
                FaceBox b;
                b.x = static_cast<int>(found.at<float>(i, 0));
                b.y = static_cast<int>(found.at<float>(i, 1));
                b.width = static_cast<int>(found.at<float>(i, 2));
                b.height = static_cast<int>(found.at<float>(i, 3));
                b.score = found.at<float>(i, 14);
                if (b.width >= min_side && b.height >= min_side) faces.push_back(b);
            }
        } else {
            cv::Mat gray;
            cv::cvtColor(rgb, gray, cv::COLOR_RGB2GRAY);
            cv::equalizeHist(gray, gray);
            std::vector<cv::Rect> found;
            impl_->cascade.detectMultiScale(gray, found, 1.1, 4, 0, cv::Size(min_side, min_side));
            for (const cv::Rect& r : found) faces.push_back({r.x, r.y, r.width, r.height, 1.0});
        }
    } catch (const cv::Exception& e) {
        throw Error("face detection failed: " + e.err);
    }
    // Inside the picture, largest first.
    for (FaceBox& b : faces) {
        const int x0 = std::clamp(b.x, 0, image.width), y0 = std::clamp(b.y, 0, image.height);
        const int x1 = std::clamp(b.x + b.width, 0, image.width), y1 = std::clamp(b.y + b.height, 0, image.height);
        b = {x0, y0, x1 - x0, y1 - y0, b.score};
    }
    faces.erase(std::remove_if(faces.begin(), faces.end(), [](const FaceBox& b) { return b.width <= 0 || b.height <= 0; }),
                faces.end());
    std::stable_sort(faces.begin(), faces.end(),
                     [](const FaceBox& a, const FaceBox& b) { return a.width * a.height > b.width * b.height; });
    if (static_cast<int>(faces.size()) > max_faces) faces.resize(static_cast<size_t>(max_faces));
    return faces;
}

}  // namespace stipple
