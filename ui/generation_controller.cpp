// Generation controller (see generation_controller.h).
#include "generation_controller.h"
#include "worker_task.h"
#include "app_paths.h"

#include "generation_worker.h"
#include "preferences.h"
#include "token_counter.h"

namespace stipple::ui {

GenerationController::GenerationController(QObject* parent)
    : QObject(parent), worker_(new GenerationWorker), tokenCounter_(new TokenCounter) {
    workerThread_.setObjectName(QStringLiteral("stipple-worker"));
    tokenThread_.setObjectName(QStringLiteral("stipple-tokens"));
    worker_->moveToThread(&workerThread_);
    tokenCounter_->moveToThread(&tokenThread_);
    connect(&workerThread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(&tokenThread_, &QThread::finished, tokenCounter_, &QObject::deleteLater);

    connect(worker_, &GenerationWorker::modelLoaded, this, [this](const ModelSummary& m) {
        if (shutDown_) return;
        loading_ = false;
        modelLoaded_ = true;
        model_ = m;
        TokenCounter* counter = tokenCounter_;
        auto tokenizer = m.tokenizer;
        const int limit = m.tokenLimit;
        const QStringList vocabulary = m.vocabulary;
        auto embeddings = m.embeddings;
        QMetaObject::invokeMethod(counter, [counter, tokenizer, limit, vocabulary, embeddings] {
            counter->setTokenizer(tokenizer, limit, vocabulary, embeddings);
        }, Qt::QueuedConnection);
        Q_EMIT modelLoaded(m);
        dispatchNext();
    });
    connect(worker_, &GenerationWorker::modelLoadFailed, this, [this](const QString& path, const QString& reason) {
        if (shutDown_) return;
        loading_ = false;
        modelLoaded_ = false;
        model_ = {};
        Q_EMIT modelLoadFailed(path, reason);
    });
    connect(worker_, &GenerationWorker::framesAvailable, this, &GenerationController::onFramesAvailable);
    connect(worker_, &GenerationWorker::stageStarted, this, [this](int jobId, int stage) {
        if (!shutDown_) Q_EMIT stageChanged(jobId, stage);
    });
    connect(worker_, &GenerationWorker::cellFinished, this, [this](int jobId, const GeneratedImage& cell) {
        if (!shutDown_) Q_EMIT cellFinished(jobId, cell);
    });
    connect(worker_, &GenerationWorker::sweepModelLoading, this, [this](int jobId, const QString& model, int index, int count) {
        if (!shutDown_) Q_EMIT sweepModelLoading(jobId, model, index, count);
    });
    connect(worker_, &GenerationWorker::jobFinished, this, &GenerationController::onJobFinished);
    connect(tokenCounter_, &TokenCounter::counted, this,
            [this](int serial, const PromptReading& prompt, const PromptReading& negative) {
        if (serial == tokenSerial_) Q_EMIT tokensCounted(prompt, negative);
    });
    threads_ = Preferences().get(pref::threads);
    workerThread_.start();
    tokenThread_.start();
}

GenerationController::~GenerationController() { shutdown(); }

void GenerationController::shutdown() {
    if (shutDown_) return;
    shutDown_ = true;
    queue_.clear();
    if (current_.id != 0) worker_->abort(current_.id);  // the pipeline stops before its next UNet call
    workerThread_.quit();
    tokenThread_.quit();
    workerThread_.wait();
    tokenThread_.wait();
}

int GenerationController::modelLoadCount() const { return shutDown_ ? 0 : worker_->loadCount(); }

ModelLoadArgs GenerationController::loadArgsFor(const QString& path) const {
    ModelLoadArgs args;
    args.path = path;
    args.dtype = Preferences().get(pref::dtype);
    args.threads = threads_;
    const ModelOverrides overrides = Preferences().modelOverrides(path);
    args.vaePath = overrides.vaePath;
    args.predictionType = overrides.predictionType;
    // The model library's LoRA and embedding folders (<data>/models/Lora, /embeddings).
    args.loraDirs = QStringList{loraDir()};
    args.embeddingDirs = QStringList{embeddingsDir()};
    return args;
}

void GenerationController::loadModel(const QString& path) {
    if (path.isEmpty() || shutDown_) return;
    loading_ = true;
    modelLoaded_ = false;
    TokenCounter* counter = tokenCounter_;
    QMetaObject::invokeMethod(counter, [counter] { counter->setTokenizer(nullptr, 0, {}); }, Qt::QueuedConnection);
    GenerationWorker* worker = worker_;
    const ModelLoadArgs args = loadArgsFor(path);
    QMetaObject::invokeMethod(worker, [worker, args] { worker->loadModel(args); }, Qt::QueuedConnection);
    Q_EMIT modelLoading(path);
}

int GenerationController::enqueue(GenerationJob job) {
    if (shutDown_) return 0;
    job.id = nextJobId_++;
    // A Model sweep loads each model with its own choices (VAE, prediction type) as opening it would.
    job.sweepModels.clear();
    for (const std::string& model : job.sweep.models()) job.sweepModels << loadArgsFor(QString::fromStdString(model));
    queue_.append(job);
    Q_EMIT queueChanged();
    dispatchNext();
    return job.id;
}

void GenerationController::removeQueued(int row) {
    if (row < 0 || row >= queue_.size()) return;
    queue_.removeAt(row);
    Q_EMIT queueChanged();
}

void GenerationController::clearQueue() {
    if (queue_.isEmpty()) return;
    queue_.clear();
    Q_EMIT queueChanged();
}

void GenerationController::dispatchNext() {
    if (shutDown_ || current_.id != 0 || loading_ || queue_.isEmpty()) return;
    // An upscale loads its own upscaler, a training task makes its model: they run with no
    // diffusion model loaded too.
    const GenerationJob& next = queue_.front();
    const bool needsModel = next.kind == JobKind::Task ? next.task && next.task->needsModel() : next.kind != JobKind::Upscale;
    if (!modelLoaded_ && needsModel) return;
    current_ = queue_.takeFirst();
    aborting_ = false;
    Q_EMIT queueChanged();
    Q_EMIT jobStarted(current_);
    GenerationWorker* worker = worker_;
    const GenerationJob job = current_;
    QMetaObject::invokeMethod(worker, [worker, job] { worker->run(job); }, Qt::QueuedConnection);
}

void GenerationController::abort() {
    if (current_.id == 0 || aborting_) return;
    aborting_ = true;
    worker_->abort(current_.id);  // thread-safe: sets RunControl::cancel at once
}

void GenerationController::abortJob(int jobId) {
    if (jobId == current_.id) return abort();
    for (int i = 0; i < queue_.size(); ++i)
        if (queue_[i].id == jobId) return removeQueued(i);
}

void GenerationController::finishNow() {
    if (current_.id == 0 || aborting_ || current_.kind != JobKind::Generate) return;
    worker_->finishNow(current_.id);
}

void GenerationController::setPreviewOptions(bool noisy, int source, int fullVaeEvery) {
    worker_->setPreviewNoisy(noisy);
    worker_->setPreviewSource(source == 1 ? PreviewSource::Taesd : PreviewSource::Latent);
    worker_->setFullVaeEvery(fullVaeEvery);
}

void GenerationController::setThreadCount(int threads) {
    threads_ = std::max(0, threads);
    GenerationWorker* worker = worker_;
    QMetaObject::invokeMethod(worker, [worker, threads] { worker->setThreadCount(threads); }, Qt::QueuedConnection);
}

void GenerationController::countTokens(const QString& prompt, const QString& negative, stipple::Emphasis emphasis) {
    if (shutDown_) return;
    const int serial = ++tokenSerial_;
    TokenCounter* counter = tokenCounter_;
    QMetaObject::invokeMethod(
        counter, [counter, serial, prompt, negative, emphasis] { counter->count(serial, prompt, negative, emphasis); },
        Qt::QueuedConnection);
}

void GenerationController::onFramesAvailable() {
    if (shutDown_) return;  // a notice queued just before the worker stopped
    QList<PreviewFrame> frames = worker_->mailbox().takeAll();
    if (!frames.isEmpty()) Q_EMIT framesArrived(frames);
}

void GenerationController::onJobFinished(const JobResult& result) {
    if (shutDown_ || result.jobId != current_.id) return;
    QList<PreviewFrame> frames = worker_->mailbox().takeAll();
    if (!frames.isEmpty()) Q_EMIT framesArrived(frames);
    current_ = {};
    aborting_ = false;
    Q_EMIT jobFinished(result);
    dispatchNext();
}

}  // namespace stipple::ui
