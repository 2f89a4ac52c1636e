#include "image/face_restorer.h"

#include "common/error.h"
#include "image/face_region.h"
#include "image/onnx_signature.h"
#include "image/resize_mode.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/dnn.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace stipple {

namespace {

constexpr int kSize = FaceRestorer::kSize;
// Crop side / face box side: the FFHQ-aligned 512 faces GFPGAN and CodeFormer were trained on
// fill about half the crop (facexlib's template puts the eyes 126 px apart).
constexpr double kCropScale = 2.0;

bool is_image_input(const OnnxValue& v) {
    if (!v.shape || v.shape->size() != 4) return false;
    const std::vector<int64_t> want = {1, 3, kSize, kSize};
    for (size_t i = 0; i < 4; ++i)
        if ((*v.shape)[i] >= 0 && (*v.shape)[i] != want[i]) return false;
    return v.element_type == static_cast<int32_t>(OnnxElementType::Float);
}

// One element: a scalar, or every dimension 1 (a symbolic one counts as 1, as it will be fed so).
bool is_weight_input(const OnnxValue& v) {
    if (!v.shape || v.shape->size() > 4) return false;
    for (int64_t d : *v.shape)
        if (d != 1 && d >= 0) return false;
    return v.element_type == static_cast<int32_t>(OnnxElementType::Float) ||
           v.element_type == static_cast<int32_t>(OnnxElementType::Double);
}

std::string describe_inputs(const std::vector<OnnxValue>& inputs) {
    std::string text;
    for (size_t i = 0; i < inputs.size(); ++i)
        text += (i ? (i + 1 == inputs.size() ? " and " : ", ") : "") + ("'" + inputs[i].name + "' " + inputs[i].describe());
    return text;
}

// OpenCV's messages span lines ("in function 'handleNode'\n> Node [Mul]... parse error: ..."):
// one line, without the "> " quoting, short enough to read.
std::string one_line(const std::string& text) {
    std::string out;
    bool space = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ' || (c == '>' && (i == 0 || text[i - 1] == '\n'))) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (out.size() > 400) out = out.substr(0, 397) + "...";
    return out;
}

std::string shape_text(const cv::Mat& m) {
    std::string s;
    for (int i = 0; i < m.dims; ++i) s += (i ? "x" : "") + std::to_string(m.size[i]);
    return s;
}

// What the file's inputs say, checked against the contract (face_restorer.h).
struct Contract {
    FaceRestorerKind kind = FaceRestorerKind::GFPGAN;
    std::string image_input, weight_input;
};

Contract read_contract(const std::string& model_path) {
    namespace fs = std::filesystem;
    if (model_path.empty()) throw Error("no face restoration model given (a GFPGAN or CodeFormer .onnx file)");
    if (!fs::is_regular_file(model_path)) throw Error("face restoration model '" + model_path + "' does not exist");
    const OnnxSignature signature = read_onnx_signature(model_path);
    const std::vector<OnnxValue>& in = signature.inputs;
    const auto image = std::find_if(in.begin(), in.end(), is_image_input);
    const auto weight = std::find_if(in.begin(), in.end(), is_weight_input);
    Contract c;
    if (in.size() == 1 && image != in.end()) {
        c.kind = FaceRestorerKind::GFPGAN;
    } else if (in.size() == 2 && image != in.end() && weight != in.end() && image != weight) {
        c.kind = FaceRestorerKind::CodeFormer;
        c.weight_input = weight->name;
    } else {
        throw Error("'" + model_path + "': face restoration expects a 1x3x512x512 float input (GFPGAN), or that and a "
                    "one-element weight (CodeFormer); this model takes " + describe_inputs(in));
    }
    c.image_input = image->name;
    // A declared output of another size is refused now; an undeclared one is checked after a run.
    const bool output_ok = std::any_of(signature.outputs.begin(), signature.outputs.end(), [](const OnnxValue& v) {
        if (!v.shape) return true;
        const OnnxValue as_float{v.name, static_cast<int32_t>(OnnxElementType::Float), v.shape};
        return is_image_input(as_float);
    });
    if (signature.outputs.empty() || !output_ok)
        throw Error("'" + model_path + "' does not give a 1x3x512x512 output (a restored face); its outputs: " +
                    (signature.outputs.empty() ? std::string("none") : describe_inputs(signature.outputs)));
    return c;
}

}  // namespace

struct FaceRestorer::Impl {
    cv::dnn::Net net;
    std::string image_input, weight_input;  // names to feed; weight_input "" for GFPGAN
};

CropBox restore_crop(const FaceBox& face, int width, int height) {
    return square_face_crop(face, kCropScale, width, height);
}

FaceRestorerKind check_face_restorer(const std::string& model_path) { return read_contract(model_path).kind; }

FaceRestorer::FaceRestorer(const std::string& model_path) : impl_(std::make_unique<Impl>()), path_(model_path) {
    const Contract c = read_contract(model_path);
    kind_ = c.kind;
    impl_->image_input = c.image_input;
    impl_->weight_input = c.weight_input;
    // OpenCV also logs an import failure on stderr; the Error below carries the same text, so its
    // log is quiet for the import (a process-wide setting, restored at once).
    const cv::utils::logging::LogLevel log_level = cv::utils::logging::getLogLevel();
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
    try {
        impl_->net = cv::dnn::readNetFromONNX(model_path);
    } catch (const cv::Exception& e) {
        cv::utils::logging::setLogLevel(log_level);
        throw Error("OpenCV " CV_VERSION "'s dnn module cannot load '" + model_path + "': " + one_line(e.err));
    }
    cv::utils::logging::setLogLevel(log_level);
    if (impl_->net.empty()) throw Error("OpenCV " CV_VERSION "'s dnn module cannot load '" + model_path + "'");
    impl_->net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    impl_->net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
}

FaceRestorer::~FaceRestorer() = default;
FaceRestorer::FaceRestorer(FaceRestorer&&) noexcept = default;

const char* FaceRestorer::label() const { return kind_ == FaceRestorerKind::CodeFormer ? "CodeFormer" : "GFPGAN"; }

Image FaceRestorer::run(const Image& face, double codeformer_weight) {
    if (face.empty()) throw Error("internal: an empty face crop");
    const Image in = face.width == kSize && face.height == kSize ? face : resize_image(face, kSize, kSize, ResizeMode::JustResize);
    const int shape[] = {1, 3, kSize, kSize};
    cv::Mat blob(4, shape, CV_32F);
    const size_t plane = static_cast<size_t>(kSize) * kSize;
    float* dst = blob.ptr<float>();
    for (size_t i = 0; i < plane; ++i)
        for (size_t c = 0; c < 3; ++c) dst[c * plane + i] = in.rgb[i * 3 + c] / 127.5f - 1.0f;
    std::vector<cv::Mat> outputs;
    try {
        impl_->net.setInput(blob, impl_->image_input);
        if (!impl_->weight_input.empty())
            impl_->net.setInput(cv::Mat(1, 1, CV_32F, cv::Scalar(static_cast<float>(codeformer_weight))), impl_->weight_input);
        impl_->net.forward(outputs, impl_->net.getUnconnectedOutLayersNames());
    } catch (const cv::Exception& e) {
        throw Error("'" + path_ + "' failed to run in OpenCV " CV_VERSION "'s dnn module: " + one_line(e.err));
    }
    const auto restored = std::find_if(outputs.begin(), outputs.end(), [](const cv::Mat& m) {
        return m.dims == 4 && m.size[0] == 1 && m.size[1] == 3 && m.size[2] == kSize && m.size[3] == kSize && m.type() == CV_32F;
    });
    if (restored == outputs.end()) {
        std::string got;
        for (const cv::Mat& m : outputs) got += (got.empty() ? "" : ", ") + shape_text(m);
        throw Error("'" + path_ + "' gave " + (got.empty() ? std::string("no output") : got) +
                    " instead of a 1x3x512x512 restored face");
    }
    const float* src = restored->ptr<float>();
    Image out;
    out.width = out.height = kSize;
    out.rgb.resize(plane * 3);
    for (size_t i = 0; i < plane; ++i)
        for (size_t c = 0; c < 3; ++c) {
            const float y = src[c * plane + i];
            if (!std::isfinite(y))
                throw Error("'" + path_ + "' gave NaN or infinite values for a face: the network does not run correctly here");
            out.rgb[i * 3 + c] = static_cast<uint8_t>(std::lround((std::clamp(y, -1.0f, 1.0f) + 1.0f) * 127.5f));
        }
    return out;
}

RestoredFaces FaceRestorer::restore(const Image& picture, const std::vector<FaceBox>& faces, const FaceRestoreOptions& options) {
    if (!(options.visibility >= 0 && options.visibility <= 1))
        throw Error("face restoration visibility must be between 0 and 1, not " + std::to_string(options.visibility));
    if (!(options.codeformer_weight >= 0 && options.codeformer_weight <= 1))
        throw Error("the CodeFormer weight must be between 0 and 1, not " + std::to_string(options.codeformer_weight));
    RestoredFaces out;
    out.image = picture;
    if (options.visibility == 0 || picture.empty()) return out;
    for (const FaceBox& face : faces) {
        const CropBox box = restore_crop(face, picture.width, picture.height);
        if (box.empty()) continue;
        const Image restored = run(crop_image(out.image, box), options.codeformer_weight);
        // The feather grows with the face (sigma 1/16 of its side: the blur's 2.5 sigma stays well
        // inside the crop's margin of 0.45 of the face around the ellipse); a 4 px edge would show
        // on a 400 px face.
        const int blur = std::clamp(std::max(face.width, face.height) / 16, 2, 64);
        MaskCoverage mask = blurred_mask_coverage(face_mask(picture.width, picture.height, face), blur);
        if (options.visibility < 1)
            for (uint8_t& a : mask.alpha) a = static_cast<uint8_t>(std::lround(a * options.visibility));
        out.image = paste_masked_area(out.image, resize_image(restored, box.width, box.height, ResizeMode::JustResize), box, mask);
        out.faces.push_back(face);
    }
    return out;
}

}  // namespace stipple
