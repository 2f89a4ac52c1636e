// The face detailer (ADetailer's approach, with OpenCV's detectors): every face found in an image
// is redrawn as an "only masked" inpaint — the face's box plus padding drawn at the generation size,
// so a face of 60 px gets the detail of a full image — and pasted back through its blurred mask.
// Works with any SD model (4- or 9-channel); the rest of the picture keeps its exact pixels.
#pragma once

#include "image/face_detect.h"
#include "pipeline/pipeline.h"

namespace stipple {

struct DetailedImage {
    Image image;
    std::vector<FaceBox> faces;  // the faces redrawn, largest first
    bool cancelled = false;      // stopped by `control` during a face: `image` holds the faces done
};

// Redraws the faces of `picture` one after the other (each sees the faces before it redrawn).
// `base` gives the model's settings (steps, guidance, sampler, size; its hires fix, variation and
// face detailer are not used); `prompt`/`negative` are the image's own, replaced by
// options.prompt when set; each face's noise comes from `seed`. Steps and previews go to
// `observer` per face.
DetailedImage detail_faces(Pipeline& pipeline, const FaceDetector& detector, const Image& picture,
                           const GenerationRequest& base, const std::string& prompt, const std::string& negative,
                           uint64_t seed, const FaceDetail& options, StepObserver* observer, RunControl* control);

// Pipeline::generate for a request with face_detail: the image(s) as without it, then
// detail_faces on each (its own prompt, negative and seed) — or, with a `restorer` file, each
// image's faces restored by it (image/face_restorer.h; the result names its kind). The detector
// (and restorer) are loaded before anything is generated, so a missing opencv-data or a bad model
// file costs no compute.
GenerationResult generate_face_detailed(Pipeline& pipeline, const GenerationRequest& request, StepObserver* observer,
                                        RunControl* control);

}  // namespace stipple
