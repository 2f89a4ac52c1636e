// Seed triage: render many seeds to a fraction of the steps (a grid of quick x0 previews), then
// continue only the chosen ones to 100 % from their paused runs — not from scratch — giving the
// very image an uninterrupted run gives. Include only from .cpp files in ui/ (libtorch).
#pragma once

#include "pipeline/pipeline.h"

#include <memory>
#include <vector>

namespace stipple {

class SeedTriage {
public:
    // `base` with each of `seeds` (its own seeds are ignored); `fraction` of the steps (0 < f <= 1)
    // are rendered for the previews, at least one. Throws stipple::Error for no seeds or a bad fraction.
    SeedTriage(Pipeline& pipeline, const GenerationRequest& base, std::vector<uint64_t> seeds, double fraction);

    const std::vector<uint64_t>& seeds() const { return seeds_; }
    int preview_steps(size_t index) const;  // the step the preview of seed `index` stops at
    int total_steps(size_t index) const;

    // Renders seed `index` to its preview step (no-op when already there) and returns its x0
    // estimate decoded with `method`. Returns an empty image when cancelled.
    Image render_preview(size_t index, PreviewMethod method, StepObserver* observer = nullptr,
                         RunControl* control = nullptr);
    // Continues seed `index` from where it paused to the last step and decodes it. `cancelled` is
    // set in the result when stopped (the run stays paused and can be finished later).
    GenerationResult finish(size_t index, StepObserver* observer = nullptr, RunControl* control = nullptr);

    // The request of seed `index` alone (what a single generation of that cell would be).
    GenerationRequest request(size_t index) const;

private:
    GenerationRun& run(size_t index);
    Pipeline& pipeline_;
    GenerationRequest base_;
    std::vector<uint64_t> seeds_;
    double fraction_;
    std::vector<std::unique_ptr<GenerationRun>> runs_;  // started on first use
};

}  // namespace stipple
