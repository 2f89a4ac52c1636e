// Main window (see main_window.h).
#include "main_window.h"
#include "model_picker.h"

#include "pipeline/resource_paths.h"

#include "about_dialog.h"
#include "app_paths.h"
#include "compare_dialog.h"
#include "error_banner.h"
#include "gallery_model.h"
#include "gallery_view.h"
#include "generation_controller.h"
#include "help_dialog.h"
#include "hires_fix_panel.h"
#include "history_recorder.h"
#include "image_view.h"
#include "checkpoint_import.h"
#include "io/single_file.h"
#include "init_image_panel.h"
#include "image/png_text.h"
#include "parameters_panel.h"
#include "png_import.h"
#include "preferences.h"
#include "preview_pane.h"
#include "settings_dialog.h"
#include "sweep_dialog.h"
#include "timeline_export.h"
#include "upscale_dialog.h"
#include "upscaler_model_items.h"
#include "worker_task.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QUrl>
#include <QApplication>
#include <QComboBox>
#include <QSpinBox>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QKeySequence>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace stipple::ui {

namespace {
constexpr int kMaxRecentModels = 8;
constexpr int kVaryCount = 4;  // images one Vary makes
const QString kModelTopic = QStringLiteral("model");  // banner messages about loading a model

QString shortPrompt(const std::string& prompt) {
    QString p = QString::fromStdString(prompt).simplified();
    return p.size() > 40 ? p.left(38) + QStringLiteral("…") : p;
}
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Stipple"));
    setAcceptDrops(true);

    parameters_ = new ParametersPanel;
    // The hires fix lists the upscaler models of the library (a header scan on a worker thread).
    parameters_->hiresPanel()->setUpscalerFolders(upscalerModelFolders(libraryFolders()));
    connect(parameters_->hiresPanel(), &HiresFixPanel::problem, this,
            [this](const QString& reason) { banner_->showError(tr("Cannot use this upscaler model"), reason); });
    connect(parameters_->initImagePanel(), &InitImagePanel::problem, this,
            [this](const QString& reason) { banner_->showError(tr("Cannot use this picture"), reason); });
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("parametersScroll"));
    scroll->setAccessibleName(tr("Generation parameters"));
    scroll->setWidget(parameters_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(330);

    preview_ = new PreviewPane;
    galleryModel_ = new GalleryModel(this);
    gallery_ = new GalleryView(galleryModel_);
    banner_ = new ErrorBanner;

    rightSplitter_ = new QSplitter(Qt::Vertical);
    rightSplitter_->setObjectName(QStringLiteral("rightSplitter"));
    rightSplitter_->addWidget(preview_);
    rightSplitter_->addWidget(gallery_);
    rightSplitter_->setStretchFactor(0, 3);
    rightSplitter_->setStretchFactor(1, 1);
    rightSplitter_->setChildrenCollapsible(false);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 4, 4, 0);
    rightLayout->setSpacing(4);
    rightLayout->addWidget(banner_);
    rightLayout->addWidget(rightSplitter_, 1);

    mainSplitter_ = new QSplitter(Qt::Horizontal);
    mainSplitter_->setObjectName(QStringLiteral("mainSplitter"));
    auto* left = new QWidget;
    left->setObjectName(QStringLiteral("leftColumn"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(parameters_->takeActionBar());
    mainSplitter_->addWidget(left);
    mainSplitter_->addWidget(right);
    mainSplitter_->setStretchFactor(0, 0);
    mainSplitter_->setStretchFactor(1, 1);
    mainSplitter_->setChildrenCollapsible(false);
    setCentralWidget(mainSplitter_);
    resize(1360, 860);
    mainSplitter_->setSizes({370, 990});
    rightSplitter_->setSizes({600, 230});
    statusBar()->showMessage(tr("Ready"));

    // Generation and token counting run on the controller's threads: nothing heavy ever runs here.
    controller_ = new GenerationController(this);
    timelineExporter_ = new TimelineExporter(this);
    connectController();

    tokenTimer_ = new QTimer(this);
    tokenTimer_->setSingleShot(true);
    tokenTimer_->setInterval(120);
    connect(tokenTimer_, &QTimer::timeout, this, &MainWindow::requestTokenCount);

    history_ = std::make_unique<HistoryRecorder>(dataDir(), galleryModel_);
    if (!history_->ok()) banner_->showError(tr("History is unavailable"), history_->error());

    buildMenus();
    connect(parameters_, &ParametersPanel::generateRequested, this, &MainWindow::generate);
    connect(parameters_, &ParametersPanel::abortRequested, this, &MainWindow::abortGeneration);
    connect(parameters_, &ParametersPanel::finishNowRequested, this, &MainWindow::finishNow);
    connect(parameters_, &ParametersPanel::openModelFolderRequested, this, &MainWindow::openModelFolderDialog);
    connect(parameters_, &ParametersPanel::openModelFileRequested, this, &MainWindow::openModelFileDialog);
    connect(parameters_, &ParametersPanel::modelLibraryRequested, this, &MainWindow::showModelLibrary);
    connect(parameters_, &ParametersPanel::promptsEdited, tokenTimer_, qOverload<>(&QTimer::start));
    // The counter reads the prompt as the chosen Emphasis mode will (None: brackets are words).
    connect(parameters_->emphasisBox(), qOverload<int>(&QComboBox::currentIndexChanged), tokenTimer_,
            qOverload<>(&QTimer::start));
    connect(parameters_, &ParametersPanel::removeQueuedRequested, controller_, &GenerationController::removeQueued);
    connect(preview_, &PreviewPane::previewOptionsChanged, this, &MainWindow::applyPreviewOptions);
    connect(gallery_, &GalleryView::imageActivated, this, &MainWindow::showGalleryImage);
    connect(gallery_, &GalleryView::reuseSeedRequested, this, [this](quint64 seed) {
        parameters_->setSeed(seed, true);
        statusBar()->showMessage(tr("Seed %1 locked").arg(seed), 4000);
    });
    connect(gallery_, &GalleryView::reuseParametersRequested, this, [this](const QString& text) {
        parameters_->applyInfotext(text);
        statusBar()->showMessage(tr("Parameters restored"), 4000);
    });
    connect(gallery_, &GalleryView::deleteRequested, this, &MainWindow::deleteImages);
    connect(gallery_, &GalleryView::compareRequested, this, &MainWindow::compareImages);
    connect(gallery_, &GalleryView::upscaleRequested, this, &MainWindow::showUpscaleDialog);
    connect(gallery_, &GalleryView::message, this, [this](const QString& m) { statusBar()->showMessage(m, 5000); });

    loadSettings();
    applyPreviewOptions();
    if (recentModels_.isEmpty())
        preview_->imageView()->setPlaceholder(
            tr("Open a model to begin: a diffusers folder (with model_index.json) or a .safetensors checkpoint.\n\n"
               "Use the Open… button in the Model section, or File ▸ Open model folder…"));
}

MainWindow::~MainWindow() { shutdown(); }

bool MainWindow::isModelLoaded() const { return controller_->isModelLoaded(); }
bool MainWindow::isBusy() const { return controller_->isBusy(); }
int MainWindow::currentJobId() const { return controller_->currentJobId(); }
int MainWindow::queueLength() const { return static_cast<int>(controller_->queue().size()); }
const ModelSummary& MainWindow::model() const { return controller_->model(); }

void MainWindow::connectController() {
    connect(controller_, &GenerationController::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(controller_, &GenerationController::modelLoadFailed, this, &MainWindow::onModelLoadFailed);
    connect(controller_, &GenerationController::queueChanged, this, &MainWindow::updateQueueView);
    connect(controller_, &GenerationController::jobStarted, this, &MainWindow::onJobStarted);
    connect(controller_, &GenerationController::framesArrived, this, &MainWindow::onFrames);
    connect(controller_, &GenerationController::jobFinished, this, &MainWindow::onJobFinished);
    connect(controller_, &GenerationController::tokensCounted, parameters_, &ParametersPanel::setPromptReadings);
    connect(timelineExporter_, &TimelineExporter::finished, this,
            [this](const QString& path, const QString& error, const QString& note) {
        if (error.isEmpty() && !note.isEmpty())
            banner_->showInfo(tr("Timeline saved: %1. %2").arg(QDir::toNativeSeparators(path), note));
        else if (error.isEmpty())
            statusBar()->showMessage(tr("Timeline saved: %1").arg(QDir::toNativeSeparators(path)), 6000);
        else
            banner_->showError(tr("Cannot save the timeline"), error);
        Q_EMIT timelineExported(path, error);
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openImage = file->addAction(tr("&Open image…"), this, &MainWindow::openImageDialog);
    openImage->setShortcut(QKeySequence::Open);
    openImage->setToolTip(tr("Restore the prompt and settings stored in a PNG made by Stipple or AUTOMATIC1111."));
    file->addAction(tr("Open model &folder…"), this, &MainWindow::openModelFolderDialog);
    file->addAction(tr("Open model fi&le…"), this, &MainWindow::openModelFileDialog);
    file->addSeparator();
    file->addAction(tr("&Import PNG folder…"), this, [this] { PngImporter::chooseAndImport(this, history_.get()); })
        ->setToolTip(tr("Add images made by AUTOMATIC1111, ComfyUI or InvokeAI to the gallery with their parameters."));
    QAction* timeline = file->addAction(tr("Save step &timeline…"), this, &MainWindow::exportTimelineDialog);
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    timeline->setToolTip(tr("Save every step's preview of the last image and the image itself as an animated GIF "
                            "or an MP4 video, each frame labelled: how noise becomes a picture."));
    file->addSeparator();
    QAction* prefs = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    prefs->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    buildModelMenu();

    QMenu* gen = menuBar()->addMenu(tr("&Generate"));
    QAction* go = gen->addAction(tr("&Generate"), this, &MainWindow::generate);
    go->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    go->setShortcutContext(Qt::WindowShortcut);
    QAction* abort = gen->addAction(tr("&Abort"), this, &MainWindow::abortGeneration);
    abort->setShortcut(QKeySequence(Qt::Key_Escape));
    abort->setShortcutContext(Qt::WindowShortcut);
    gen->addAction(tr("&Finish now"), this, &MainWindow::finishNow);
    gen->addSeparator();
    // Vary: the shown image's seed with a few variation seeds (A1111's variation seed), at three strengths.
    QMenu* vary = gen->addMenu(tr("&Vary this image"));
    vary->setToolTip(tr("Make %1 close variations of the image shown: the same seed with random variation seeds.").arg(kVaryCount));
    for (const auto& [strength, label] : std::initializer_list<std::pair<double, const char*>>{
             {0.05, QT_TR_NOOP("S&lightly (strength %1)")},
             {0.15, QT_TR_NOOP("So&mewhat (strength %1)")},
             {0.35, QT_TR_NOOP("S&trongly (strength %1)")}}) {
        const double s = strength;
        QAction* a = vary->addAction(tr(label).arg(s), this, [this, s] { this->vary(s, kVaryCount); });
        if (s == 0.15) a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        a->setShortcutContext(Qt::WindowShortcut);
        preview_->imageView()->addAction(a);  // on the image's context menu too
    }
    QAction* toImg2img = gen->addAction(tr("Use as &img2img source"), this, &MainWindow::useShownImageForImg2Img);
    toImg2img->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    toImg2img->setShortcutContext(Qt::WindowShortcut);
    toImg2img->setToolTip(tr("Start the next generation from the image shown (img2img), with its prompt kept."));
    preview_->imageView()->addAction(toImg2img);
    QAction* upscale = gen->addAction(tr("&Upscale…"), this, &MainWindow::upscaleCurrentImage);
    upscale->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    upscale->setShortcutContext(Qt::WindowShortcut);
    upscale->setToolTip(tr("Enlarge the image shown (or the gallery's, while the gallery has focus) with Lanczos or an "
                           "ESRGAN model into a new image, keeping its parameters."));
    preview_->imageView()->addAction(upscale);
    preview_->imageView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    gen->addSeparator();
    QAction* sweep = gen->addAction(tr("&Sweep (X/Y plot)…"), this, &MainWindow::openSweepDialog);
    sweep->setToolTip(tr("Render a grid of images that differ in one or two settings (seed, steps, CFG, sampler, prompt, size)."));

    buildClassroomMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* howTo = help->addAction(tr("&How diffusion works"), this, [this] { HelpDialog(this).exec(); });
    howTo->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Stipple"), this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::openSweepDialog() {
    QString problem;
    // The main window's own seed stays as it is: a random seed is drawn for the sweep only.
    const auto request = parameters_->buildRequest(&problem, false);
    if (!request) return banner_->showError(tr("Cannot start a sweep"), problem);
    auto* dialog = new SweepDialog(*request, controller_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownModels(pickerRecentModels());
    connect(dialog, &SweepDialog::reuseParametersRequested, this, [this](const QString& text) {
        parameters_->applyInfotext(text);
        statusBar()->showMessage(tr("Parameters restored"), 4000);
    });
    dialog->show();
}

void MainWindow::loadSettings() {
    const Preferences prefs;
    if (prefs.has(pref::windowGeometry)) restoreGeometry(prefs.get(pref::windowGeometry));
    if (prefs.has(pref::windowState)) restoreState(prefs.get(pref::windowState));
    if (prefs.has(pref::mainSplitter)) mainSplitter_->restoreState(prefs.get(pref::mainSplitter));
    if (prefs.has(pref::rightSplitter)) rightSplitter_->restoreState(prefs.get(pref::rightSplitter));
    preview_->setShowNoisy(prefs.get(pref::previewNoisy));
    preview_->setPreviewSource(prefs.get(pref::previewSource));
    preview_->setFullVaeEvery(prefs.get(pref::fullVaeEvery));
    const auto saved = prefs.parameters();
    if (saved) parameters_->restoreSaved(*saved);
    parameters_->setPromptStyle(prefs.promptStyle());
    parameters_->setNoiseSource(prefs.noiseSource());
    sizeFollowsModel_ = !saved;
    recentModels_ = prefs.get(pref::recentModels);
    const QString builtin = QString::fromStdString(stipple::builtin_model_dir());
    if (QFileInfo::exists(builtin + QStringLiteral("/model_index.json"))) parameters_->setBuiltinModel(builtin);
    parameters_->setCurrentModel(prefs.get(pref::lastModel));
}

void MainWindow::saveSettings() const {
    Preferences prefs;
    prefs.set(pref::windowGeometry, saveGeometry());
    prefs.set(pref::windowState, saveState());
    prefs.set(pref::mainSplitter, mainSplitter_->saveState());
    prefs.set(pref::rightSplitter, rightSplitter_->saveState());
    prefs.set(pref::previewNoisy, preview_->showNoisy());
    prefs.set(pref::previewSource, preview_->previewSource());
    prefs.set(pref::fullVaeEvery, preview_->fullVaeEvery());
    prefs.setParameters(parameters_->savedState());
    prefs.set(pref::recentModels, recentModels_);
    if (!model().path.isEmpty()) prefs.set(pref::lastModel, model().path);
}

void MainWindow::applyPreviewOptions() {
    controller_->setPreviewOptions(preview_->showNoisy(), preview_->previewSource(), preview_->fullVaeEvery());
}

void MainWindow::openModel(const QString& path) {
    if (path.isEmpty() || shutDown_) return;
    if (stipple::is_pickle_checkpoint_path(QFile::encodeName(path).toStdString()) && QFileInfo(path).isFile()) {
        offerCheckpointImport(path);
        return;
    }
    if (controller_->isModelLoaded()) previousModel_ = controller_->model();
    parameters_->setModelState(ParametersPanel::ModelState::Loading, tr("Loading %1…").arg(QFileInfo(path).fileName()));
    parameters_->setPromptReadings({}, {});
    statusBar()->showMessage(tr("Loading model %1…").arg(path));
    controller_->loadModel(path);
}

void MainWindow::onModelLoaded(const ModelSummary& m) {
    if (closePending_) return closeIfIdle();
    // The native size of the new model, unless the user chose a size of their own: a 64x64 model
    // asked for 512x512 takes minutes and draws noise; a 512x512 model at 64x64 draws nothing.
    const bool atPreviousNative = !previousModel_.path.isEmpty() &&
                                  parameters_->widthBox()->value() == previousModel_.defaultWidth &&
                                  parameters_->heightBox()->value() == previousModel_.defaultHeight;
    const QString followed = parameters_->applyModelDefaults(m, sizeFollowsModel_ || atPreviousNative);
    sizeFollowsModel_ = false;
    QString extras;
    if (m.predictionType == QLatin1String("v_prediction")) extras += tr(" · v-prediction");
    if (!m.vaeName.isEmpty()) extras += tr(" · VAE %1").arg(m.vaeName);
    if (m.hasTaesd) extras += tr(" · TAESD");
    parameters_->setModelState(ParametersPanel::ModelState::Loaded,
                               tr("%1 · %2 · native %3×%4%5")
                                   .arg(m.name, m.family)
                                   .arg(m.defaultWidth)
                                   .arg(m.defaultHeight)
                                   .arg(extras));
    preview_->setTaesdAvailable(m.hasTaesd);
    preview_->setNoiseSchedule(m.alphasCumprod);
    preview_->setFastPreviewUsesVae(m.previewsWithVae);
    // A message about an earlier failed load is settled by a load the user asked for; after a
    // reopening it stays, since it says why the model is not the one asked for.
    if (m.path != reopening_) banner_->dismissTopic(kModelTopic);
    else reopening_.clear();
    rememberModel(m.path);
    if (!m.embeddingProblems.isEmpty()) {
        QStringList shown = m.embeddingProblems.mid(0, 3);
        if (m.embeddingProblems.size() > 3) shown << tr("… and %1 more").arg(m.embeddingProblems.size() - 3);
        banner_->showError(tr("Some embeddings cannot be used"), shown.join(QLatin1Char('\n')), QStringLiteral("embeddings"));
    }
    if (m.turbo)
        statusBar()->showMessage(tr("Turbo model %1 ready: 1 step, guidance 0, %2 (up to 4 steps work)")
                                     .arg(m.name, m.defaultSampler), 8000);
    else if (!followed.isEmpty() && (m.recommendedCfg > 0 || m.recommendedSteps > 0))
        statusBar()->showMessage(tr("Model %1 ready: %2, as it recommends").arg(m.name, followed), 8000);
    else if (!followed.isEmpty())
        statusBar()->showMessage(tr("Model %1 ready: %2, the usual settings").arg(m.name, followed), 8000);
    else
        statusBar()->showMessage(tr("Model %1 ready").arg(m.name), 5000);
    if (preview_->currentImage().isNull())
        preview_->imageView()->setPlaceholder(tr("Your image appears here.\n\nWrite a prompt and press Generate (Ctrl+Enter)."));
    requestTokenCount();
    Q_EMIT modelReady(m);
}

void MainWindow::onModelLoadFailed(const QString& path, const QString& reason) {
    if (closePending_) return closeIfIdle();
    QString fallback;
    const bool reopenFailed = path == reopening_;
    reopening_.clear();
    const QString builtin = QString::fromStdString(stipple::builtin_model_dir());
    if (!reopenFailed) {
        if (!previousModel_.path.isEmpty() && previousModel_.path != path) fallback = previousModel_.path;
        else if (builtin != path && QFileInfo::exists(builtin + QStringLiteral("/model_index.json"))) fallback = builtin;
    }
    const QString name = QFileInfo(path).fileName();
    if (fallback.isEmpty()) {
        banner_->showError(tr("Could not load the model %1").arg(path), reason, kModelTopic);
        parameters_->setModelState(ParametersPanel::ModelState::Failed, tr("Could not load %1 — no model loaded").arg(name));
        parameters_->setCurrentModel(QString());
        preview_->imageView()->setPlaceholder(tr("No model loaded.\n\nOpen a model: File ▸ Open model folder… or Open model file…"));
        statusBar()->showMessage(tr("Model failed to load"), 5000);
        Q_EMIT modelFailed(reason);
        return;
    }
    const QString fallbackName = fallback == builtin ? tr("the built-in model") : QFileInfo(fallback).fileName();
    banner_->showError(tr("Could not load the model %1").arg(path),
                       tr("%1\n\nReopened %2 instead.").arg(reason, fallbackName), kModelTopic);
    Q_EMIT modelFailed(reason);
    reopening_ = fallback;
    openModel(fallback);
}

void MainWindow::rememberModel(const QString& path) {
    recentModels_.removeAll(path);
    recentModels_.prepend(path);
    while (recentModels_.size() > kMaxRecentModels) recentModels_.removeLast();
    parameters_->setCurrentModel(path);
    if (picker_) picker_->setRecentModels(pickerRecentModels());
    Preferences prefs;
    prefs.set(pref::recentModels, recentModels_);
    prefs.set(pref::lastModel, path);
}

void MainWindow::requestTokenCount() {
    const auto emphasis = static_cast<stipple::Emphasis>(parameters_->emphasisBox()->currentData().toInt());
    controller_->countTokens(parameters_->promptText(), parameters_->negativeText(), emphasis);
}

void MainWindow::generate() {
    if (shutDown_) return;
    if (!controller_->isModelLoaded() && !controller_->isLoading()) {
        banner_->showError(tr("No model loaded"), tr("Open a model first: File ▸ Open model folder… or Open model file…"));
        return;
    }
    QString problem;
    const auto request = parameters_->buildRequest(&problem);
    if (!request) {
        banner_->showError(tr("Cannot generate"), problem);
        return;
    }
    GenerationJob job;
    job.request = *request;
    job.outputRoot = outputRoot();
    controller_->enqueue(job);
}

bool MainWindow::vary(double strength, int count) {
    if (!shownRequest_ || shownRequest_->seeds.empty() || preview_->currentImage().isNull()) {
        statusBar()->showMessage(tr("Nothing to vary: generate an image, or open one or pick one in the gallery"), 5000);
        return false;
    }
    if (!controller_->isModelLoaded() && !controller_->isLoading()) {
        banner_->showError(tr("No model loaded"), tr("Open a model first: File ▸ Open model folder… or Open model file…"));
        return false;
    }
    // The image's own request (its model is the loaded one), one seed repeated with new variation seeds.
    GenerationJob job;
    job.request = *shownRequest_;
    job.request.prompt_style = parameters_->promptStyle();
    const uint64_t seed = job.request.seeds.front();
    job.request.seeds.assign(static_cast<size_t>(count), seed);
    job.request.variation_seeds.clear();
    for (int i = 0; i < count; ++i) job.request.variation_seeds.push_back(QRandomGenerator::global()->generate());
    job.request.variation_strength = strength;
    job.outputRoot = outputRoot();
    controller_->enqueue(job);
    statusBar()->showMessage(tr("Varying seed %1: %2 images at strength %3").arg(seed).arg(count).arg(strength), 5000);
    return true;
}

void MainWindow::onJobStarted(const GenerationJob& job) {
    if (job.kind == JobKind::Upscale) {
        const QString name = QFileInfo(job.upscale.source).fileName();
        QImageReader reader(job.upscale.source);
        preview_->startUpscale(job.id, reader.read(),
                               tr("Upscaling %1 ×%2 with %3…").arg(name).arg(job.upscale.scale).arg(QFileInfo(job.upscale.upscaler).completeBaseName()));
        parameters_->setGenerating(true);
        statusBar()->showMessage(tr("Upscaling %1…").arg(name));
        return;
    }
    if (job.kind == JobKind::Task) {
        if (job.task) statusBar()->showMessage(QStringLiteral("%1…").arg(job.task->title()));
        return;
    }
    if (job.kind != JobKind::Generate) {
        statusBar()->showMessage(tr("Sweep running…"));
        return;
    }
    preview_->startJob(job.id, job.request.steps);
    parameters_->setGenerating(true);
    statusBar()->showMessage(job.request.seeds.size() == 1 ? tr("Generating 1 image…")
                                                           : tr("Generating %1 images…").arg(job.request.seeds.size()));
}

void MainWindow::updateQueueView() {
    QStringList items;
    for (const GenerationJob& j : controller_->queue()) {
        if (j.kind == JobKind::Sweep) {
            items << tr("#%1 · sweep · %2 cells").arg(j.id).arg(j.sweep.cells.size());
            continue;
        }
        if (j.kind == JobKind::Upscale) {
            items << tr("#%1 · upscale ×%2 · %3").arg(j.id).arg(j.upscale.scale).arg(QFileInfo(j.upscale.source).fileName());
            continue;
        }
        if (j.kind == JobKind::Task) {
            items << QStringLiteral("#%1 · %2").arg(j.id).arg(j.task ? j.task->title() : QString());
            continue;
        }
        items << tr("#%1 · seed %2 · %3 steps · %4")
                     .arg(j.id)
                     .arg(j.request.seeds.empty() ? 0 : j.request.seeds.front())
                     .arg(j.request.steps)
                     .arg(shortPrompt(j.request.prompt));
    }
    parameters_->setQueue(items);
}

void MainWindow::abortGeneration() {
    if (!controller_->isBusy() || controller_->isAborting()) return;
    const bool shown = controller_->currentJob().kind != JobKind::Sweep;  // a generation or an upscale
    controller_->abort();
    if (!shown) return;
    preview_->showAborting();
    parameters_->setGenerating(true, true);
    statusBar()->showMessage(tr("Aborting — nothing will be saved"));
}

void MainWindow::finishNow() {
    if (!controller_->isBusy() || controller_->isAborting() || controller_->currentJob().kind != JobKind::Generate) return;
    controller_->finishNow();
    statusBar()->showMessage(tr("Finishing with the current estimate…"));
}

void MainWindow::onFrames(const QList<PreviewFrame>& frames) {
    QList<PreviewFrame> mine, tiles;
    for (const PreviewFrame& f : frames)
        if (f.tiles) tiles << f;
        else if (f.cell < 0) mine << f;
    if (!mine.isEmpty()) preview_->addFrames(mine);
    if (!tiles.isEmpty()) preview_->addTileFrames(tiles);
}

void MainWindow::onJobFinished(const JobResult& result) {
    if (result.kind == JobKind::Upscale) {
        parameters_->setGenerating(false);
        if (!result.error.isEmpty()) {
            preview_->stopJob(tr("Upscale failed"));
            banner_->showError(tr("Upscale failed"), result.error);
            statusBar()->showMessage(tr("Upscale failed"), 5000);
        } else if (result.cancelled) {
            preview_->stopJob(tr("Upscale aborted — nothing saved"));
            statusBar()->showMessage(tr("Aborted"), 5000);
        } else if (!result.images.isEmpty()) {
            const QString error = history_->record(result);
            if (!error.isEmpty()) banner_->showError(tr("Could not record the history"), error);
            const GeneratedImage& image = result.images.front();
            shownPath_ = image.path;
            if (image.parameters.isEmpty()) shownRequest_.reset();
            else shownRequest_ = restoreInfotext(image.parameters).request;
            const QString name = QFileInfo(image.path).fileName();
            preview_->finishJob(image.image, result.seconds,
                                QStringLiteral("%1 · %2×%3").arg(name).arg(image.image.width()).arg(image.image.height()));
            statusBar()->showMessage(tr("Saved %1 in %2").arg(name, QFileInfo(image.path).absolutePath()), 8000);
        }
        Q_EMIT generationFinished(result);
        return closeIfIdle();
    }
    if (result.kind != JobKind::Generate) {
        Q_EMIT generationFinished(result);
        return closeIfIdle();
    }
    parameters_->setGenerating(false);
    if (!result.error.isEmpty()) {
        preview_->stopJob(tr("Failed"));
        banner_->showError(tr("Generation failed"), result.error);
        statusBar()->showMessage(tr("Generation failed"), 5000);
    } else if (result.cancelled) {
        preview_->stopJob(result.stepsDone == 1 ? tr("Aborted after 1 step — nothing saved")
                                                : tr("Aborted after %1 steps — nothing saved").arg(result.stepsDone));
        statusBar()->showMessage(tr("Aborted"), 5000);
    } else {
        const QString error = history_->record(result);
        if (!error.isEmpty()) banner_->showError(tr("Could not record the history"), error);
        for (int i = 0; i < result.images.size(); ++i) timelines_.store(result.images[i].path, preview_->stepFrames(i));
        if (!result.images.isEmpty()) {
            const GeneratedImage& first = result.images.front();
            shownRequest_ = first.request;
            shownPath_ = first.path;
            preview_->finishJob(first.image, result.seconds,
                                tr("Seed %1 · %2").arg(first.seed).arg(QFileInfo(first.path).fileName()));
        }
        const QString folder = result.images.isEmpty() ? QString() : QFileInfo(result.images.front().path).absolutePath();
        statusBar()->showMessage(result.images.size() == 1 ? tr("Saved 1 image in %1").arg(folder)
                                                           : tr("Saved %1 images in %2").arg(result.images.size()).arg(folder),
                                 8000);
    }
    Q_EMIT generationFinished(result);
    closeIfIdle();
}

bool MainWindow::restoreFromImage(const QString& path) {
    try {
        const auto chunks = stipple::read_png_text_file(QFile::encodeName(path).toStdString());
        const std::string text = stipple::png_text_value(chunks, "parameters");
        if (text.empty()) {
            banner_->showError(tr("No parameters in %1").arg(QFileInfo(path).fileName()),
                               tr("This PNG has no \"parameters\" text, so there is nothing to restore."));
            return false;
        }
        parameters_->applyInfotext(QString::fromStdString(text));
        shownRequest_ = restoreInfotext(QString::fromStdString(text)).request;
        shownPath_ = path;
        QImageReader reader(path);
        const QImage image = reader.read();
        if (!image.isNull()) preview_->showImage(image, QFileInfo(path).fileName());
        statusBar()->showMessage(tr("Parameters restored from %1").arg(QFileInfo(path).fileName()), 5000);
        return true;
    } catch (const std::exception& e) {
        banner_->showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), QString::fromUtf8(e.what()));
        return false;
    }
}

void MainWindow::openImageDialog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open image"), outputRoot(), tr("PNG images (*.png)"));
    if (!path.isEmpty()) restoreFromImage(path);
}

void MainWindow::openModelFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open model folder (with model_index.json)"),
                                                          model().path.isEmpty() ? QString() : QFileInfo(model().path).absolutePath());
    if (!dir.isEmpty()) openModel(dir);
}

void MainWindow::openModelFileDialog() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open model file"), QString(),
                                                      tr("Checkpoints (*.safetensors *.ckpt *.pt *.pth);;All files (*)"));
    if (!file.isEmpty()) openModel(file);
}

void MainWindow::offerCheckpointImport(const QString& checkpoint) {
    const QString converted = CheckpointImport::convertedPath(checkpoint);
    if (QFileInfo::exists(converted)) {
        importCheckpoint(checkpoint);  // opens the earlier conversion
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Convert checkpoint"),
        tr("%1 is a Python pickle file. Loading a pickle in Python can run any code hidden in it, so Stipple "
           "opens only .safetensors files.\n\nConvert it now with Stipple's own reader, which runs nothing and "
           "refuses anything that is not weights? The weights are written once to\n%2")
            .arg(QFileInfo(checkpoint).fileName(), converted),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) importCheckpoint(checkpoint);
}

bool MainWindow::importCheckpoint(const QString& checkpoint) {
    const QString converted = CheckpointImport::convertedPath(checkpoint);
    if (QFileInfo::exists(converted)) {
        statusBar()->showMessage(tr("Opening %1, converted from %2 before").arg(QFileInfo(converted).fileName(),
                                                                               QFileInfo(checkpoint).fileName()), 6000);
        openModel(converted);
        return true;
    }
    if (!import_) {
        import_ = new CheckpointImport(this);
        connect(import_, &CheckpointImport::finished, this,
                [this](const QString& from, const QString& safetensors, const QString& error) {
                    if (!error.isEmpty()) {
                        parameters_->setModelState(ParametersPanel::ModelState::Failed, tr("Not converted"));
                        banner_->showError(tr("Cannot convert %1").arg(QFileInfo(from).fileName()), error, kModelTopic);
                        return;
                    }
                    statusBar()->showMessage(tr("Converted %1 to %2").arg(QFileInfo(from).fileName(),
                                                                         QFileInfo(safetensors).fileName()), 8000);
                    openModel(safetensors);
                });
    }
    if (!import_->start(checkpoint)) {
        banner_->showError(tr("A conversion is running"), tr("Wait until it ends, then open %1 again.").arg(checkpoint));
        return false;
    }
    parameters_->setModelState(ParametersPanel::ModelState::Loading,
                               tr("Converting %1 to .safetensors…").arg(QFileInfo(checkpoint).fileName()));
    statusBar()->showMessage(tr("Converting %1 to .safetensors…").arg(checkpoint));
    return true;
}

bool MainWindow::useShownImageForImg2Img() {
    const QImage shown = preview_->currentImage();
    if (shown.isNull()) {
        banner_->showError(tr("No image to start from"), tr("Generate or open an image first; it is shown in the preview."));
        return false;
    }
    QString problem;
    if (!parameters_->initImagePanel()->setImage(shown, &problem)) {
        banner_->showError(tr("Cannot use this image"), problem);
        return false;
    }
    parameters_->setInitImageOpen(true);
    statusBar()->showMessage(tr("The next generation starts from this image (img2img)."), 5000);
    return true;
}

UpscaleDialog* MainWindow::showUpscaleDialog(const QString& path) {
    QImageReader reader(path);  // the header only: the size
    const QSize size = reader.size();
    if (path.isEmpty() || !size.isValid()) {
        banner_->showError(tr("Cannot upscale %1").arg(QFileInfo(path).fileName()),
                           path.isEmpty() ? tr("No image is shown: generate one, or pick one in the gallery.")
                                          : reader.errorString());
        return nullptr;
    }
    auto* dialog = new UpscaleDialog(path, size, upscalerModelFolders(libraryFolders()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] { upscaleImage(path, dialog->upscaler(), dialog->scale()); });
    dialog->open();
    return dialog;
}

void MainWindow::upscaleCurrentImage() {
    QString path = shownPath_;
    const QModelIndex current = gallery_->listView()->currentIndex();
    if (gallery_->listView()->hasFocus() && current.isValid()) path = current.data(GalleryModel::PathRole).toString();
    showUpscaleDialog(path);
}

int MainWindow::upscaleImage(const QString& path, const QString& upscaler, double scale) {
    if (shutDown_) return 0;
    if (!QFileInfo(path).isFile()) {
        banner_->showError(tr("Cannot upscale %1").arg(QFileInfo(path).fileName()), tr("The file %1 is gone.").arg(path));
        return 0;
    }
    GenerationJob job;
    job.kind = JobKind::Upscale;
    job.upscale.source = path;
    job.upscale.upscaler = upscaler;
    job.upscale.scale = scale;
    job.outputRoot = outputRoot();
    return controller_->enqueue(job);
}

void MainWindow::buildModelMenu() {
    modelMenu_ = menuBar()->addMenu(tr("&Model"));
    modelMenu_->setToolTipsVisible(true);
    QAction* vae = modelMenu_->addAction(tr("Choose &VAE file…"), this, &MainWindow::chooseVaeFileDialog);
    vae->setToolTip(tr("Decode this model's images with a separate VAE (.safetensors, e.g. vae-ft-mse or an SDXL "
                       "fp16-fix VAE). Remembered for this model."));
    ownVae_ = modelMenu_->addAction(tr("Use the model's &own VAE"), this, [this] {
        ModelOverrides o = Preferences().modelOverrides(controller_->model().path);
        o.vaePath.clear();
        setModelOverrides(o);
    });
    QMenu* prediction = modelMenu_->addMenu(tr("&Prediction type"));
    prediction->setToolTipsVisible(true);
    auto* group = new QActionGroup(prediction);
    for (const auto& [value, label] : std::initializer_list<std::pair<const char*, const char*>>{
             {"", QT_TR_NOOP("&Detect from the file")},
             {"epsilon", QT_TR_NOOP("&Epsilon (SD 1.x, 2.x-base, SDXL)")},
             {"v_prediction", QT_TR_NOOP("&v-prediction (SD 2.x 768-v, v-pred finetunes)")}}) {
        const QString v = QString::fromLatin1(value);
        QAction* a = prediction->addAction(tr(label), this, [this, v] {
            ModelOverrides o = Preferences().modelOverrides(controller_->model().path);
            o.predictionType = v;
            setModelOverrides(o);
        });
        a->setCheckable(true);
        a->setData(v);
        group->addAction(a);
        predictionActions_.append(a);
    }
    prediction->setToolTip(tr("What the model's UNet predicts. Detected from a single file as AUTOMATIC1111 and "
                              "ComfyUI do; choose it here when a model draws only noise or grey."));
    modelMenu_->addSeparator();
    modelMenu_->addAction(tr("Open the &LoRA folder"), this,
                          [] { QDesktopServices::openUrl(QUrl::fromLocalFile(loraDir())); })
        ->setToolTip(tr("LoRA files here are used with <lora:name:weight> in the prompt."));
    modelMenu_->addAction(tr("Open the &embeddings folder"), this,
                          [] { QDesktopServices::openUrl(QUrl::fromLocalFile(embeddingsDir())); })
        ->setToolTip(tr("Textual-inversion embeddings here are used by writing their name in the prompt."));
    connect(modelMenu_, &QMenu::aboutToShow, this, &MainWindow::updateModelMenu);
}

void MainWindow::updateModelMenu() {
    const bool loaded = controller_->isModelLoaded();
    const ModelOverrides o = loaded ? Preferences().modelOverrides(controller_->model().path) : ModelOverrides{};
    ownVae_->setEnabled(loaded && !o.vaePath.isEmpty());
    for (QAction* a : predictionActions_) {
        a->setEnabled(loaded);
        a->setChecked(a->data().toString() == o.predictionType);
    }
}

bool MainWindow::setModelOverrides(const ModelOverrides& overrides) {
    if (!controller_->isModelLoaded()) {
        banner_->showError(tr("No model loaded"), tr("Open a model first: File ▸ Open model folder… or Open model file…"));
        return false;
    }
    const QString path = controller_->model().path;
    Preferences prefs;
    if (prefs.modelOverrides(path) == overrides) return true;
    prefs.setModelOverrides(path, overrides);
    openModel(path);
    return true;
}

void MainWindow::chooseVaeFileDialog() {
    if (!controller_->isModelLoaded()) {
        setModelOverrides({});  // says why nothing happens
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose VAE file"), QString(),
                                                      tr("VAE files (*.safetensors);;All files (*)"));
    if (file.isEmpty()) return;
    ModelOverrides o = Preferences().modelOverrides(controller_->model().path);
    o.vaePath = file;
    setModelOverrides(o);
}

void MainWindow::showSettings() {
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.save();
    controller_->setThreadCount(Preferences().get(pref::threads));
    parameters_->setPromptStyle(Preferences().promptStyle());
    parameters_->setNoiseSource(Preferences().noiseSource());
    if (picker_) rescanLibrary();  // the library's folders may have changed
    statusBar()->showMessage(tr("Settings saved. Precision changes apply when a model is loaded."), 5000);
}

void MainWindow::showGalleryImage(qint64 id) {
    const QModelIndex index = galleryModel_->indexOfId(id);
    const HistoryRecord* r = galleryModel_->record(index.row());
    if (!r) return;
    QImageReader reader(r->path);
    const QImage image = reader.read();
    if (image.isNull()) {
        banner_->showError(tr("Cannot show %1").arg(r->path), reader.errorString());
        return;
    }
    const QString caption = tr("Seed %1 · %2").arg(r->seed).arg(GalleryModel::summarize(r->parameters));
    shownRequest_ = restoreInfotext(r->parameters).request;
    shownPath_ = r->path;
    if (timelines_.contains(r->path)) preview_->showTimeline(timelines_.steps(r->path), image, caption);
    else preview_->showImage(image, caption);
}

void MainWindow::deleteImages(const QList<qint64>& ids) {
    for (qint64 id : ids) {
        const HistoryRecord* r = galleryModel_->record(galleryModel_->indexOfId(id).row());
        if (!r) continue;
        const QString path = r->path;
        if (QFileInfo::exists(path) && !QFile::moveToTrash(path)) QFile::remove(path);
        history_->remove(id);
        timelines_.remove(path);
    }
    statusBar()->showMessage(ids.size() == 1 ? tr("Deleted 1 image") : tr("Deleted %1 images").arg(ids.size()), 4000);
}

void MainWindow::compareImages(const QStringList& paths) {
    if (paths.size() < 2 || paths.size() > 4) return;
    QStringList captions;
    for (const QString& p : paths) {
        QString caption = QFileInfo(p).fileName();
        for (int row = 0; row < galleryModel_->rowCount(); ++row)
            if (const HistoryRecord* r = galleryModel_->record(row); r && r->path == p)
                caption = tr("Seed %1\n%2").arg(r->seed).arg(GalleryModel::summarize(r->parameters));
        captions << caption;
    }
    auto* dialog = new CompareDialog(paths, captions, this);
    dialog->show();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!shutDown_ && (controller_->isBusy() || controller_->isLoading())) {
        saveSettings();  // while the window still has its geometry
        hide();
        closePending_ = true;
        controller_->clearQueue();
        controller_->abort();
        event->ignore();
        return;
    }
    shutdown();
    event->accept();
}

void MainWindow::closeIfIdle() {
    if (!closePending_ || controller_->isBusy() || controller_->isLoading()) return;
    closePending_ = false;
    QTimer::singleShot(0, this, &QWidget::close);
}

void MainWindow::exportTimelineDialog() {
    if (preview_->timelineLength() < 2) {
        statusBar()->showMessage(tr("This image has no step timeline: generate one, or pick a recent image in the gallery"), 5000);
        return;
    }
    Preferences prefs;
    const QString folder = prefs.has(pref::timelineFolder) ? prefs.get(pref::timelineFolder) : outputRoot();
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the step timeline"), folder + "/timeline.gif",
                                                tr("Animated GIF (*.gif);;MP4 video (*.mp4)"), &filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += filter.contains(QLatin1String("mp4")) ? ".mp4" : ".gif";
    prefs.set(pref::timelineFolder, QFileInfo(path).absolutePath());
    exportTimeline(path);
}

void MainWindow::exportTimeline(const QString& path) {
    if (!timelineExporter_->start(preview_->timelineFrames(), path)) {
        statusBar()->showMessage(tr("A timeline is still being saved"), 4000);
        return;
    }
    statusBar()->showMessage(tr("Saving the step timeline…"));
}

void MainWindow::shutdown() {
    if (shutDown_) return;
    shutDown_ = true;
    saveSettings();
    controller_->shutdown();  // the running job stops before its next UNet call
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!event->mimeData()->hasUrls()) return;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (!url.isLocalFile()) continue;
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        const bool safetensors = info.suffix().compare(QLatin1String("safetensors"), Qt::CaseInsensitive) == 0;
        if (safetensors && useDroppedWeightFile(path)) {
            // a LoRA, an embedding or a VAE: used as the library's picker would
        } else if (info.isDir() || safetensors || stipple::is_pickle_checkpoint_path(QFile::encodeName(path).toStdString())) {
            openModel(path);
        } else {
            restoreFromImage(path);
        }
        event->acceptProposedAction();
        return;
    }
}

}  // namespace stipple::ui
