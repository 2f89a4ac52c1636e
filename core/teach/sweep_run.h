// Running a sweep plan as one job: cell after cell through Pipeline::generate (so a cell is
// pixel-identical to the single generation), with overall progress, per-cell step previews and
// cancellation. Include only from .cpp files in ui/ (it brings in libtorch through pipeline.h).
#pragma once

#include "pipeline/pipeline.h"
#include "teach/sweep_plan.h"

#include <vector>

namespace stipple {

class SweepObserver {
public:
    virtual ~SweepObserver() = default;
    // After every denoising iteration of cell `cell`; `steps_done` of `steps_total` over the sweep.
    virtual void on_cell_step(int cell, const StepInfo& info, int steps_done, int steps_total) {}
    // When cell `cell` has its image (result.images[0]).
    virtual void on_cell_done(int cell, const GenerationResult& result) {}
};

struct SweepResult {
    std::vector<GenerationResult> cells;  // one per plan cell; cells not reached have no images
    int cells_done = 0;
    bool cancelled = false;
    double seconds = 0;
};

// Runs every cell in plan order on `pipeline`. A cancel (control->cancel) stops after the current
// step and returns the cells done so far; errors from a cell are thrown (naming the cell).
SweepResult run_sweep(Pipeline& pipeline, const SweepPlan& plan, SweepObserver* observer = nullptr,
                      RunControl* control = nullptr);

}  // namespace stipple
