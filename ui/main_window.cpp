// Main window (see main_window.h).
#include "main_window.h"

#include "pipeline/resource_paths.h"

#include "about_dialog.h"
#include "app_paths.h"
#include "compare_dialog.h"
#include "error_banner.h"
#include "gallery_model.h"
#include "gallery_view.h"
#include "generation_worker.h"
#include "help_dialog.h"
#include "history_store.h"
#include "image_view.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "parameters_panel.h"
#include "preview_pane.h"
#include "settings_dialog.h"
#include "sweep_dialog.h"
#include "stipple_version.h"
#include "timeline_export.h"
#include "token_counter.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
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
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace stipple::ui {

namespace {
constexpr int kMaxRecentModels = 8;

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
    mainSplitter_->addWidget(scroll);
    mainSplitter_->addWidget(right);
    mainSplitter_->setStretchFactor(0, 0);
    mainSplitter_->setStretchFactor(1, 1);
    mainSplitter_->setChildrenCollapsible(false);
    setCentralWidget(mainSplitter_);
    resize(1360, 860);
    mainSplitter_->setSizes({370, 990});
    rightSplitter_->setSizes({600, 230});
    statusBar()->showMessage(tr("Ready"));

    // Worker and token counter threads: nothing heavy ever runs on this (GUI) thread.
    workerThread_ = new QThread(this);
    workerThread_->setObjectName(QStringLiteral("stipple-worker"));
    worker_ = new GenerationWorker;
    worker_->moveToThread(workerThread_);
    tokenThread_ = new QThread(this);
    tokenThread_->setObjectName(QStringLiteral("stipple-tokens"));
    tokenCounter_ = new TokenCounter;
    tokenCounter_->moveToThread(tokenThread_);
    connectWorker();
    workerThread_->start();
    tokenThread_->start();

    tokenTimer_ = new QTimer(this);
    tokenTimer_->setSingleShot(true);
    tokenTimer_->setInterval(120);
    connect(tokenTimer_, &QTimer::timeout, this, &MainWindow::requestTokenCount);

    history_ = std::make_unique<HistoryStore>(dataDir());
    if (!history_->ok()) banner_->showError(tr("History is unavailable"), history_->error());
    else galleryModel_->setRecords(history_->all());

    buildMenus();
    connect(parameters_, &ParametersPanel::generateRequested, this, &MainWindow::generate);
    connect(parameters_, &ParametersPanel::abortRequested, this, &MainWindow::abortGeneration);
    connect(parameters_, &ParametersPanel::finishNowRequested, this, &MainWindow::finishNow);
    connect(parameters_, &ParametersPanel::openModelFolderRequested, this, &MainWindow::openModelFolderDialog);
    connect(parameters_, &ParametersPanel::openModelFileRequested, this, &MainWindow::openModelFileDialog);
    connect(parameters_, &ParametersPanel::modelChosen, this, &MainWindow::openModel);
    connect(parameters_, &ParametersPanel::promptsEdited, tokenTimer_, qOverload<>(&QTimer::start));
    connect(parameters_, &ParametersPanel::removeQueuedRequested, this, [this](int row) {
        if (row >= 0 && row < queue_.size()) queue_.removeAt(row);
        updateQueueView();
    });
    connect(preview_, &PreviewPane::previewOptionsChanged, this, &MainWindow::applyPreviewOptions);
    connect(gallery_, &GalleryView::imageActivated, this, &MainWindow::showGalleryImage);
    connect(gallery_, &GalleryView::reuseSeedRequested, this, [this](quint64 seed) {
        parameters_->setSeed(seed, true);
        statusBar()->showMessage(tr("Seed %1 locked").arg(seed), 4000);
    });
    connect(gallery_, &GalleryView::reuseParametersRequested, this, [this](const QString& text) {
        parameters_->applyRestored(stipple::request_from_infotext(stipple::parse_infotext(text.toStdString())));
        statusBar()->showMessage(tr("Parameters restored"), 4000);
    });
    connect(gallery_, &GalleryView::deleteRequested, this, &MainWindow::deleteImages);
    connect(gallery_, &GalleryView::compareRequested, this, &MainWindow::compareImages);
    connect(gallery_, &GalleryView::message, this, [this](const QString& m) { statusBar()->showMessage(m, 5000); });

    loadSettings();
    applyPreviewOptions();
    if (model_.path.isEmpty() && recentModels_.isEmpty())
        preview_->imageView()->setPlaceholder(
            tr("Open a model to begin: a diffusers folder (with model_index.json) or a .safetensors checkpoint.\n\n"
               "Use the Open… button in the Model section, or File ▸ Open model folder…"));
}

MainWindow::~MainWindow() { shutdown(); }

void MainWindow::connectWorker() {
    connect(workerThread_, &QThread::finished, this, [] {});
    connect(worker_, &GenerationWorker::modelLoaded, this, &MainWindow::onModelLoaded);
    connect(worker_, &GenerationWorker::modelLoadFailed, this, &MainWindow::onModelLoadFailed);
    connect(worker_, &GenerationWorker::framesAvailable, this, &MainWindow::onFramesAvailable);
    connect(worker_, &GenerationWorker::jobFinished, this, &MainWindow::onJobFinished);
    connect(worker_, &GenerationWorker::tokensCounted, this, [this](int serial, int p, int n) {
        if (serial == tokenSerial_) parameters_->setTokenCounts(p, n);
    });
    connect(tokenCounter_, &TokenCounter::counted, this, [this](int serial, int p, int n) {
        if (serial == tokenSerial_) parameters_->setTokenCounts(p, n);
    });
    connect(tokenCounter_, &TokenCounter::ready, this, [this](bool available) {
        tokenizerReady_ = available;
        requestTokenCount();
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

    QMenu* gen = menuBar()->addMenu(tr("&Generate"));
    QAction* go = gen->addAction(tr("&Generate"), this, &MainWindow::generate);
    go->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    go->setShortcutContext(Qt::WindowShortcut);
    QAction* abort = gen->addAction(tr("&Abort"), this, &MainWindow::abortGeneration);
    abort->setShortcut(QKeySequence(Qt::Key_Escape));
    abort->setShortcutContext(Qt::WindowShortcut);
    gen->addAction(tr("&Finish now"), this, &MainWindow::finishNow);
    gen->addSeparator();
    QAction* sweep = gen->addAction(tr("&Sweep (X/Y plot)…"), this, [this] {
        QString problem;
        const auto request = parameters_->buildRequest(&problem);
        if (!request) return banner_->showError(tr("Cannot start a sweep"), problem);
        auto* dialog = new SweepDialog(*request, model_.path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SweepDialog::reuseParametersRequested, this, [this](const QString& text) {
            parameters_->applyRestored(stipple::request_from_infotext(stipple::parse_infotext(text.toStdString())));
            statusBar()->showMessage(tr("Parameters restored"), 4000);
        });
        dialog->show();
    });
    sweep->setToolTip(tr("Render a grid of images that differ in one or two settings (seed, steps, CFG, sampler, prompt, size)."));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* howTo = help->addAction(tr("&How diffusion works"), this, [this] { HelpDialog(this).exec(); });
    howTo->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Stipple"), this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::loadSettings() {
    const auto s = openSettings();
    if (s->contains("window/geometry")) restoreGeometry(s->value("window/geometry").toByteArray());
    if (s->contains("window/state")) restoreState(s->value("window/state").toByteArray());
    if (s->contains("window/mainSplitter")) mainSplitter_->restoreState(s->value("window/mainSplitter").toByteArray());
    if (s->contains("window/rightSplitter")) rightSplitter_->restoreState(s->value("window/rightSplitter").toByteArray());
    preview_->setShowNoisy(s->value("preview/noisy", false).toBool());
    preview_->setPreviewSource(s->value("preview/source", 0).toInt());
    preview_->setFullVaeEvery(s->value("preview/fullVaeEvery", 0).toInt());
    parameters_->restoreState(*s);
    sizeFollowsModel_ = !s->contains("parameters/width");
    recentModels_ = s->value("models/recent").toStringList();
    const QString builtin = QString::fromStdString(stipple::builtin_model_dir());
    if (QFileInfo::exists(builtin + QStringLiteral("/model_index.json"))) parameters_->setBuiltinModel(builtin);
    parameters_->setRecentModels(recentModels_, s->value("models/last").toString());
}

void MainWindow::saveSettings() const {
    auto s = openSettings();
    s->setValue("window/geometry", saveGeometry());
    s->setValue("window/state", saveState());
    s->setValue("window/mainSplitter", mainSplitter_->saveState());
    s->setValue("window/rightSplitter", rightSplitter_->saveState());
    s->setValue("preview/noisy", preview_->showNoisy());
    s->setValue("preview/source", preview_->previewSource());
    s->setValue("preview/fullVaeEvery", preview_->fullVaeEvery());
    parameters_->saveState(*s);
    s->setValue("models/recent", recentModels_);
    if (!model_.path.isEmpty()) s->setValue("models/last", model_.path);
}

void MainWindow::applyPreviewOptions() {
    worker_->setPreviewNoisy(preview_->showNoisy());
    worker_->setPreviewSource(preview_->previewSource() == 1 ? PreviewSource::Taesd : PreviewSource::Latent);
    worker_->setFullVaeEvery(preview_->fullVaeEvery());
}

void MainWindow::openModel(const QString& path) {
    if (path.isEmpty() || shutDown_) return;
    loading_ = true;
    modelLoaded_ = false;
    parameters_->setModelState(ParametersPanel::ModelState::Loading, tr("Loading %1…").arg(QFileInfo(path).fileName()));
    parameters_->setTokenCounts(-1, -1);
    statusBar()->showMessage(tr("Loading model %1…").arg(path));
    const QString dtype = openSettings()->value("runtime/dtype", "auto").toString();
    GenerationWorker* worker = worker_;
    QMetaObject::invokeMethod(worker, [worker, path, dtype] { worker->loadModel(path, dtype); }, Qt::QueuedConnection);
    TokenCounter* counter = tokenCounter_;
    tokenizerReady_ = false;
    QMetaObject::invokeMethod(counter, [counter, path] { counter->setModel(path); }, Qt::QueuedConnection);
}

void MainWindow::onModelLoaded(const ModelSummary& m) {
    // The native size of the new model, unless the user chose a size of their own: a 64x64 model
    // asked for 512x512 takes minutes and draws noise; a 512x512 model at 64x64 draws nothing.
    const bool atPreviousNative = !model_.path.isEmpty() && parameters_->widthBox()->value() == model_.defaultWidth &&
                                  parameters_->heightBox()->value() == model_.defaultHeight;
    if ((sizeFollowsModel_ || atPreviousNative) && m.defaultWidth > 0 && m.defaultHeight > 0)
        parameters_->setSize(m.defaultWidth, m.defaultHeight);
    sizeFollowsModel_ = false;
    loading_ = false;
    modelLoaded_ = true;
    model_ = m;
    parameters_->setModelState(ParametersPanel::ModelState::Loaded,
                               tr("%1 · %2 · native %3×%4%5")
                                   .arg(m.name, m.family.toUpper())
                                   .arg(m.defaultWidth)
                                   .arg(m.defaultHeight)
                                   .arg(m.hasTaesd ? tr(" · TAESD") : QString()));
    preview_->setTaesdAvailable(m.hasTaesd);
    rememberModel(m.path);
    if (m.turbo) {
        // SD-/SDXL-Turbo are distilled for 1-4 steps without guidance, with their own sampler.
        parameters_->stepsBox()->setValue(1);
        parameters_->cfgBox()->setValue(0.0);
        const int index = parameters_->samplerBox()->findText(m.defaultSampler);
        if (index >= 0) parameters_->samplerBox()->setCurrentIndex(index);
        statusBar()->showMessage(tr("Turbo model %1 ready: 1 step, guidance 0, %2 (up to 4 steps work)")
                                     .arg(m.name, m.defaultSampler), 8000);
    } else {
        statusBar()->showMessage(tr("Model %1 ready").arg(m.name), 5000);
    }
    if (preview_->currentImage().isNull())
        preview_->imageView()->setPlaceholder(tr("Your image appears here.\n\nWrite a prompt and press Generate (Ctrl+Enter)."));
    requestTokenCount();
    Q_EMIT modelReady(m);
    dispatchNext();
}

void MainWindow::onModelLoadFailed(const QString& path, const QString& reason) {
    loading_ = false;
    modelLoaded_ = false;
    model_ = {};
    parameters_->setModelState(ParametersPanel::ModelState::Failed, tr("Could not load %1").arg(QFileInfo(path).fileName()));
    banner_->showError(tr("Could not load the model %1").arg(path), reason);
    statusBar()->showMessage(tr("Model failed to load"), 5000);
    Q_EMIT modelFailed(reason);
}

void MainWindow::rememberModel(const QString& path) {
    recentModels_.removeAll(path);
    recentModels_.prepend(path);
    while (recentModels_.size() > kMaxRecentModels) recentModels_.removeLast();
    parameters_->setRecentModels(recentModels_, path);
    auto s = openSettings();
    s->setValue("models/recent", recentModels_);
    s->setValue("models/last", path);
}

void MainWindow::requestTokenCount() {
    ++tokenSerial_;
    const int serial = tokenSerial_;
    const QString p = parameters_->promptText(), n = parameters_->negativeText();
    if (tokenizerReady_) {
        TokenCounter* c = tokenCounter_;
        QMetaObject::invokeMethod(c, [c, serial, p, n] { c->count(serial, p, n); }, Qt::QueuedConnection);
    } else if (modelLoaded_) {  // single-file model: the worker answers between jobs
        GenerationWorker* w = worker_;
        QMetaObject::invokeMethod(w, [w, serial, p, n] { w->countTokens(serial, p, n); }, Qt::QueuedConnection);
    }
}

void MainWindow::generate() {
    if (shutDown_) return;
    if (!modelLoaded_ && !loading_) {
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
    job.id = nextJobId_++;
    job.request = *request;
    job.outputRoot = outputRoot();
    queue_.append(job);
    updateQueueView();
    dispatchNext();
}

void MainWindow::dispatchNext() {
    if (shutDown_ || currentJob_ != 0 || loading_ || !modelLoaded_ || queue_.isEmpty()) return;
    const GenerationJob job = queue_.takeFirst();
    updateQueueView();
    currentJob_ = job.id;
    aborting_ = false;
    preview_->startJob(job.id, job.request.steps);
    parameters_->setGenerating(true);
    statusBar()->showMessage(job.request.seeds.size() == 1 ? tr("Generating 1 image…")
                                                           : tr("Generating %1 images…").arg(job.request.seeds.size()));
    GenerationWorker* worker = worker_;
    QMetaObject::invokeMethod(worker, [worker, job] { worker->generate(job); }, Qt::QueuedConnection);
}

void MainWindow::updateQueueView() {
    QStringList items;
    for (const GenerationJob& j : queue_)
        items << tr("#%1 · seed %2 · %3 steps · %4")
                     .arg(j.id)
                     .arg(j.request.seeds.empty() ? 0 : j.request.seeds.front())
                     .arg(j.request.steps)
                     .arg(shortPrompt(j.request.prompt));
    parameters_->setQueue(items);
}

void MainWindow::abortGeneration() {
    if (currentJob_ == 0 || aborting_) return;
    aborting_ = true;
    worker_->abort(currentJob_);  // thread-safe: sets RunControl::cancel at once
    preview_->showAborting();
    parameters_->setGenerating(true, true);
    statusBar()->showMessage(tr("Aborting — nothing will be saved"));
}

void MainWindow::finishNow() {
    if (currentJob_ == 0 || aborting_) return;
    worker_->finishNow(currentJob_);
    statusBar()->showMessage(tr("Finishing with the current estimate…"));
}

void MainWindow::onFramesAvailable() {
    if (!worker_) return;  // a frame notice queued just before shutdown() deleted the worker
    preview_->addFrames(worker_->mailbox().takeAll());
}

void MainWindow::onJobFinished(const JobResult& result) {
    if (!worker_ || result.jobId != currentJob_) return;
    preview_->addFrames(worker_->mailbox().takeAll());
    currentJob_ = 0;
    aborting_ = false;
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
        QList<HistoryRecord> records;
        for (const GeneratedImage& g : result.images) {
            HistoryRecord r;
            r.path = g.path;
            r.seed = g.seed;
            r.parameters = g.parameters;
            r.thumbnail = g.thumbnail;
            r.created = QDateTime::currentDateTime();
            r.seconds = result.seconds;
            records << r;
        }
        if (history_->ok() && !history_->add(records))
            banner_->showError(tr("Could not record the history"), history_->error());
        galleryModel_->prepend(records);
        if (!result.images.isEmpty()) {
            const GeneratedImage& first = result.images.front();
            preview_->finishJob(first.image, result.seconds,
                                tr("Seed %1 · %2").arg(first.seed).arg(QFileInfo(first.path).fileName()));
        }
        const QString folder = result.images.isEmpty() ? QString() : QFileInfo(result.images.front().path).absolutePath();
        statusBar()->showMessage(result.images.size() == 1 ? tr("Saved 1 image in %1").arg(folder)
                                                           : tr("Saved %1 images in %2").arg(result.images.size()).arg(folder),
                                 8000);
    }
    Q_EMIT generationFinished(result);
    dispatchNext();
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
        parameters_->applyRestored(stipple::request_from_infotext(stipple::parse_infotext(text)));
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
                                                          model_.path.isEmpty() ? QString() : QFileInfo(model_.path).absolutePath());
    if (!dir.isEmpty()) openModel(dir);
}

void MainWindow::openModelFileDialog() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Open model file"), QString(),
                                                      tr("Checkpoints (*.safetensors);;All files (*)"));
    if (!file.isEmpty()) openModel(file);
}

void MainWindow::showSettings() {
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    dialog.save();
    const int threads = openSettings()->value("runtime/threads", 0).toInt();
    QMetaObject::invokeMethod(worker_, [threads] { GenerationWorker::setThreadCount(threads); }, Qt::QueuedConnection);
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
    preview_->showImage(image, tr("Seed %1 · %2").arg(r->seed).arg(GalleryModel::summarize(r->parameters)));
}

void MainWindow::deleteImages(const QList<qint64>& ids) {
    for (qint64 id : ids) {
        const HistoryRecord* r = galleryModel_->record(galleryModel_->indexOfId(id).row());
        if (!r) continue;
        const QString path = r->path;
        if (QFileInfo::exists(path) && !QFile::moveToTrash(path)) QFile::remove(path);
        if (history_->ok()) history_->remove(id);
        galleryModel_->removeId(id);
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
    shutdown();
    event->accept();
}

void MainWindow::exportTimelineDialog() {
    if (preview_->timelineLength() < 2) {
        statusBar()->showMessage(tr("Generate an image first: its step timeline is what gets saved"), 5000);
        return;
    }
    const auto settings = openSettings();
    const QString folder = settings->value("paths/timeline", outputRoot()).toString();
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the step timeline"), folder + "/timeline.gif",
                                                tr("Animated GIF (*.gif);;MP4 video (*.mp4)"), &filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += filter.contains(QLatin1String("mp4")) ? ".mp4" : ".gif";
    settings->setValue("paths/timeline", QFileInfo(path).absolutePath());
    exportTimeline(path);
}

void MainWindow::exportTimeline(const QString& path) {
    if (exportThread_) {
        statusBar()->showMessage(tr("A timeline is still being saved"), 4000);
        return;
    }
    const QList<TimelineFrame> frames = preview_->timelineFrames();
    auto error = std::make_shared<QString>();
    // Labelling and encoding take about a second at 512x512: on a thread of their own, so the
    // window keeps painting. No libtorch here, so it never competes with the generation worker.
    exportThread_ = QThread::create([frames, path, error] {
        QList<QImage> images = labelledTimelineFrames(frames);
        if (!images.isEmpty()) images << images.last() << images.last() << images.last();  // pause on the result
        *error = writeTimeline(path, images, 250);
    });
    connect(exportThread_, &QThread::finished, this, [this, path, error] {
        exportThread_->deleteLater();
        exportThread_ = nullptr;
        if (error->isEmpty())
            statusBar()->showMessage(tr("Timeline saved: %1").arg(QDir::toNativeSeparators(path)), 6000);
        else
            banner_->showError(tr("Cannot save the timeline"), *error);
        Q_EMIT timelineExported(path, *error);
    });
    statusBar()->showMessage(tr("Saving the step timeline…"));
    exportThread_->start();
}

void MainWindow::shutdown() {
    if (shutDown_) return;
    shutDown_ = true;
    if (exportThread_) exportThread_->wait();  // a file being written is finished, not cut short
    saveSettings();
    queue_.clear();
    if (currentJob_ != 0) worker_->abort(currentJob_);  // the pipeline stops before its next UNet call
    workerThread_->quit();
    tokenThread_->quit();
    workerThread_->wait();
    tokenThread_->wait();
    delete worker_;
    worker_ = nullptr;
    delete tokenCounter_;
    tokenCounter_ = nullptr;
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
        if (info.isDir() || info.suffix().compare(QLatin1String("safetensors"), Qt::CaseInsensitive) == 0) openModel(path);
        else restoreFromImage(path);
        event->acceptProposedAction();
        return;
    }
}

}  // namespace stipple::ui
