// The generation worker: a QObject living on its own QThread that owns the loaded Pipeline, runs
// one job at a time, computes live previews between steps and saves every result as a PNG with
// A1111 parameters. libtorch and pipeline.h appear only in the .cpp (the pipeline is opaque here).
#pragma once

#include "frame_mailbox.h"
#include "generation_job.h"

#include <QObject>
#include <QString>

#include <memory>

namespace stipple::ui {

enum class PreviewSource { Latent = 0, Taesd = 1 };

class GenerationWorker : public QObject {
    Q_OBJECT
public:
    explicit GenerationWorker(QObject* parent = nullptr);
    ~GenerationWorker() override;

    // Frames of the running job; the GUI drains it on framesAvailable().
    FrameMailbox& mailbox() { return mailbox_; }

    // Thread-safe, for the GUI thread while a job runs (or before it starts).
    void abort(int jobId);       // stop; nothing is saved
    void finishNow(int jobId);   // stop; decode the current estimate and save it
    void setPreviewNoisy(bool noisy);             // x_t instead of the x0 estimate
    void setPreviewSource(PreviewSource source);  // latent->RGB or TAESD (when the model has it)
    void setFullVaeEvery(int steps);              // 0 = never; else a full VAE preview every N steps
    bool isBusy() const;

    // at::set_num_threads for the process; n <= 0 means the number of physical cores.
    static void setThreadCount(int n);
    static int defaultThreadCount();

public Q_SLOTS:
    // dtype: "fp32", "bf16" or "auto" (the Settings value).
    void loadModel(const QString& path, const QString& dtype);
    void generate(const stipple::ui::GenerationJob& job);
    void countTokens(int serial, const QString& prompt, const QString& negative);

Q_SIGNALS:
    void modelLoadStarted(const QString& path);
    void modelLoaded(const stipple::ui::ModelSummary& model);
    void modelLoadFailed(const QString& path, const QString& reason);
    void jobStarted(int jobId);
    void framesAvailable();
    void jobFinished(const stipple::ui::JobResult& result);
    void tokensCounted(int serial, int prompt, int negative);

private:
    friend class PreviewObserver;
    struct State;  // the pipeline and the current run (defined in the .cpp)
    std::unique_ptr<State> state_;
    FrameMailbox mailbox_;
};

}  // namespace stipple::ui
