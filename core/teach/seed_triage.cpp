#include "teach/seed_triage.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace stipple {

SeedTriage::SeedTriage(Pipeline& pipeline, const GenerationRequest& base, std::vector<uint64_t> seeds, double fraction)
    : pipeline_(pipeline), base_(base), seeds_(std::move(seeds)), fraction_(fraction) {
    if (seeds_.empty()) throw Error("seed triage needs at least one seed");
    if (!(fraction_ > 0.0 && fraction_ <= 1.0))
        throw Error("the preview fraction must be above 0 and at most 1 (e.g. 0.4 for 40 % of the steps)");
    if (base_.prompts.size() > 1) throw Error("seed triage runs one prompt: give one --prompt");
    runs_.resize(seeds_.size());
}

GenerationRequest SeedTriage::request(size_t index) const {
    GenerationRequest r = base_;
    r.seeds = {seeds_.at(index)};
    return r;
}

GenerationRun& SeedTriage::run(size_t index) {
    if (index >= seeds_.size()) throw Error("no triage cell " + std::to_string(index + 1));
    if (!runs_[index]) runs_[index] = pipeline_.start(request(index));
    return *runs_[index];
}

int SeedTriage::total_steps(size_t index) const {
    if (index < runs_.size() && runs_[index]) return runs_[index]->total_steps();
    return base_.steps;  // txt2img; img2img runs know their shortened count once started
}

int SeedTriage::preview_steps(size_t index) const {
    const int total = total_steps(index);
    return std::clamp(static_cast<int>(std::lround(total * fraction_)), 1, total);
}

Image SeedTriage::render_preview(size_t index, PreviewMethod method, StepObserver* observer, RunControl* control) {
    GenerationRun& r = run(index);
    const int stop = std::max(preview_steps(index), r.steps_done());
    if (!pipeline_.advance(r, stop, observer, control) || !r.denoised().defined()) return {};
    return pipeline_.preview(r.denoised(), method, 0);
}

GenerationResult SeedTriage::finish(size_t index, StepObserver* observer, RunControl* control) {
    GenerationRun& r = run(index);
    if (!pipeline_.advance(r, 0, observer, control)) {
        GenerationResult cancelled;
        cancelled.seeds = {seeds_[index]};
        cancelled.cancelled = true;
        cancelled.steps_done = r.steps_done();
        return cancelled;
    }
    return pipeline_.finish(r);
}

}  // namespace stipple
