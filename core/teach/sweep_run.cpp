#include "teach/sweep_run.h"

#include "common/error.h"

#include <algorithm>
#include <chrono>

namespace stipple {

namespace {

// Forwards a cell's steps to the sweep observer with the sweep-wide step count.
class CellObserver : public StepObserver {
public:
    CellObserver(SweepObserver* sweep, int cell, int steps_before, int steps_total)
        : sweep_(sweep), cell_(cell), before_(steps_before), total_(steps_total) {}
    void on_step(const StepInfo& info) override {
        // The plan counts `steps` per cell; some samplers run more iterations (PLMS one more, Heun
        // and DPM2 two per step), so the total grows when the count is passed.
        const int done = before_ + info.step;
        if (sweep_) sweep_->on_cell_step(cell_, info, done, std::max(total_, done));
    }

private:
    SweepObserver* sweep_;
    int cell_, before_, total_;
};

}  // namespace

SweepResult run_sweep(Pipeline& pipeline, const SweepPlan& plan, SweepObserver* observer, RunControl* control) {
    const auto start = std::chrono::steady_clock::now();
    SweepResult result;
    result.cells.resize(plan.cells.size());
    const int total = plan.total_steps();
    int before = 0;
    for (size_t i = 0; i < plan.cells.size(); ++i) {
        if (control && control->cancel) {
            result.cancelled = true;
            break;
        }
        const SweepCell& cell = plan.cells[i];
        CellObserver cell_observer(observer, static_cast<int>(i), before, total);
        GenerationResult r;
        try {
            r = pipeline.generate(cell.request, &cell_observer, control);
        } catch (const Error& e) {
            std::string where = sweep_axis_title(plan.x.kind) + " " + plan.x.values[cell.column];
            if (plan.y) where += ", " + sweep_axis_title(plan.y->kind) + " " + plan.y->values[cell.row];
            throw Error("sweep cell " + std::to_string(i + 1) + " (" + where + "): " + e.what());
        }
        before += r.steps_done;
        if (r.cancelled) {
            result.cancelled = true;
            break;
        }
        result.cells[i] = std::move(r);
        ++result.cells_done;
        if (observer) observer->on_cell_done(static_cast<int>(i), result.cells[i]);
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

}  // namespace stipple
