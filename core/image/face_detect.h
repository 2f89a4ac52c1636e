// Finding faces for the face detailer, with OpenCV: the frontal-face Haar cascade Debian ships in
// opencv-data (no download; works on photographs and clear drawings, frontal faces only), another
// cascade .xml, or a YuNet .onnx model the user supplies (OpenCV's FaceDetectorYN: faster and far
// better on turned faces). Hand-written only as glue: detection itself is OpenCV's.
#pragma once

#include "common/image.h"

#include <memory>
#include <string>
#include <vector>

namespace stipple {

struct FaceBox {
    int x = 0, y = 0, width = 0, height = 0;  // pixels of the image
    double score = 1;                         // YuNet's confidence; 1 for a cascade
};

// Where Debian's opencv-data puts the frontal-face cascade (the first that exists), or "".
std::string default_face_cascade();

class FaceDetector {
public:
    // `model` "" = default_face_cascade(). Throws Error when the file is missing or not a cascade /
    // YuNet model (saying to install opencv-data when the default is absent).
    explicit FaceDetector(const std::string& model);
    ~FaceDetector();
    FaceDetector(FaceDetector&&) noexcept;
    // Faces, largest first; at most `max_faces`, none smaller than 2 % of the shorter side.
    std::vector<FaceBox> detect(const Image& image, int max_faces = 8) const;
    // "OpenCV Haar cascade", or the model file's name: the infotext's "Face detailer" value.
    const std::string& name() const { return name_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string name_;
};

}  // namespace stipple
