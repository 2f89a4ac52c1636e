// Recording a generation's denoising timeline (every step's x0 estimate and/or noisy x_t as a
// picture) and turning it into frames, a labelled filmstrip and the sidecar JSON of a GIF/MP4.
// Include only from .cpp files in ui/ (it brings in libtorch through pipeline.h).
#pragma once

#include "image/labelled_grid.h"
#include "pipeline/pipeline.h"

#include <string>
#include <vector>

namespace stipple {

enum class TimelineView { Denoised, Noisy, Both };  // x0 estimate, noisy x_t, the two side by side

// "x0", "xt", "both" (also "denoised", "noisy", "side-by-side"); throws stipple::Error otherwise.
TimelineView parse_timeline_view(const std::string& name);
std::string timeline_view_name(TimelineView view);
// "latent2rgb", "taesd", "vae"; throws stipple::Error otherwise.
PreviewMethod parse_preview_method(const std::string& name);
std::string preview_method_name(PreviewMethod method);

struct TimelineFrame {
    int step = 0, total = 0;
    double timestep = 0;
    Image denoised;  // empty unless recorded
    Image noisy;
};

// A StepObserver that keeps each step's preview(s) of image 0; passes every step on to `next`.
class TimelineRecorder : public StepObserver {
public:
    TimelineRecorder(Pipeline& pipeline, PreviewMethod method, TimelineView view, StepObserver* next = nullptr)
        : pipeline_(pipeline), method_(method), view_(view), next_(next) {}
    void on_step(const StepInfo& info) override;
    const std::vector<TimelineFrame>& frames() const { return frames_; }

private:
    Pipeline& pipeline_;
    PreviewMethod method_;
    TimelineView view_;
    StepObserver* next_;
    std::vector<TimelineFrame> frames_;
};

// One picture per step for the GIF/MP4, each `width` x `height` (per side for Both).
std::vector<Image> timeline_images(const std::vector<TimelineFrame>& frames, TimelineView view, int width, int height);

// Every `every`-th step (and always the last) in one labelled row ("step 5, t 751"); with Both, a
// row of x0 estimates over a row of noisy x_t. Cells are `width` x `height`.
LabelledGrid make_filmstrip(const std::vector<TimelineFrame>& frames, TimelineView view, int every, int width,
                            int height);

// The sidecar JSON of a GIF/MP4 (and the filmstrip's "stipple-timeline" text): the image's A1111
// parameters, what is shown, the preview decoder, the frame rate and each frame's step and timestep.
std::string timeline_json(const std::string& parameters, const std::vector<TimelineFrame>& frames, TimelineView view,
                          PreviewMethod method, double fps, const std::string& kind);

}  // namespace stipple
