// Running a sweep plan as one job: cell after cell through Pipeline::generate (so a cell is
// pixel-identical to the single generation), with overall progress, per-cell step previews and
// cancellation. Include only from .cpp files in ui/ (it brings in libtorch through pipeline.h).
#pragma once

#include "pipeline/pipeline.h"
#include "teach/sweep_plan.h"

#include <functional>
#include <string>
#include <vector>

namespace stipple {

class SweepObserver {
public:
    virtual ~SweepObserver() = default;
    // After every denoising iteration of cell `cell`; `steps_done` of `steps_total` over the sweep.
    virtual void on_cell_step(int cell, const StepInfo& info, int steps_done, int steps_total) {}
    // When cell `cell` has its image (result.images[0]).
    virtual void on_cell_done(int cell, const GenerationResult& result) {}
    // Before model `index` of `count` (a Model axis value) loads for cell `cell`, the first of its group.
    virtual void on_model_loading(int cell, const std::string& model, int index, int count) {}
};

// Gives the pipeline that renders the cells of `model` (a Model axis value; "" = the model loaded
// now). Loading another model frees the one loaded before (one Pipeline per process), so the
// reference an earlier call returned is dead after the next call. Throws stipple::Error when the
// model cannot load.
using SweepModelLoader = std::function<Pipeline&(const std::string& model)>;

struct SweepResult {
    std::vector<GenerationResult> cells;  // one per plan cell; cells not reached have no images
    int cells_done = 0;
    bool cancelled = false;
    double seconds = 0;
};

// Throws stipple::Error naming the first Model axis value that is neither a file nor a folder, so a
// typo stops the sweep before any compute rather than after the first model's cells.
void check_sweep_models(const SweepPlan& plan);

// Runs every cell in plan.run_order(): cells grouped by model, each model loaded once through
// `load` (after check_sweep_models). A cancel (control->cancel) stops after the current step
// and returns the cells done so far; errors from a cell or a model load are thrown naming the cell.
// The caller reloads the user's model afterwards if it wants it back.
SweepResult run_sweep(const SweepModelLoader& load, const SweepPlan& plan, SweepObserver* observer = nullptr,
                      RunControl* control = nullptr);
// The same on the loaded `pipeline`; a plan with a Model axis throws (it needs a loader).
SweepResult run_sweep(Pipeline& pipeline, const SweepPlan& plan, SweepObserver* observer = nullptr,
                      RunControl* control = nullptr);

}  // namespace stipple
