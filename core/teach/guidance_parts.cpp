#include "teach/guidance_parts.h"

#include "common/error.h"

#include <algorithm>

namespace stipple {

at::Tensor reguided_x0(const GuidanceStep& step, double scale) {
    if (!step.cond.defined() || !step.uncond.defined()) throw Error("this step ran without guidance: nothing to re-guide");
    return step.uncond + scale * (step.cond - step.uncond);
}

GuidanceRecorder::GuidanceRecorder(std::vector<int> keep, StepObserver* next, int image, int64_t max_bytes)
    : keep_(std::move(keep)), next_(next), image_(image), max_bytes_(max_bytes) {}

void GuidanceRecorder::on_step(const StepInfo& info) {
    const bool wanted = keep_.empty() || std::find(keep_.begin(), keep_.end(), info.step) != keep_.end();
    if (wanted && info.denoised_cond.defined() && info.denoised_uncond.defined() && image_ < info.denoised.size(0)) {
        auto row = [&](const at::Tensor& t) { return t.slice(0, image_, image_ + 1).to(at::kFloat).contiguous().clone(); };
        const int64_t bytes = 3 * info.denoised.slice(0, 0, 1).numel() * static_cast<int64_t>(sizeof(float));
        if (bytes_ + bytes > max_bytes_) {
            ++dropped_;
        } else {
            bytes_ += bytes;
            GuidanceStep step;
            step.step = info.step;
            step.total = info.total;
            step.timestep = info.timestep;
            step.cond = row(info.denoised_cond);
            step.uncond = row(info.denoised_uncond);
            step.guided = row(info.denoised);
            steps_.push_back(std::move(step));
            if (on_kept) on_kept(steps_.back());
        }
    }
    if (next_) next_->on_step(info);
}

void GuidanceRecorder::on_stage(PipelineStage stage) {
    if (next_) next_->on_stage(stage);
}

}  // namespace stipple
