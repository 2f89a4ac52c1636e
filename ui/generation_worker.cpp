// The generation worker (see generation_worker.h): the only ui file that touches libtorch.
#include "generation_worker.h"
#include "image_convert.h"

#include "app_paths.h"
#include "common/error.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "pipeline/pipeline.h"
#include "pipeline/runtime.h"
#include "stipple_version.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QPainter>
#include <QSet>
#include <atomic>

#include <cstring>
#include <functional>
#include <new>

namespace stipple::ui {

namespace {

// Side by side (up to 4 per row) when a batch has several images.
QImage tile(const QList<QImage>& images) {
    if (images.size() == 1) return images.front();
    const int cols = std::min<int>(4, static_cast<int>(images.size()));
    const int rows = (static_cast<int>(images.size()) + cols - 1) / cols;
    const int w = images.front().width(), h = images.front().height(), gap = std::max(1, w / 32);
    QImage out(cols * w + (cols - 1) * gap, rows * h + (rows - 1) * gap, QImage::Format_RGB888);
    out.fill(QColor(32, 32, 36));
    QPainter p(&out);
    for (int i = 0; i < images.size(); ++i) p.drawImage((i % cols) * (w + gap), (i / cols) * (h + gap), images[i]);
    return out;
}

// The file A1111 would hash: the checkpoint itself, or for a diffusers folder its UNet weights.
QString hashTarget(const QString& modelPath) {
    const QFileInfo info(modelPath);
    if (info.isFile()) return modelPath;
    const QDir dir(modelPath);
    for (const char* name : {"unet/diffusion_pytorch_model.safetensors", "unet/diffusion_pytorch_model.fp16.safetensors",
                             "unet/diffusion_pytorch_model.bin"})
        if (QFileInfo::exists(dir.filePath(name))) return dir.filePath(name);
    return {};
}

// sha256[:10], cached in the settings by path, size and modification time (big files take seconds).
QString modelHash(const QString& modelPath) {
    const QString target = hashTarget(modelPath);
    if (target.isEmpty()) return {};
    const QFileInfo info(target);
    const QString key = QStringLiteral("modelHashes/") +
                        QString::fromLatin1(QCryptographicHash::hash(target.toUtf8(), QCryptographicHash::Md5).toHex()) +
                        QStringLiteral("-%1-%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch());
    auto settings = openSettings();
    const QString cached = settings->value(key).toString();
    if (!cached.isEmpty()) return cached;
    QFile file(target);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) return {};
    const QString hex = QString::fromLatin1(hash.result().toHex().left(10));
    settings->setValue(key, hex);
    return hex;
}

}  // namespace

struct GenerationWorker::State {
    std::unique_ptr<stipple::Pipeline> pipeline;
    ModelSummary model;

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

// Runs on the worker thread after every step: builds the preview there, never on the GUI thread.
class PreviewObserver final : public stipple::StepObserver {
public:
    PreviewObserver(GenerationWorker& worker, GenerationWorker::State& state, int jobId, int batch,
                    std::function<void()> notify)
        : worker_(worker), state_(state), jobId_(jobId), batch_(batch), notify_(std::move(notify)) {
        clock_.start();
    }

    void on_step(const stipple::StepInfo& info) override {
        state_.stepsDone = info.step;
        PreviewFrame frame;
        frame.jobId = jobId_;
        frame.step = info.step;
        frame.total = info.total;
        frame.secondsThisStep = info.seconds;
        frame.elapsed = clock_.elapsed() / 1000.0;
        frame.noisy = state_.noisy.load() || !info.denoised.defined();
        const at::Tensor& latents = frame.noisy ? info.latents : info.denoised;
        stipple::PreviewMethod method = stipple::PreviewMethod::LatentToRgb;
        frame.method = QStringLiteral("latent");
        const int every = state_.fullVaeEvery.load();
        if (every > 0 && (info.step % every == 0 || info.step == info.total)) {
            method = stipple::PreviewMethod::FullVae;
            frame.method = QStringLiteral("vae");
        } else if (state_.source.load() == static_cast<int>(PreviewSource::Taesd) && state_.model.hasTaesd) {
            method = stipple::PreviewMethod::Taesd;
            frame.method = QStringLiteral("taesd");
        }
        try {
            QList<QImage> images;
            const int n = std::min<int>(batch_, static_cast<int>(latents.size(0)));
            for (int i = 0; i < n; ++i) images << to_qimage(state_.pipeline->preview(latents, method, i));
            frame.image = tile(images);
        } catch (const std::exception&) {
            return;  // a preview must never break the generation
        }
        if (worker_.mailbox().post(std::move(frame))) notify_();
    }

private:
    GenerationWorker& worker_;
    GenerationWorker::State& state_;
    int jobId_;
    int batch_;
    std::function<void()> notify_;
    QElapsedTimer clock_;
};

GenerationWorker::GenerationWorker(QObject* parent) : QObject(parent), state_(std::make_unique<State>()) {
    qRegisterMetaType<stipple::ui::GenerationJob>();
    qRegisterMetaType<stipple::ui::JobResult>();
    qRegisterMetaType<stipple::ui::ModelSummary>();
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

bool GenerationWorker::isBusy() const {
    QMutexLocker lock(&state_->mutex);
    return state_->currentJob != 0;
}

namespace {
// libtorch's thread count is process-wide, so whether the user chose one is too.
std::atomic<bool> g_automatic_threads{true};
}  // namespace

void GenerationWorker::setThreadCount(int n) {
    g_automatic_threads = n <= 0;
    stipple::set_thread_count(n);
}
int GenerationWorker::defaultThreadCount() { return stipple::physical_core_count(); }

void GenerationWorker::loadModel(const QString& path, const QString& dtype) {
    Q_EMIT modelLoadStarted(path);
    state_->pipeline.reset();  // free the old model first: two big models may not fit
    state_->model = {};
    try {
        stipple::PipelineOptions options;
        options.dtype = dtype == QLatin1String("bf16")   ? stipple::DType::BFloat16
                        : dtype == QLatin1String("fp32") ? stipple::DType::Float32
                                                         : stipple::DType::Auto;
        state_->pipeline = stipple::Pipeline::load(QFile::encodeName(path).toStdString(), options);
        const stipple::ModelInfo& info = state_->pipeline->info();
        if (g_automatic_threads) stipple::set_thread_count(stipple::threads_for_model(info.unet_parameters));
        ModelSummary m;
        m.name = QString::fromStdString(info.name);
        m.path = path;
        m.family = QString::fromStdString(info.family);
        m.defaultWidth = info.default_width;
        m.defaultHeight = info.default_height;
        m.hasTaesd = info.has_taesd;
        m.defaultSampler = QString::fromStdString(info.default_sampler);
        m.turbo = info.turbo;
        m.hash = modelHash(path);
        state_->model = m;
        Q_EMIT modelLoaded(m);
    } catch (const std::bad_alloc&) {
        state_->pipeline.reset();
        Q_EMIT modelLoadFailed(path, tr("Out of memory while loading %1. Close other programs or choose bf16 in Settings.").arg(path));
    } catch (const std::exception& e) {
        state_->pipeline.reset();
        Q_EMIT modelLoadFailed(path, QString::fromUtf8(e.what()));
    }
}

void GenerationWorker::countTokens(int serial, const QString& prompt, const QString& negative) {
    if (!state_->pipeline) return;
    try {
        Q_EMIT tokensCounted(serial, state_->pipeline->count_tokens(prompt.toStdString()),
                             state_->pipeline->count_tokens(negative.toStdString()));
    } catch (const std::exception&) {
    }
}

void GenerationWorker::generate(const GenerationJob& job) {
    JobResult result;
    result.jobId = job.id;
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
    Q_EMIT jobStarted(job.id);

    QElapsedTimer clock;
    clock.start();
    try {
        if (!state_->pipeline) throw stipple::Error("no model is loaded: choose one with \"Open model folder…\"");
        PreviewObserver observer(*this, *state_, job.id, static_cast<int>(job.request.seeds.size()),
                                 [this] { Q_EMIT framesAvailable(); });
        stipple::GenerationResult out = state_->pipeline->generate(job.request, &observer, control.get());
        result.stepsDone = out.steps_done;
        result.cancelled = out.cancelled || (control->cancel.load() && out.images.empty());
        if (!result.cancelled) {
            const stipple::InfotextSource source{state_->model.name.toStdString(), state_->model.hash.toStdString(),
                                                 std::string("stipple-") + STIPPLE_VERSION};
            const QDate today = QDate::currentDate();
            for (size_t i = 0; i < out.images.size(); ++i) {
                const stipple::Image& img = out.images[i];
                const quint64 seed = i < out.seeds.size() ? out.seeds[i] : job.request.seeds.at(i);
                const std::string text = stipple::format_infotext(
                    stipple::infotext_for_image(job.request, seed, img.width, img.height, source));
                const QString path = nextOutputPath(job.outputRoot, today, seed);
                if (path.isEmpty())
                    throw stipple::Error("cannot create the output folder under " + job.outputRoot.toStdString() +
                                         " (change it in Settings)");
                stipple::write_png_with_text(QFile::encodeName(path).toStdString(), img, {{"parameters", text}});
                GeneratedImage g;
                g.path = path;
                g.seed = seed;
                g.parameters = QString::fromStdString(text);
                g.image = to_qimage(img);
                g.thumbnail = g.image.width() > 256 || g.image.height() > 256
                                  ? g.image.scaled(256, 256, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                  : g.image;
                result.images << g;
            }
        }
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

}  // namespace stipple::ui
