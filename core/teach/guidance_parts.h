// The guidance view of issue #20 in core terms: a StepObserver that asks the pipeline for each
// guided step's two x0 estimates (StepInfo::denoised_cond / denoised_uncond: from the prompt alone
// and from the negative or empty prompt alone) and keeps them, and re-guiding a kept step at any
// scale without a UNet call. Shared by the app's Classroom ▸ Guidance view and `stipple-cli
// guidance`. Include only from .cpp files in ui/ (it brings in libtorch through pipeline.h).
#pragma once

#include "pipeline/pipeline.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace stipple {

// One guided step of one image: tensors [1,C,h,w], float32 on the CPU.
struct GuidanceStep {
    int step = 0, total = 0;  // 1-based loop iteration, of `total`
    double timestep = 0;
    // x0 from the prompt alone (AND: its sub-prompts composed at scale 1; img2img/inpaint: at the
    // step's x_t, over the whole picture — see guidance_parts() in pipeline/stable_diffusion.cpp)
    at::Tensor cond;
    at::Tensor uncond;        // x0 from the negative (or empty) prompt alone
    at::Tensor guided;        // the run's own estimate at its scale (StepInfo::denoised)
};

// The estimate at `scale`: uncond + scale * (cond - uncond). For a scheduler whose x0 is affine in
// the model output (guidance_rescale 0, no thresholding or clipping) this is exactly what the
// pipeline's classifier-free guidance at `scale` gives for this step's x_t; at the run's own scale
// it equals `guided` (to float rounding).
at::Tensor reguided_x0(const GuidanceStep& step, double scale);

// Keeps the guidance parts of image `image` at the chosen steps. Steps without guidance (scale <= 1)
// are passed on but not kept. Memory is bounded: a step that would take the kept tensors past
// `max_bytes` is not kept (dropped() counts them), so a huge request cannot exhaust memory.
class GuidanceRecorder : public StepObserver {
public:
    static constexpr int64_t kDefaultMaxBytes = int64_t{512} << 20;

    // keep: 1-based steps to keep (empty: every step). next: sees every step too (may be null).
    explicit GuidanceRecorder(std::vector<int> keep = {}, StepObserver* next = nullptr, int image = 0,
                              int64_t max_bytes = kDefaultMaxBytes);
    void on_step(const StepInfo& info) override;
    void on_stage(PipelineStage stage) override;
    bool wants_guidance_parts() const override { return true; }

    const std::vector<GuidanceStep>& steps() const { return steps_; }
    int dropped() const { return dropped_; }
    // Called with each kept step right after it is kept (on the generating thread).
    std::function<void(const GuidanceStep&)> on_kept;

private:
    std::vector<int> keep_;
    StepObserver* next_;
    int image_;
    int64_t max_bytes_, bytes_ = 0;
    int dropped_ = 0;
    std::vector<GuidanceStep> steps_;
};

}  // namespace stipple
