// The generation worker: a QObject on the controller's QThread that owns the process's one
// GenerationService (and so its one Pipeline), runs one job at a time — a generation or a sweep —
// computes live previews between steps and saves results. libtorch and the service appear only in
// the .cpp. Driven by GenerationController; nothing else talks to it.
#pragma once

#include "frame_mailbox.h"
#include "generation_job.h"

#include <QObject>
#include <QString>

#include <memory>

namespace stipple { struct RunControl; }

namespace stipple::ui {

enum class PreviewSource { Latent = 0, Taesd = 1 };

class GenerationWorker : public QObject {
    Q_OBJECT
public:
    explicit GenerationWorker(QObject* parent = nullptr);
    ~GenerationWorker() override;

    // Frames of the running job; the controller drains it on framesAvailable().
    FrameMailbox& mailbox() { return mailbox_; }

    // Thread-safe, for the GUI thread while a job runs (or before it starts).
    void abort(int jobId);       // stop; nothing is saved
    void finishNow(int jobId);   // stop; decode the current estimate and save it
    void setPreviewNoisy(bool noisy);             // x_t instead of the x0 estimate
    void setPreviewSource(PreviewSource source);  // latent->RGB or TAESD (when the model has it)
    void setFullVaeEvery(int steps);              // 0 = never; else a full VAE preview every N steps
    // Pipeline::load calls made in this worker's life (one model per process: side jobs reuse it).
    int loadCount() const;

public Q_SLOTS:
    // Loads the user's model (the one jobs run on, and the one a Model sweep returns to).
    void loadModel(const stipple::ui::ModelLoadArgs& args);
    void setThreadCount(int threads);
    void run(const stipple::ui::GenerationJob& job);

Q_SIGNALS:
    void modelLoaded(const stipple::ui::ModelSummary& model);
    void modelLoadFailed(const QString& path, const QString& reason);
    void framesAvailable();
    // A generation's stage (stipple::PipelineStage as int) starts; queued after the frames before it.
    void stageStarted(int jobId, int stage);
    void cellFinished(int jobId, const stipple::ui::GeneratedImage& cell);  // a sweep cell
    // A Model sweep is about to load model `index` of `count` (its path).
    void sweepModelLoading(int jobId, const QString& model, int index, int count);
    void jobFinished(const stipple::ui::JobResult& result);

private:
    friend class PreviewObserver;
    friend class SweepForwarder;
    struct State;  // the service and the current run (defined in the .cpp)
    void runGeneration(const GenerationJob& job, JobResult& result);
    void runSweep(const GenerationJob& job, JobResult& result);
    void runUpscale(const GenerationJob& job, JobResult& result);
    void runTask(const GenerationJob& job, const std::shared_ptr<stipple::RunControl>& control);
    // Loads `args` into the service and describes it; throws (the service is then empty).
    ModelSummary loadInto(const ModelLoadArgs& args);
    std::unique_ptr<State> state_;
    FrameMailbox mailbox_;
};

}  // namespace stipple::ui
