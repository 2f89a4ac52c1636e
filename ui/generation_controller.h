// The app's generation controller: owns the worker thread (and through it the process's one
// loaded model), the job queue and abort/finish-now, and tells the window what happens with typed
// signals. No widgets: the window, the sweep dialog and later tools all enqueue jobs here, so a
// side job never loads a second model or runs beside the main one.
#pragma once

#include "generation_job.h"
#include "token_counter.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

namespace stipple::ui {

class GenerationWorker;
class TokenCounter;

class GenerationController : public QObject {
    Q_OBJECT
public:
    explicit GenerationController(QObject* parent = nullptr);
    ~GenerationController() override;  // shutdown()

    // Loads with the precision and thread count from Preferences. Jobs queued meanwhile wait.
    void loadModel(const QString& path);
    bool isModelLoaded() const { return modelLoaded_; }
    bool isLoading() const { return loading_; }
    const ModelSummary& model() const { return model_; }
    // Pipeline::load calls in this process so far.
    int modelLoadCount() const;

    // Queues `job` (its id is assigned here and returned) and starts it when the worker is free.
    int enqueue(GenerationJob job);
    const QList<GenerationJob>& queue() const { return queue_; }
    void removeQueued(int row);
    void clearQueue();
    bool isBusy() const { return current_.id != 0; }
    int currentJobId() const { return current_.id; }
    const GenerationJob& currentJob() const { return current_; }
    bool isAborting() const { return aborting_; }
    void abort();               // the running job: stop, save nothing
    void abortJob(int jobId);   // the running or a queued job
    void finishNow();           // the running generation: decode the current estimate and save it

    void setPreviewOptions(bool noisy, int source, int fullVaeEvery);
    // 0 = chosen for the model; applies now and to later loads (starts as Preferences' value).
    void setThreadCount(int threads);
    // Counts on the token thread with the loaded model's tokenizer; answers with tokensCounted.
    // `emphasis`: the request's Emphasis mode, as the encoder will read the prompt.
    void countTokens(const QString& prompt, const QString& negative,
                     stipple::Emphasis emphasis = stipple::Emphasis::Original);

    // Aborts the running job, drops the queue and joins the threads; idempotent.
    void shutdown();

Q_SIGNALS:
    void modelLoading(const QString& path);
    void modelLoaded(const stipple::ui::ModelSummary& model);
    void modelLoadFailed(const QString& path, const QString& reason);
    void queueChanged();
    void jobStarted(const stipple::ui::GenerationJob& job);
    void framesArrived(const QList<stipple::ui::PreviewFrame>& frames);  // the newest last
    // The running generation entered a stage (stipple::PipelineStage as int: TextEncoder,
    // Denoising, VaeDecode); each pass of a run reports its own.
    void stageChanged(int jobId, int stage);
    void cellFinished(int jobId, const stipple::ui::GeneratedImage& cell);
    void sweepModelLoading(int jobId, const QString& model, int index, int count);
    void jobFinished(const stipple::ui::JobResult& result);
    void tokensCounted(const stipple::ui::PromptReading& prompt, const stipple::ui::PromptReading& negative);

private:
    // How `path` loads now: Preferences' precision, the thread count, the model's own overrides.
    ModelLoadArgs loadArgsFor(const QString& path) const;
    void dispatchNext();
    void onFramesAvailable();
    void onJobFinished(const JobResult& result);

    QThread workerThread_;
    QThread tokenThread_;
    GenerationWorker* worker_;      // lives on workerThread_, deleted when it finishes
    TokenCounter* tokenCounter_;    // lives on tokenThread_, deleted when it finishes
    QList<GenerationJob> queue_;
    GenerationJob current_;
    int nextJobId_ = 1;
    int tokenSerial_ = 0;
    int threads_ = 0;
    bool aborting_ = false;
    bool loading_ = false;
    bool modelLoaded_ = false;
    bool shutDown_ = false;
    ModelSummary model_;
};

}  // namespace stipple::ui
