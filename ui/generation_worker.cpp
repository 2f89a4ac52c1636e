// The generation worker (see generation_worker.h): with preview_observers, the only ui code that
// touches libtorch.
#include "generation_worker.h"
#include "text/embedding_matcher.h"
#include "text/textual_inversion.h"
#include "image_convert.h"

#include "app_paths.h"
#include "batch_tile.h"
#include "common/error.h"
#include "image/image_io.h"
#include "image/infotext.h"
#include "image/postprocess_png.h"
#include "image/png_text.h"
#include "pipeline/upscaler.h"
#include "preferences.h"
#include "result_images.h"
#include "service/generation_service.h"
#include "scenes/scene_vocab.h"
#include "teach/sweep_run.h"
#include "worker_task.h"

#include <QBuffer>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>
#include <new>

namespace stipple::ui {

namespace {

// The app remembers model hashes in its preferences (hashing a big checkpoint takes seconds).
class PreferencesHashCache final : public stipple::ModelHashCache {
public:
    std::string lookup(const std::string& key) override {
        return Preferences().modelHash(QString::fromStdString(key)).toStdString();
    }
    void store(const std::string& key, const std::string& hash) override {
        Preferences().setModelHash(QString::fromStdString(key), QString::fromStdString(hash));
    }
};

stipple::DType parseDtype(const QString& dtype) {
    return dtype == QLatin1String("bf16")   ? stipple::DType::BFloat16
           : dtype == QLatin1String("fp32") ? stipple::DType::Float32
                                            : stipple::DType::Auto;
}

}  // namespace

struct GenerationWorker::State {
    PreferencesHashCache hashCache;
    stipple::GenerationService service{&hashCache};
    ModelSummary model;          // the user's model (what the window shows)
    ModelLoadArgs userModel;     // how it was loaded: a Model sweep loads others, then this again
    QString loadedPath;          // what the service holds now ("" = nothing)

    mutable QMutex mutex;                         // guards the fields below
    int currentJob = 0;
    std::shared_ptr<stipple::RunControl> control;
    int stepsAtCancel = -1;
    QSet<int> cancelledBeforeStart;
    std::atomic<int> stepsDone{0};

    std::atomic<bool> noisy{false};
    std::atomic<int> source{static_cast<int>(PreviewSource::Latent)};
    std::atomic<int> fullVaeEvery{0};
};

// Runs on the worker thread after every step of a generation: builds the preview there.
class PreviewObserver final : public stipple::StepObserver {
public:
    PreviewObserver(GenerationWorker& worker, int jobId, int batch) : worker_(worker), jobId_(jobId), batch_(batch) {
        clock_.start();
    }

    void on_step(const stipple::StepInfo& info) override {
        GenerationWorker::State& state = *worker_.state_;
        state.stepsDone = info.step;
        PreviewFrame frame;
        frame.jobId = jobId_;
        frame.step = info.step;
        frame.total = info.total;
        frame.secondsThisStep = info.seconds;
        frame.elapsed = clock_.elapsed() / 1000.0;
        frame.noisy = state.noisy.load() || !info.denoised.defined();
        frame.timestep = info.timestep;
        const at::Tensor& latents = frame.noisy ? info.latents : info.denoised;
        stipple::PreviewMethod method = stipple::PreviewMethod::Fast;
        const int every = state.fullVaeEvery.load();
        // Never on the last step: the final decode follows at once and would repeat it.
        if (every > 0 && info.step % every == 0 && info.step != info.total) method = stipple::PreviewMethod::FullVae;
        else if (state.source.load() == static_cast<int>(PreviewSource::Taesd) && state.model.hasTaesd)
            method = stipple::PreviewMethod::Taesd;
        try {
            QList<QImage> images;
            stipple::Pipeline& pipeline = state.service.pipeline();
            const int n = std::min<int>(batch_, static_cast<int>(latents.size(0)));
            for (int i = 0; i < n; ++i) images << to_qimage(pipeline.preview(latents, method, i));
            frame.image = tileImages(images);
            frame.batch = n;
            if (!images.isEmpty()) frame.cellSize = images.front().size();
        } catch (const std::exception&) {
            return;  // a preview must never break the generation
        }
        if (worker_.mailbox().post(std::move(frame))) Q_EMIT worker_.framesAvailable();
    }

    void on_stage(stipple::PipelineStage stage) override { Q_EMIT worker_.stageStarted(jobId_, static_cast<int>(stage)); }

private:
    GenerationWorker& worker_;
    int jobId_;
    int batch_;
    QElapsedTimer clock_;
};

// A sweep's cells: a latent->RGB preview of each step (at most ~8 a second per cell: the GUI
// repaints the whole grid) and each finished cell with the parameters that make it.
class SweepForwarder final : public stipple::SweepObserver {
public:
    SweepForwarder(GenerationWorker& worker, const GenerationJob& job) : worker_(worker), job_(job) { clock_.start(); }

    void on_cell_step(int cell, const stipple::StepInfo& info, int done, int total) override {
        worker_.state_->stepsDone = done;
        const auto now = std::chrono::steady_clock::now();
        if (cell == lastCell_ && info.step != info.total && now - last_ < std::chrono::milliseconds(120)) return;
        lastCell_ = cell;
        last_ = now;
        PreviewFrame frame;
        frame.jobId = job_.id;
        frame.cell = cell;
        frame.step = info.step;
        frame.total = info.total;
        frame.jobStepsDone = done;
        frame.jobStepsTotal = total;
        frame.secondsThisStep = info.seconds;
        frame.elapsed = clock_.elapsed() / 1000.0;
        try {
            frame.image = to_qimage(
                worker_.state_->service.pipeline().preview(info.denoised, stipple::PreviewMethod::Fast, 0));
        } catch (const std::exception&) {
            return;
        }
        if (worker_.mailbox().post(std::move(frame))) Q_EMIT worker_.framesAvailable();
    }

    void on_cell_done(int cell, const stipple::GenerationResult& result) override {
        if (result.images.empty()) return;
        const stipple::GenerationRequest& request = job_.sweep.cells.at(static_cast<size_t>(cell)).request;
        GeneratedImage g = describeImage(result.images.front(), true);
        g.cell = cell;
        g.seed = request.seeds.front();
        g.request = request;
        g.request.scheduler = result.scheduler_label;
        g.parameters = QString::fromStdString(worker_.state_->service.parameters(request, result, 0));
        Q_EMIT worker_.cellFinished(job_.id, g);
    }

    void on_model_loading(int, const std::string& model, int index, int count) override {
        Q_EMIT worker_.sweepModelLoading(job_.id, QFile::decodeName(model.c_str()), index, count);
    }

private:
    GenerationWorker& worker_;
    const GenerationJob& job_;
    int lastCell_ = -1;
    std::chrono::steady_clock::time_point last_;
    QElapsedTimer clock_;
};

GenerationWorker::GenerationWorker(QObject* parent) : QObject(parent), state_(std::make_unique<State>()) {
    qRegisterMetaType<stipple::ui::GenerationJob>();
    qRegisterMetaType<stipple::ui::JobResult>();
    qRegisterMetaType<stipple::ui::ModelSummary>();
    qRegisterMetaType<stipple::ui::GeneratedImage>();
}

GenerationWorker::~GenerationWorker() = default;

void GenerationWorker::abort(int jobId) {
    QMutexLocker lock(&state_->mutex);
    if (state_->currentJob == jobId && state_->control) {
        if (!state_->control->cancel.load()) state_->stepsAtCancel = state_->stepsDone.load();
        state_->control->cancel = true;
    } else {
        state_->cancelledBeforeStart.insert(jobId);
    }
}

void GenerationWorker::finishNow(int jobId) {
    QMutexLocker lock(&state_->mutex);
    if (state_->currentJob == jobId && state_->control) state_->control->finish_now = true;
}

void GenerationWorker::setPreviewNoisy(bool noisy) { state_->noisy = noisy; }
void GenerationWorker::setPreviewSource(PreviewSource source) { state_->source = static_cast<int>(source); }
void GenerationWorker::setFullVaeEvery(int steps) { state_->fullVaeEvery = std::max(0, steps); }

void GenerationWorker::setThreadCount(int threads) { state_->service.set_threads(threads); }

int GenerationWorker::loadCount() const { return state_->service.load_count(); }

ModelSummary GenerationWorker::loadInto(const ModelLoadArgs& args) {
    state_->loadedPath.clear();
    stipple::LoadSettings settings;
    settings.options.dtype = parseDtype(args.dtype);
    settings.options.vae_path = QFile::encodeName(args.vaePath).toStdString();
    settings.options.prediction_type = args.predictionType.toStdString();
    for (const QString& d : args.loraDirs) settings.options.lora_dirs.push_back(QFile::encodeName(d).toStdString());
    for (const QString& d : args.embeddingDirs) settings.options.embedding_dirs.push_back(QFile::encodeName(d).toStdString());
    settings.threads = args.threads;
    const QString& path = args.path;
    const stipple::ModelInfo& info = state_->service.load(QFile::encodeName(path).toStdString(), settings);
    state_->loadedPath = path;
    ModelSummary m;
    m.name = QString::fromStdString(info.name);
    m.path = path;
    m.family = QString::fromLatin1(stipple::model_family_label(info.family));
    m.defaultWidth = info.default_width;
    m.defaultHeight = info.default_height;
    m.hasTaesd = info.has_taesd;
    m.defaultSampler = QString::fromStdString(info.default_sampler);
    m.turbo = info.turbo;
    m.recommendedCfg = info.recommended_cfg;
    m.recommendedSteps = info.recommended_steps;
    m.predictionType = QString::fromStdString(info.prediction_type);
    m.predictionSource = QString::fromStdString(info.prediction_source);
    m.vaeName = info.vae_path.empty() ? QString() : QFileInfo(QFile::decodeName(info.vae_path.c_str())).fileName();
    m.hash = QString::fromStdString(state_->service.model_hash());
    m.tokenizer = state_->service.tokenizer();
    if (const auto library = state_->service.pipeline().embeddings(); library && m.tokenizer) {
        if (!library->embeddings().empty())
            m.embeddings = std::make_shared<const stipple::EmbeddingMatcher>(*m.tokenizer, stipple::embedding_names(*library));
        for (const std::string& problem : library->problems()) m.embeddingProblems << QString::fromStdString(problem);
    }
    if (m.tokenizer) m.tokenLimit = std::max(1, m.tokenizer->model_max_length() - 2);
    m.previewsWithVae = info.previews_with_vae;
    {
        const at::Tensor alphas = state_->service.pipeline().alphas_cumprod().to(at::kDouble).contiguous();
        const double* a = alphas.data_ptr<double>();
        m.alphasCumprod.reserve(static_cast<qsizetype>(alphas.numel()));
        for (int64_t i = 0; i < alphas.numel(); ++i) m.alphasCumprod << a[i];
    }
    const QString scenes = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("scenes.json")) : QString();
    if (!scenes.isEmpty() && QFileInfo::exists(scenes)) {
        const stipple::scenes::SceneVocab vocab = stipple::scenes::SceneVocab::load(QFile::encodeName(scenes).toStdString());
        for (const std::string& w : vocab.words()) m.vocabulary << QString::fromStdString(w);
        for (const std::string& p : vocab.example_prompts) m.examplePrompts << QString::fromStdString(p);
    }
    return m;
}

void GenerationWorker::loadModel(const ModelLoadArgs& args) {
    state_->model = {};
    state_->userModel = args;
    const QString& path = args.path;
    try {
        const ModelSummary m = loadInto(args);
        state_->model = m;
        Q_EMIT modelLoaded(m);
    } catch (const std::bad_alloc&) {
        state_->service.unload();
        Q_EMIT modelLoadFailed(path, tr("Out of memory while loading %1. Close other programs or choose bf16 in Settings.").arg(path));
    } catch (const std::exception& e) {
        state_->service.unload();
        Q_EMIT modelLoadFailed(path, QString::fromUtf8(e.what()));
    }
}

void GenerationWorker::run(const GenerationJob& job) {
    JobResult result;
    result.jobId = job.id;
    result.kind = job.kind;
    auto control = std::make_shared<stipple::RunControl>();
    {
        QMutexLocker lock(&state_->mutex);
        if (state_->cancelledBeforeStart.remove(job.id)) {
            result.cancelled = true;
            result.stepsAtCancel = 0;
            lock.unlock();
            Q_EMIT jobFinished(result);
            return;
        }
        state_->currentJob = job.id;
        state_->control = control;
        state_->stepsAtCancel = -1;
        state_->stepsDone = 0;
    }
    mailbox_.takeAll();  // frames of an earlier job are stale

    QElapsedTimer clock;
    clock.start();
    try {
        if (job.kind == JobKind::Sweep) runSweep(job, result);
        else if (job.kind == JobKind::Upscale) runUpscale(job, result);
        else if (job.kind == JobKind::Task) {
            runTask(job, control);
            result.cancelled = control->cancel.load();
        }
        else runGeneration(job, result);
    } catch (const std::bad_alloc&) {
        result.error = tr("Out of memory: try a smaller size, fewer images or bf16 in Settings.");
    } catch (const std::exception& e) {
        result.error = QString::fromUtf8(e.what());
    }
    result.seconds = clock.elapsed() / 1000.0;
    {
        QMutexLocker lock(&state_->mutex);
        result.stepsAtCancel = state_->stepsAtCancel;
        state_->currentJob = 0;
        state_->control.reset();
    }
    Q_EMIT jobFinished(result);
}

void GenerationWorker::runGeneration(const GenerationJob& job, JobResult& result) {
    stipple::GenerationService& service = state_->service;
    stipple::Pipeline& pipeline = service.pipeline();  // throws when no model is loaded
    // Where the images go is checked before minutes of compute, not after.
    const QDate today = QDate::currentDate();
    stipple::prepare_output_folder(QFile::encodeName(dayFolder(job.outputRoot, today)).toStdString());

    PreviewObserver observer(*this, job.id, static_cast<int>(job.request.seeds.size()));
    RunControl* control = state_->control.get();
    const stipple::GenerationResult out = pipeline.generate(job.request, &observer, control);
    result.stepsDone = out.steps_done;
    result.cancelled = out.cancelled || (control->cancel.load() && out.images.empty());
    if (result.cancelled) return;

    result.images = saveResultImages(service, job.request, out, job.outputRoot, today);
}

void GenerationWorker::runSweep(const GenerationJob& job, JobResult& result) {
    SweepForwarder forwarder(*this, job);
    // A Model sweep loads each model in turn through the one service (the one before is freed
    // first) and puts the user's model back afterwards, whatever happened.
    const stipple::SweepModelLoader loader = [this, &job](const std::string& model) -> stipple::Pipeline& {
        if (model.empty()) return state_->service.pipeline();
        const QString path = QFile::decodeName(model.c_str());
        if (path == state_->loadedPath) return state_->service.pipeline();
        ModelLoadArgs args = state_->userModel;
        args.path = path;
        args.vaePath.clear();
        args.predictionType.clear();
        for (const ModelLoadArgs& a : job.sweepModels)
            if (a.path == path) args = a;
        loadInto(args);
        return state_->service.pipeline();
    };
    struct PutBack {
        GenerationWorker& worker;
        ~PutBack() {
            State& state = *worker.state_;
            if (state.userModel.path.isEmpty() || state.loadedPath == state.userModel.path) return;
            try {
                worker.loadInto(state.userModel);
            } catch (const std::exception& e) {
                state.service.unload();
                state.model = {};
                Q_EMIT worker.modelLoadFailed(state.userModel.path, QString::fromUtf8(e.what()));
            }
        }
    } putBack{*this};
    const stipple::SweepResult out = stipple::run_sweep(loader, job.sweep, &forwarder, state_->control.get());
    result.cancelled = out.cancelled;
    result.stepsDone = state_->stepsDone.load();
}

void GenerationWorker::runUpscale(const GenerationJob& job, JobResult& result) {
    const UpscaleJob& spec = job.upscale;
    const std::string source = QFile::encodeName(spec.source).toStdString();
    const QDate today = QDate::currentDate();
    stipple::prepare_output_folder(QFile::encodeName(dayFolder(job.outputRoot, today)).toStdString());
    // Size checks before the network is read: a refused size costs nothing.
    const stipple::Image image = stipple::load_image(source);  // 8-bit RGB; over 64 megapixels refused before decoding
    const auto [width, height] = stipple::upscale_by_size(image.width, image.height, spec.scale);
    stipple::check_upscale_size(width, height);
    std::vector<stipple::PngTextChunk> chunks;
    try {
        chunks = stipple::read_png_text_file(source);
    } catch (const stipple::Error&) {
        // Not a PNG (a JPEG from elsewhere): there is no text to keep.
    }

    // The upscaler lives for this job only, beside the diffusion model (which stays loaded).
    std::unique_ptr<stipple::Upscaler> upscaler = stipple::make_upscaler(QFile::encodeName(spec.upscaler).toStdString());
    const std::string upscalerName = upscaler->name();
    RunControl* control = state_->control.get();
    QElapsedTimer clock;
    clock.start();
    double last = 0;
    stipple::UpscaleOptions options;
    options.cancel = &control->cancel;
    options.progress = [&](int done, int total) {
        state_->stepsDone = done;
        PreviewFrame frame;
        frame.jobId = job.id;
        frame.tiles = true;
        frame.step = done;
        frame.total = total;
        frame.elapsed = clock.elapsed() / 1000.0;
        frame.secondsThisStep = frame.elapsed - last;
        last = frame.elapsed;
        if (mailbox_.post(std::move(frame))) Q_EMIT framesAvailable();
    };
    const stipple::Image out = stipple::upscale_image(*upscaler, image, width, height, options);
    upscaler.reset();  // freed before the save: only the two images stay
    result.stepsDone = state_->stepsDone.load();
    result.cancelled = out.empty() || control->cancel.load();
    if (result.cancelled) return;

    const stipple::PngTextPairs text =
        stipple::postprocessed_png_text(chunks, stipple::upscale_by_info(spec.scale, upscalerName));
    const std::string parameters = stipple::png_text_value(chunks, "parameters");
    quint64 seed = 0;
    if (const auto s = stipple::parse_infotext(parameters).get("Seed")) seed = QString::fromStdString(*s).toULongLong();
    // Named like the day's generated images, numbered on from them; a name another Stipple took
    // between listing and saving is never replaced (write_new_png_with_text) but means a new number.
    QString path;
    for (int attempt = 0;; ++attempt) {
        path = nextOutputPaths(job.outputRoot, today, {seed}).front();
        path.insert(path.size() - 4, QStringLiteral("-upscaled"));
        try {
            stipple::write_new_png_with_text(QFile::encodeName(path).toStdString(), out, text);
            break;
        } catch (const stipple::Error&) {
            if (!QFileInfo::exists(path) || attempt >= 16) throw;
        }
    }
    GeneratedImage g = describeImage(out, true);
    g.path = path;
    g.seed = seed;
    g.parameters = QString::fromStdString(parameters);
    result.images << g;
}

namespace {

// What a WorkerTask sees of the worker: the job's RunControl and the preview mailbox.
class WorkerTaskContext final : public TaskContext {
public:
    WorkerTaskContext(GenerationWorker& worker, int jobId, stipple::RunControl& control)
        : worker_(worker), jobId_(jobId), control_(control) {}
    stipple::RunControl& control() override { return control_; }
    void post(PreviewFrame frame) override {
        frame.jobId = jobId_;
        if (worker_.mailbox().post(std::move(frame))) Q_EMIT worker_.framesAvailable();
    }

private:
    GenerationWorker& worker_;
    int jobId_;
    stipple::RunControl& control_;
};

}  // namespace

void GenerationWorker::runTask(const GenerationJob& job, const std::shared_ptr<stipple::RunControl>& control) {
    if (!job.task) throw stipple::Error("a task job without a task (a bug: report it)");
    WorkerTaskContext context(*this, job.id, *control);
    job.task->run(state_->service, context);
}

}  // namespace stipple::ui
