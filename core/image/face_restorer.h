// Face restoration with a GFPGAN or CodeFormer network the user supplies as an ONNX file, run by
// OpenCV's dnn module (issue #18's alternative to redrawing faces with the diffusion model, and
// AUTOMATIC1111's "Restore faces" / the extras tab's GFPGAN and CodeFormer). Each face the
// FaceDetector found is cut out as a square, restored at 512x512, and blended back through the
// face detailer's feathered ellipse (image/face_region.h, image/inpaint_area.h).
//
// The I/O contract, as the community exports take it (facefusion's gfpgan_1.4.onnx /
// codeformer.onnx, the GFPGAN-onnxruntime and CodeFormer ONNX conversions):
//   GFPGAN      one input, 1x3x512x512 float: the face in RGB, NCHW, each value p / 255 * 2 - 1
//               (so [-1, 1]); any input name.
//   CodeFormer  that input plus a fidelity weight: a one-element float or double input ("w" or
//               "weight", shape [1]), A1111's "CodeFormer weight": 0 = strongest restoration,
//               1 = closest to the input face.
//   Output      the first 1x3x512x512 float output, RGB in [-1, 1]: clipped to [-1, 1], then
//               (y + 1) / 2 * 255, rounded. Further outputs (CodeFormer's logits) are ignored.
// Symbolic dimensions in the file (a dynamic batch or size) are accepted and fed at this size.
// The face crop is a square twice the detector's face box (about the scale of the FFHQ 512
// alignment these models were trained on); faces are not rotated to the eyes as facexlib's
// five-point alignment does, so tilted faces restore less well than in A1111.
//
// Threads: OpenCV's dnn runs on OpenCV's own pool (TBB in Debian's build: one thread per core),
// separate from libtorch's. It is left at its default — restoration runs after the diffusion
// steps, never alongside them, so the two pools do not compete, and cv::setNumThreads would be
// process-wide state behind the other OpenCV users' backs.
#pragma once

#include "common/image.h"
#include "image/face_detect.h"
#include "image/inpaint_area.h"

#include <memory>
#include <string>
#include <vector>

namespace stipple {

enum class FaceRestorerKind { GFPGAN, CodeFormer };

struct FaceRestoreOptions {
    // A1111's "GFPGAN visibility" / "CodeFormer visibility": 0 = the picture unchanged, 1 = the
    // restored faces fully (inside the feathered ellipse).
    double visibility = 1.0;
    // A1111's "CodeFormer weight" (fed to CodeFormer's weight input; GFPGAN has none).
    double codeformer_weight = 0.5;
};

struct RestoredFaces {
    Image image;
    std::vector<FaceBox> faces;  // the faces restored, in the order given
};

class FaceRestorer {
public:
    // Model side the contract fixes.
    static constexpr int kSize = 512;

    // Reads and checks `model_path` (its inputs against the contract above) and loads it with
    // cv::dnn::readNetFromONNX. Throws stipple::Error naming the file: missing, not ONNX, inputs or
    // output of another shape, or a network OpenCV's dnn module cannot import.
    explicit FaceRestorer(const std::string& model_path);
    ~FaceRestorer();
    FaceRestorer(FaceRestorer&&) noexcept;

    FaceRestorerKind kind() const { return kind_; }
    // "GFPGAN" or "CodeFormer": A1111's "Face restoration" value and its extras keys' prefix.
    const char* label() const;
    const std::string& path() const { return path_; }

    // One face: `face` (any size; resized to 512x512) through the network, returned at 512x512.
    // Throws stipple::Error naming the file when the network fails, gives an output of another
    // shape, or gives NaN or infinity.
    Image run(const Image& face, double codeformer_weight);

    // Each of `faces` (boxes in `picture`) restored and blended in, one after the other.
    // Visibility 0 returns `picture` as it is without running the network.
    RestoredFaces restore(const Image& picture, const std::vector<FaceBox>& faces, const FaceRestoreOptions& options);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string path_;
    FaceRestorerKind kind_ = FaceRestorerKind::GFPGAN;
};

// The square a face is restored in: twice the face box's longer side, inside the picture.
CropBox restore_crop(const FaceBox& face, int width, int height);

// The checks of the constructor that need no OpenCV (file, inputs, declared outputs), cheap enough
// to run before a model is loaded: the kind the file's inputs say. Throws as the constructor does.
FaceRestorerKind check_face_restorer(const std::string& model_path);

}  // namespace stipple
