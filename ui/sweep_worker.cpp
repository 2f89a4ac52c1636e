// Sweep worker (see sweep_worker.h).
#include "sweep_worker.h"
#include "image_convert.h"

#include "io/model_hash.h"
#include "pipeline/pipeline.h"
#include "pipeline/sweep_run.h"

#include <chrono>
#include <cstring>

namespace stipple::ui {

namespace {


// Sends a latent-to-RGB preview of each step, at most ~8 per second per cell (the GUI repaints the grid).
class Forwarder : public stipple::SweepObserver {
public:
    Forwarder(SweepWorker* worker, stipple::Pipeline& pipeline) : worker_(worker), pipeline_(pipeline) {}
    void on_cell_step(int cell, const stipple::StepInfo& info, int done, int total) override {
        const auto now = std::chrono::steady_clock::now();
        if (cell == last_cell_ && info.step != info.total && now - last_ < std::chrono::milliseconds(120)) return;
        last_cell_ = cell;
        last_ = now;
        const QImage preview = to_qimage(pipeline_.preview(info.denoised, stipple::PreviewMethod::LatentToRgb, 0));
        Q_EMIT worker_->cellPreview(cell, preview, done, total);
    }
    void on_cell_done(int cell, const stipple::GenerationResult& result) override {
        if (result.images.empty()) return;
        Q_EMIT worker_->cellDone(cell, to_qimage(result.images.front()), QString::fromStdString(result.scheduler_label));
    }

private:
    SweepWorker* worker_;
    stipple::Pipeline& pipeline_;
    int last_cell_ = -1;
    std::chrono::steady_clock::time_point last_;
};

}  // namespace

struct SweepWorker::State {
    std::unique_ptr<stipple::Pipeline> pipeline;
    QString path, hash;
    stipple::RunControl control;
};

SweepWorker::SweepWorker(QObject* parent) : QObject(parent), state_(std::make_unique<State>()) {
    qRegisterMetaType<stipple::SweepPlan>();
}

SweepWorker::~SweepWorker() = default;

void SweepWorker::abort() { state_->control.cancel = true; }

void SweepWorker::prepare() {
    state_->control.cancel = false;
    state_->control.finish_now = false;
}

void SweepWorker::run(const QString& modelPath, const stipple::SweepPlan& plan) {
    Q_EMIT started(static_cast<int>(plan.cells.size()), plan.total_steps());
    try {
        if (!state_->pipeline || state_->path != modelPath) {
            state_->pipeline.reset();
            state_->pipeline = stipple::Pipeline::load(modelPath.toStdString());
            state_->path = modelPath;
            state_->hash = QString::fromStdString(stipple::model_hash(state_->pipeline->info().path));
        }
        Forwarder forwarder(this, *state_->pipeline);
        const stipple::SweepResult result = stipple::run_sweep(*state_->pipeline, plan, &forwarder, &state_->control);
        Q_EMIT finished(result.cancelled, QString(), QString::fromStdString(state_->pipeline->info().name), state_->hash);
    } catch (const std::exception& e) {
        QString what = QString::fromUtf8(e.what());
        Q_EMIT finished(false, what.section(QLatin1Char('\n'), 0, 0), QString(), QString());
    }
}

}  // namespace stipple::ui
