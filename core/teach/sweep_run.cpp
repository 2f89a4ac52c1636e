#include "teach/sweep_run.h"

#include "common/error.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

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

void check_sweep_models(const SweepPlan& plan) {
    for (const std::string& model : plan.models()) {
        std::error_code ec;
        const auto status = std::filesystem::status(model, ec);
        if (!std::filesystem::is_regular_file(status) && !std::filesystem::is_directory(status))
            throw Error("Model value '" + model + "' is not a model file or folder" +
                        (ec ? " (" + ec.message() + ")" : std::string()) +
                        ": give the path of a .safetensors checkpoint or a diffusers folder");
    }
}

SweepResult run_sweep(const SweepModelLoader& load, const SweepPlan& plan, SweepObserver* observer, RunControl* control) {
    check_sweep_models(plan);
    const auto start = std::chrono::steady_clock::now();
    SweepResult result;
    result.cells.resize(plan.cells.size());
    const int total = plan.total_steps();
    const std::vector<std::string> models = plan.models();
    const auto where = [&](size_t i) {
        const SweepCell& cell = plan.cells[i];
        std::string w = sweep_axis_title(plan.x.kind) + " " + sweep_value_label(plan.x.kind, plan.x.values[cell.column]);
        if (plan.y) w += ", " + sweep_axis_title(plan.y->kind) + " " + sweep_value_label(plan.y->kind, plan.y->values[cell.row]);
        return "sweep cell " + std::to_string(i + 1) + " (" + w + "): ";
    };
    int before = 0;
    Pipeline* pipeline = nullptr;
    std::string loaded_for;  // the model `pipeline` renders
    for (size_t i : plan.run_order()) {
        if (control && control->cancel) {
            result.cancelled = true;
            break;
        }
        const SweepCell& cell = plan.cells[i];
        try {
            if (!pipeline || cell.model != loaded_for) {
                if (observer && !cell.model.empty()) {
                    const auto index = std::find(models.begin(), models.end(), cell.model) - models.begin();
                    observer->on_model_loading(static_cast<int>(i), cell.model, static_cast<int>(index),
                                               static_cast<int>(models.size()));
                }
                pipeline = nullptr;  // the loader frees the model it had before
                pipeline = &load(cell.model);
                loaded_for = cell.model;
            }
        } catch (const Error& e) {
            throw Error(where(i) + "cannot load the model: " + e.what());
        }
        if (control && control->cancel) {  // a load takes seconds: the user may have left meanwhile
            result.cancelled = true;
            break;
        }
        CellObserver cell_observer(observer, static_cast<int>(i), before, total);
        GenerationResult r;
        try {
            r = pipeline->generate(cell.request, &cell_observer, control);
        } catch (const Error& e) {
            throw Error(where(i) + e.what());
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

SweepResult run_sweep(Pipeline& pipeline, const SweepPlan& plan, SweepObserver* observer, RunControl* control) {
    if (!plan.models().empty()) throw Error("a Model sweep loads models one after another: it needs a model loader");
    return run_sweep([&pipeline](const std::string&) -> Pipeline& { return pipeline; }, plan, observer, control);
}

}  // namespace stipple
