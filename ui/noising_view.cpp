// The forward-noising view (see noising_view.h).
#include "noising_view.h"

#include "common/error.h"
#include "generation_controller.h"
#include "image_convert.h"
#include "image_view.h"
#include "noising_task.h"
#include "pipeline/resource_paths.h"
#include "scenes/scene_caption.h"
#include "scenes/scene_render.h"
#include "snr_plot.h"

#include <QLocale>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace stipple::ui {

namespace {

enum SourceKind { FromMainWindow = 0, FromFile = 1, FromScene = 2 };

// A picture larger than this on its long side is scaled down before encoding: a 4000 px photo
// would take minutes through a full-size VAE and teach nothing more than a 1024 px one.
constexpr int kMaxSide = 1024;
// Files larger than this are refused unread (strangers' files: no unbounded allocation).
constexpr int kMaxFileSide = 16384;

// The four channels in a 2 x 2 grid with a thin gap (the view shows them as one picture).
QImage channelGrid(const QList<QImage>& channels) {
    if (channels.isEmpty()) return {};
    const QSize cell = channels.front().size();
    const int gap = std::max(2, cell.width() / 32);
    const int cols = channels.size() > 1 ? 2 : 1, rows = (static_cast<int>(channels.size()) + cols - 1) / cols;
    QImage grid(cols * cell.width() + (cols - 1) * gap, rows * cell.height() + (rows - 1) * gap, QImage::Format_RGB888);
    grid.fill(QColor(0x1e, 0x1f, 0x22));
    QPainter p(&grid);
    for (int i = 0; i < channels.size(); ++i)
        p.drawImage(QPoint((i % cols) * (cell.width() + gap), (i / cols) * (cell.height() + gap)), channels[i]);
    return grid;
}

QString fixed(double v, int digits = 3) { return QLocale().toString(v, 'f', digits); }

}  // namespace

NoisingView::NoisingView(GenerationController* controller, QWidget* parent)
    : QWidget(parent, Qt::Window), controller_(controller), cache_(makeNoisingCache()) {
    setObjectName(QStringLiteral("noisingView"));
    setWindowTitle(tr("Forward noising"));
    auto* layout = new QVBoxLayout(this);

    // The image x₀.
    auto* sourceRow = new QHBoxLayout;
    sourceBox_ = new QComboBox(this);
    sourceBox_->setObjectName(QStringLiteral("noisingSource"));
    sourceBox_->addItem(tr("Image in the main window"));
    sourceBox_->addItem(tr("Image file…"));
    sourceBox_->addItem(tr("Built-in scene"));
    sourceBox_->setAccessibleName(tr("Image to noise"));
    auto* sourceLabel = new QLabel(tr("&Image x₀:"), this);
    sourceLabel->setBuddy(sourceBox_);
    scenePrompt_ = new QLineEdit(this);
    scenePrompt_->setObjectName(QStringLiteral("noisingScenePrompt"));
    scenePrompt_->setText(QStringLiteral("a red star in the top left on a blue background"));
    scenePrompt_->setAccessibleName(tr("Scene prompt"));
    scenePrompt_->setToolTip(tr("A Stipple Shapes scene drawn exactly (no model involved): the kind of picture the built-in model was trained on."));
    sceneSeed_ = new QSpinBox(this);
    sceneSeed_->setRange(0, std::numeric_limits<int>::max());
    sceneSeed_->setPrefix(tr("layout "));
    sceneSeed_->setAccessibleName(tr("Scene layout seed"));
    sourceButton_ = new QPushButton(tr("Use"), this);
    sourceButton_->setObjectName(QStringLiteral("noisingUseSource"));
    sourceRow->addWidget(sourceLabel);
    sourceRow->addWidget(sourceBox_);
    sourceRow->addWidget(scenePrompt_, 3);
    sourceRow->addWidget(sceneSeed_);
    sourceRow->addWidget(sourceButton_);
    sourceRow->addStretch();
    layout->addLayout(sourceRow);
    auto syncSourceWidgets = [this] {
        const bool scene = sourceBox_->currentIndex() == FromScene;
        scenePrompt_->setVisible(scene);
        sceneSeed_->setVisible(scene);
        sourceButton_->setText(sourceBox_->currentIndex() == FromFile ? tr("Open…") : tr("Use"));
    };
    connect(sourceBox_, &QComboBox::currentIndexChanged, this, syncSourceWidgets);
    syncSourceWidgets();
    connect(sourceButton_, &QPushButton::clicked, this, [this] {
        switch (sourceBox_->currentIndex()) {
            case FromMainWindow: useShownImage(); break;
            case FromFile: {
                const QString path = QFileDialog::getOpenFileName(this, tr("Image to noise"), QString(),
                                                                  tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"));
                if (!path.isEmpty()) openImageFile(path);
                break;
            }
            default: renderScene(scenePrompt_->text(), static_cast<quint64>(sceneSeed_->value()));
        }
    });
    connect(scenePrompt_, &QLineEdit::returnPressed, sourceButton_, &QPushButton::click);

    // x₀ | x_t decoded | x_t's latent channels.
    auto* images = new QGridLayout;
    x0View_ = new ImageView(this);
    xtView_ = new ImageView(this);
    channelView_ = new ImageView(this);
    x0View_->setObjectName(QStringLiteral("noisingX0"));
    xtView_->setObjectName(QStringLiteral("noisingXt"));
    channelView_->setObjectName(QStringLiteral("noisingChannels"));
    x0View_->setAccessibleName(tr("The clean image x₀"));
    xtView_->setAccessibleName(tr("The noised image xₜ, decoded"));
    channelView_->setAccessibleName(tr("The four latent channels of xₜ"));
    x0View_->setPlaceholder(tr("Choose an image above."));
    xtView_->setPlaceholder(tr("xₜ appears here."));
    channelView_->setPlaceholder(tr("The latent channels appear here."));
    channelView_->setToolTip(tr("What the model really works on: four numbers per block of pixels (8×8 for Stable Diffusion), one picture per channel: grey is 0, white +4, black −4."));
    const QList<QPair<ImageView*, QString>> titled = {{x0View_, tr("x₀ (the image)")},
                                                      {xtView_, tr("xₜ decoded")},
                                                      {channelView_, tr("xₜ: the 4 latent channels")}};
    for (int i = 0; i < titled.size(); ++i) {
        auto* title = new QLabel(titled[i].second, this);
        title->setAlignment(Qt::AlignCenter);
        title->setStyleSheet(QStringLiteral("font-weight: 600;"));
        images->addWidget(title, 0, i);
        titled[i].first->setMinimumSize(180, 180);
        images->addWidget(titled[i].first, 1, i);
        images->setColumnStretch(i, 1);
    }
    layout->addLayout(images, 1);

    formula_ = new QLabel(this);
    formula_->setObjectName(QStringLiteral("noisingFormula"));
    formula_->setAccessibleName(tr("Noising formula"));
    formula_->setAlignment(Qt::AlignCenter);
    formula_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = formula_->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    formula_->setFont(big);
    layout->addWidget(formula_);

    // t, the seed of ε, the decoder, predict first.
    auto* controls = new QHBoxLayout;
    auto* tLabel = new QLabel(tr("&t:"), this);
    tSlider_ = new QSlider(Qt::Horizontal, this);
    tSlider_->setObjectName(QStringLiteral("noisingT"));
    tSlider_->setRange(0, 1000);
    tSlider_->setValue(500);
    tSlider_->setAccessibleName(tr("Noising step t"));
    tSlider_->setToolTip(tr("Drag from t = 0 (the clean image) to T (pure noise in training)."));
    tLabel->setBuddy(tSlider_);
    tBox_ = new QSpinBox(this);
    tBox_->setRange(0, 1000);
    tBox_->setValue(500);
    tBox_->setAccessibleName(tr("Noising step t"));
    auto* seedLabel = new QLabel(tr("ε &seed:"), this);
    seedBox_ = new QSpinBox(this);
    seedBox_->setObjectName(QStringLiteral("noisingSeed"));
    seedBox_->setRange(0, std::numeric_limits<int>::max());
    seedBox_->setAccessibleName(tr("Seed of the noise ε"));
    seedBox_->setToolTip(tr("The same seed gives the same noise ε at every t: one noise fading in."));
    seedLabel->setBuddy(seedBox_);
    auto* dice = new QPushButton(tr("New noise"), this);
    dice->setToolTip(tr("Draw another ε (a random seed)."));
    decodeBox_ = new QComboBox(this);
    decodeBox_->setObjectName(QStringLiteral("noisingDecode"));
    decodeBox_->addItem(tr("Fast preview"));
    decodeBox_->addItem(tr("Full VAE"));
    decodeBox_->addItem(tr("TAESD"));
    decodeBox_->setCurrentIndex(static_cast<int>(NoisingDecode::FullVae));
    decodeBox_->setAccessibleName(tr("How xₜ is decoded"));
    decodeBox_->setToolTip(tr("Full VAE is exact but slow on large models; the fast preview is nearly free."));
    predictFirst_ = new QCheckBox(tr("&Predict first"), this);
    predictFirst_->setObjectName(QStringLiteral("noisingPredictFirst"));
    predictFirst_->setToolTip(tr("Hide xₜ after every change of t until Reveal is pressed: let the class guess first."));
    reveal_ = new QPushButton(tr("&Reveal"), this);
    reveal_->setObjectName(QStringLiteral("noisingReveal"));
    controls->addWidget(tLabel);
    controls->addWidget(tSlider_, 1);
    controls->addWidget(tBox_);
    controls->addSpacing(12);
    controls->addWidget(seedLabel);
    controls->addWidget(seedBox_);
    controls->addWidget(dice);
    controls->addSpacing(12);
    controls->addWidget(decodeBox_);
    controls->addWidget(predictFirst_);
    controls->addWidget(reveal_);
    layout->addLayout(controls);

    plot_ = new SnrPlot(this);
    plot_->setMinimumHeight(180);
    layout->addWidget(plot_);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("noisingStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);

    connect(tSlider_, &QSlider::valueChanged, this, [this](int t) {
        if (tBox_->value() != t) tBox_->setValue(t);
        plot_->setCurrentT(t);
        if (predictFirst_->isChecked()) revealed_ = false;
        updateFormula();
        updateRevealState();
        requestUpdate();
    });
    connect(tBox_, &QSpinBox::valueChanged, tSlider_, &QSlider::setValue);
    connect(plot_, &SnrPlot::tPicked, tSlider_, &QSlider::setValue);
    connect(seedBox_, &QSpinBox::valueChanged, this, &NoisingView::requestUpdate);
    connect(dice, &QPushButton::clicked, this,
            [this] { seedBox_->setValue(static_cast<int>(QRandomGenerator::global()->bounded(std::numeric_limits<int>::max()))); });
    connect(decodeBox_, &QComboBox::currentIndexChanged, this, &NoisingView::requestUpdate);
    connect(predictFirst_, &QCheckBox::toggled, this, [this](bool on) {
        revealed_ = !on;
        updateRevealState();
    });
    connect(reveal_, &QPushButton::clicked, this, [this] {
        revealed_ = true;
        updateRevealState();
    });

    connect(controller_, &GenerationController::modelLoaded, this, &NoisingView::onModelLoaded);
    connect(controller_, &GenerationController::jobFinished, this, &NoisingView::onJobFinished);
    if (controller_->isModelLoaded()) onModelLoaded(controller_->model());
    plot_->setCurrentT(tSlider_->value());
    updateFormula();
    updateRevealState();
    resize(900, 640);
}

NoisingView::~NoisingView() = default;

void NoisingView::setShownImageSource(std::function<QImage()> source) { shownImage_ = std::move(source); }

bool NoisingView::useShownImage() {
    sourceBox_->setCurrentIndex(FromMainWindow);
    const QImage image = shownImage_ ? shownImage_() : QImage();
    if (image.isNull()) {
        status_->setText(tr("The main window shows no image yet: generate one, or choose a file or a built-in scene."));
        return false;
    }
    setSource(image, tr("the main window's image"));
    return true;
}

bool NoisingView::openImageFile(const QString& path) {
    sourceBox_->setCurrentIndex(FromFile);
    QImageReader reader(path);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > kMaxFileSide || size.height() > kMaxFileSide)) {
        status_->setText(tr("%1 is %2×%3 pixels: larger than this view reads (%4 px a side).")
                             .arg(QFileInfo(path).fileName())
                             .arg(size.width())
                             .arg(size.height())
                             .arg(kMaxFileSide));
        return false;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        status_->setText(tr("Could not read %1: %2").arg(QFileInfo(path).fileName(), reader.errorString()));
        return false;
    }
    setSource(image, QFileInfo(path).fileName());
    return true;
}

QString NoisingView::sceneVocabPath() const {
    if (controller_->isModelLoaded()) {
        const QString own = QDir(controller_->model().path).filePath(QStringLiteral("scenes.json"));
        if (QFileInfo(controller_->model().path).isDir() && QFileInfo::exists(own)) return own;
    }
    return QDir(QString::fromStdString(stipple::builtin_model_dir())).filePath(QStringLiteral("scenes.json"));
}

bool NoisingView::renderScene(const QString& prompt, quint64 seed) {
    sourceBox_->setCurrentIndex(FromScene);
    scenePrompt_->setText(prompt);
    if (seed <= static_cast<quint64>(sceneSeed_->maximum())) sceneSeed_->setValue(static_cast<int>(seed));
    try {
        // The same steps as `stipple-cli render-scene` (a 64 px OpenCV drawing: no tensor work).
        const auto vocab = stipple::scenes::SceneVocab::load(QFile::encodeName(sceneVocabPath()).toStdString());
        const stipple::scenes::SceneSpec spec = stipple::scenes::parse_caption(prompt.toStdString(), vocab);
        std::mt19937_64 rng(seed);
        const stipple::scenes::Scene scene = stipple::scenes::sample_scene(spec, vocab, rng);
        const cv::Mat rgb = stipple::scenes::render_scene(scene, vocab);
        stipple::Image image;
        image.width = rgb.cols;
        image.height = rgb.rows;
        image.rgb.assign(rgb.data, rgb.data + rgb.total() * 3);
        setSource(to_qimage(image), tr("scene “%1”").arg(prompt));
        return true;
    } catch (const std::exception& e) {
        status_->setText(tr("Cannot draw that scene: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void NoisingView::setSource(const QImage& image, const QString& caption) {
    QImage x0 = image.convertToFormat(QImage::Format_RGB888);
    if (std::max(x0.width(), x0.height()) > kMaxSide)
        x0 = x0.scaled(QSize(kMaxSide, kMaxSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // The VAE encodes whole 8 px blocks: crop to them here so the view shows what is encoded.
    x0 = x0.copy(0, 0, std::max(8, x0.width() / 8 * 8), std::max(8, x0.height() / 8 * 8));
    source_ = x0;
    ++imageSerial_;
    x0View_->setImage(source_);
    status_->setText(tr("x₀: %1, %2×%3").arg(caption).arg(source_.width()).arg(source_.height()));
    requestUpdate();
}

void NoisingView::setT(int t) { tSlider_->setValue(t); }
int NoisingView::t() const { return tSlider_->value(); }
void NoisingView::setNoiseSeed(quint64 seed) {
    seedBox_->setValue(static_cast<int>(std::min<quint64>(seed, static_cast<quint64>(seedBox_->maximum()))));
}
quint64 NoisingView::noiseSeed() const { return static_cast<quint64>(seedBox_->value()); }

void NoisingView::onModelLoaded(const ModelSummary& model) {
    alphas_ = model.alphasCumprod;
    plot_->setAlphasCumprod(alphas_);
    const int T = alphas_.isEmpty() ? 1000 : static_cast<int>(alphas_.size());
    {
        const QSignalBlocker a(tSlider_), b(tBox_);
        const int t = std::min(tSlider_->value(), T);
        tSlider_->setRange(0, T);
        tBox_->setRange(0, T);
        tSlider_->setValue(t);
        tBox_->setValue(t);
    }
    plot_->setCurrentT(tSlider_->value());
    // Small models decode with the full VAE in milliseconds; a full-size VAE takes seconds a frame,
    // so dragging there uses the fast preview unless asked.
    decodeBox_->setCurrentIndex(static_cast<int>(model.previewsWithVae ? NoisingDecode::FullVae : NoisingDecode::Fast));
    if (auto* items = qobject_cast<QStandardItemModel*>(decodeBox_->model()))
        if (QStandardItem* taesd = items->item(static_cast<int>(NoisingDecode::Taesd))) taesd->setEnabled(model.hasTaesd);
    updateFormula();
    requestUpdate();  // another model: x₀ is encoded again by the next task
}

void NoisingView::updateFormula() {
    const int t = tSlider_->value();
    if (alphas_.isEmpty() || t > alphas_.size()) {
        formula_->setText(tr("xₜ = √ᾱₜ · x₀ + √(1 − ᾱₜ) · ε   (load a model for its schedule)"));
        return;
    }
    const double ab = t == 0 ? 1.0 : std::clamp(alphas_[t - 1], 0.0, 1.0);
    const QString snr = ab >= 1 ? QStringLiteral("∞") : fixed(ab / (1 - ab), ab / (1 - ab) < 0.01 ? 5 : 3);
    formula_->setText(tr("t = %1:  xₜ = %2 · x₀ + %3 · ε     ᾱ = %4,  SNR = %5")
                          .arg(t)
                          .arg(fixed(std::sqrt(ab)), fixed(std::sqrt(1 - ab)), fixed(ab, 4), snr));
}

void NoisingView::updateRevealState() {
    reveal_->setEnabled(predictFirst_->isChecked() && !revealed_);
    if (!revealed_) {
        const QString ask = tr("Predict: what does xₜ look like at t = %1? Then press Reveal.").arg(tSlider_->value());
        xtView_->setImage({});
        xtView_->setPlaceholder(ask);
        channelView_->setImage({});
        channelView_->setPlaceholder(ask);
        return;
    }
    xtView_->setPlaceholder(tr("xₜ appears here."));
    channelView_->setPlaceholder(tr("The latent channels appear here."));
    xtView_->setImage(decoded_);
    channelView_->setImage(channelGrid(channels_));
}

NoisingRequest NoisingView::currentRequest() const {
    NoisingRequest request;
    request.imageSerial = imageSerial_;
    request.image = source_;
    request.t = tSlider_->value();
    request.seed = noiseSeed();
    request.decode = static_cast<NoisingDecode>(std::clamp(decodeBox_->currentIndex(), 0, 2));
    return request;
}

void NoisingView::requestUpdate() {
    // Coalescing: a task still waiting in the queue takes the latest settings; one already running
    // leaves them pending, and they run when it finishes (never a backlog of one job per slider
    // position, and never an old t computed after a newer one was asked for).
    if (task_ && !source_.isNull() && task_->replaceRequest(currentRequest())) return;
    pending_ = true;
    dispatch();
}

void NoisingView::dispatch() {
    if (jobId_ != 0 || !pending_ || source_.isNull()) return;
    pending_ = false;
    task_ = std::make_shared<NoisingTask>(cache_, currentRequest());
    GenerationJob job;
    job.kind = JobKind::Task;
    job.task = task_;
    ++jobsQueued_;
    jobId_ = controller_->enqueue(job);
    if (!controller_->isModelLoaded())
        status_->setText(tr("Waiting for the model to load…"));
}

void NoisingView::onJobFinished(const JobResult& result) {
    if (result.jobId == 0 || result.jobId != jobId_) return;
    jobId_ = 0;
    const std::shared_ptr<NoisingTask> task = std::move(task_);
    QString error = result.error;
    if (error.isEmpty() && !result.cancelled && task && task->result().t >= 0) {
        const NoisingResult& r = task->result();
        shownT_ = r.t;
        shownAlphaBar_ = r.alphaBar;
        decoded_ = r.decoded;
        channels_ = r.channels;
        latent_ = r.latent;
        latentShape_ = {1, r.latentChannels, r.latentHeight, r.latentWidth};
        updateRevealState();
        status_->setText(tr("xₜ at t = %1 with ε seed %2 (%3×%4 latent)")
                             .arg(r.t)
                             .arg(r.seed)
                             .arg(r.latentWidth)
                             .arg(r.latentHeight));
    } else if (!error.isEmpty()) {
        status_->setText(tr("Could not noise the image: %1").arg(error));
    }
    Q_EMIT resultShown(shownT_, error);
    dispatch();
}

}  // namespace stipple::ui
