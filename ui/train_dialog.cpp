// Classroom ▸ Train a tiny model… (see train_dialog.h).
#include "train_dialog.h"

#include "app_paths.h"
#include "generation_controller.h"
#include "loss_plot.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QLocale>

#include <cmath>

namespace stipple::ui {

namespace {

constexpr int kSamplePixels = 64;   // a 32x32 sample shown at twice its size, pixels kept sharp
constexpr int kStepColumn = 72;     // the "step N" labels left of each row
constexpr int kMaxSampleRows = 40;  // older rows are dropped (the first stays: where the run began)

QString clock(double seconds) {
    const int s = static_cast<int>(std::lround(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

// <parent>/tiny-model-<date>-<time>, with -2, -3… when that exists.
QString freshFolder(const QString& parent) {
    const QString stem = QStringLiteral("tiny-model-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = QDir(parent).filePath(stem);
    for (int n = 2; QFileInfo::exists(path); ++n) path = QDir(parent).filePath(stem + QStringLiteral("-%1").arg(n));
    return path;
}

}  // namespace

TrainDialog::TrainDialog(GenerationController* controller, QWidget* parent) : QDialog(parent), controller_(controller) {
    setWindowTitle(tr("Train a tiny model"));
    folderEdit_ = new QLineEdit(QDir::toNativeSeparators(QDir(dataDir()).filePath(QStringLiteral("classroom-models"))));
    folderEdit_->setToolTip(tr("Each run makes a new model folder in here."));
    folderEdit_->setAccessibleName(tr("Save tiny models in"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Save tiny models in"), folderEdit_->text());
        if (!dir.isEmpty()) folderEdit_->setText(QDir::toNativeSeparators(dir));
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folderEdit_, 1);
    folderRow->addWidget(browse);
    presetBox_ = new QComboBox;
    presetBox_->setAccessibleName(tr("Model to train"));
    presetBox_->addItem(tr("Class: 6 colours, 3 shapes, 32×32 pixels (about 10 minutes)"), QStringLiteral("class"));
    presetBox_->setToolTip(tr("A small model of the built-in kind, trained from scratch on pictures Stipple draws: "
                              "first its tokenizer and text encoder, then its VAE, then the denoising UNet."));
    auto* form = new QFormLayout;
    form->addRow(tr("Save in:"), folderRow);
    form->addRow(tr("Model:"), presetBox_);

    startButton_ = new QPushButton(tr("Start"));
    abortButton_ = new QPushButton(tr("Abort"));
    abortButton_->setToolTip(tr("Stops after the current step; the model exported last stays usable."));
    openButton_ = new QPushButton(tr("Open as model"));
    openButton_->setToolTip(tr("Loads the trained model in the main window, to generate with it."));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    progress_->setTextVisible(false);
    status_ = new QLabel(tr("Start trains a new model from scratch. The loss and sample pictures appear as it learns."));
    status_->setWordWrap(true);

    plot_ = new LossPlot;
    plot_->setSeriesNames({tr("tokenizer"), tr("text encoder"), tr("VAE"), tr("diffusion")});
    sampleHost_ = new QWidget;
    sampleGrid_ = new QGridLayout(sampleHost_);
    sampleGrid_->setSpacing(4);
    sampleGrid_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    sampleGrid_->setColumnMinimumWidth(0, kStepColumn);
    sampleScroll_ = new QScrollArea;
    sampleScroll_->setAccessibleName(tr("Sample pictures"));
    sampleScroll_->setWidget(sampleHost_);
    sampleScroll_->setWidgetResizable(true);
    sampleScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sampleScroll_->setMinimumWidth(kStepColumn + 4 * (kSamplePixels + 8) + 40);
    auto* header = new QWidget;
    headerGrid_ = new QGridLayout(header);
    headerGrid_->setContentsMargins(sampleGrid_->contentsMargins());
    headerGrid_->setSpacing(sampleGrid_->spacing());
    headerGrid_->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
    headerGrid_->setColumnMinimumWidth(0, kStepColumn);
    auto* samplesBox = new QWidget;
    auto* samplesLayout = new QVBoxLayout(samplesBox);
    samplesLayout->setContentsMargins(0, 0, 0, 0);
    auto* samplesTitle = new QLabel(tr("Samples (the same prompts and seed as it trains)"));
    samplesLayout->addWidget(samplesTitle);
    samplesLayout->addWidget(header);
    samplesLayout->addWidget(sampleScroll_, 1);
    auto* splitter = new QSplitter;
    splitter->addWidget(plot_);
    splitter->addWidget(samplesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(startButton_);
    buttons->addWidget(abortButton_);
    buttons->addStretch(1);
    buttons->addWidget(openButton_);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(startButton_, &QPushButton::clicked, this, &TrainDialog::start);
    connect(abortButton_, &QPushButton::clicked, this, &TrainDialog::abort);
    connect(openButton_, &QPushButton::clicked, this, &TrainDialog::openAsModel);
    if (controller_) connect(controller_, &GenerationController::jobFinished, this, &TrainDialog::onJobFinished);
    updateButtons();
    resize(900, 560);
}

TrainDialog::~TrainDialog() { releaseTask(); }

void TrainDialog::setStepBudget(int textSteps, int vaeSteps, int diffusionSteps, int sampleEvery) {
    budget_.textSteps = textSteps;
    budget_.vaeSteps = vaeSteps;
    budget_.diffusionSteps = diffusionSteps;
    if (sampleEvery > 0) budget_.sampleEvery = sampleEvery;
    budget_.corpusCaptions = diffusionSteps > 0 && diffusionSteps < 200 ? 2000 : -1;  // a quick run's tokenizer
}

bool TrainDialog::start() {
    if (!controller_ || isRunning()) return false;
    const QString parent = QDir::fromNativeSeparators(folderEdit_->text().trimmed());
    if (parent.isEmpty() || !QDir().mkpath(parent)) {
        status_->setText(tr("Cannot make the folder '%1': choose another one.").arg(QDir::toNativeSeparators(parent)));
        return false;
    }
    TrainSettings settings = budget_;
    settings.outDir = freshFolder(parent);
    settings.preset = presetBox_->currentData().toString();
    modelDir_ = settings.outDir;
    exported_ = false;
    lastStep_ = 0;
    plot_->clear();
    for (QGridLayout* grid : {sampleGrid_, headerGrid_})
        while (QLayoutItem* item = grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    sampleRows_ = 0;

    task_ = std::make_shared<TrainTask>(settings);
    // Events come from the worker thread: each is posted to this dialog's thread. detach() (in
    // releaseTask) waits for a post in progress, after which none reach this dialog.
    const int serial = ++taskSerial_;
    task_->setSink([this, serial](const TrainTask::Event& e) {
        QMetaObject::invokeMethod(
            this, [this, serial, e] {
                if (serial == taskSerial_) onEvent(e);
            },
            Qt::QueuedConnection);
    });
    GenerationJob job;
    job.kind = JobKind::Task;
    job.task = task_;
    jobId_ = controller_->enqueue(job);
    if (jobId_ == 0) {
        releaseTask();
        status_->setText(tr("The app is shutting down."));
        return false;
    }
    progress_->setRange(0, 0);  // busy until the first step
    status_->setText(controller_->isBusy() && controller_->currentJobId() != jobId_
                         ? tr("Waiting for the running job to finish…")
                         : tr("Starting: making the tokenizer…"));
    updateButtons();
    return true;
}

void TrainDialog::abort() {
    if (!isRunning() || !controller_) return;
    controller_->abortJob(jobId_);
    status_->setText(tr("Stopping after the current step…"));
    abortButton_->setEnabled(false);
}

void TrainDialog::openAsModel() {
    if (!controller_ || !exported_ || modelDir_.isEmpty()) return;
    controller_->loadModel(modelDir_);
    status_->setText(tr("Opening %1 in the main window.").arg(QDir::toNativeSeparators(modelDir_)));
}

void TrainDialog::reject() {
    // A closed dialog stops its run (after the current step; the last export stays whole).
    if (isRunning()) {
        releaseTask();
        status_->setText(tr("Stopped: the dialog was closed."));
        updateButtons();
    }
    QDialog::reject();
}

QString TrainDialog::phaseName(TrainTask::Phase phase) const {
    switch (phase) {
        case TrainTask::Phase::Tokenizer: return tr("Tokenizer");
        case TrainTask::Phase::Text: return tr("Text encoder");
        case TrainTask::Phase::Vae: return tr("VAE");
        case TrainTask::Phase::Diffusion: return tr("Diffusion");
    }
    return QString();
}

void TrainDialog::onEvent(const TrainTask::Event& e) {
    if (e.kind == TrainTask::Event::Kind::Samples) return addSampleRow(e);
    if (e.phase == TrainTask::Phase::Tokenizer) {
        status_->setText(tr("Making the tokenizer from generated captions…"));
        return;
    }
    plot_->addPoint(static_cast<int>(e.phase), e.elapsed, e.loss);
    const double whole = e.elapsed + e.eta;
    progress_->setRange(0, 1000);
    progress_->setValue(whole > 0 ? static_cast<int>(1000 * e.elapsed / whole) : 0);
    if (e.phase == TrainTask::Phase::Diffusion) lastStep_ = e.step;
    if (abortButton_->isEnabled())
        status_->setText(tr("%1 step %2/%3 · loss %4 · %5 elapsed · about %6 left")
                             .arg(phaseName(e.phase))
                             .arg(e.step)
                             .arg(e.total)
                             .arg(e.loss, 0, 'g', 3)
                             .arg(clock(e.elapsed), clock(e.eta)));
}

void TrainDialog::addSampleRow(const TrainTask::Event& e) {
    if (sampleRows_ == 0) {
        // Header: the prompts, shortened; the whole prompt on hover.
        for (int c = 0; c < e.prompts.size(); ++c) {
            auto* head = new QLabel(e.prompts[c]);
            head->setWordWrap(true);
            head->setFixedWidth(kSamplePixels + 4);
            head->setToolTip(e.prompts[c]);
            QFont small = head->font();
            small.setPointSizeF(small.pointSizeF() * 0.8);
            head->setFont(small);
            headerGrid_->addWidget(head, 0, c + 1, Qt::AlignBottom);
        }
        headerGrid_->addItem(new QSpacerItem(kStepColumn, 1), 0, 0);
    }
    if (sampleRows_ >= kMaxSampleRows) {
        // Drop the second row (the first shows where the run began).
        for (int c = 0; c <= e.samples.size(); ++c)
            if (QLayoutItem* item = sampleGrid_->itemAtPosition(2, c)) {
                QWidget* w = item->widget();
                sampleGrid_->removeWidget(w);
                delete w;
            }
        // Move the rows below it up one.
        for (int r = 3; r <= sampleRows_; ++r)
            for (int c = 0; c <= e.samples.size(); ++c)
                if (QLayoutItem* item = sampleGrid_->itemAtPosition(r, c)) {
                    QWidget* w = item->widget();
                    sampleGrid_->removeWidget(w);
                    sampleGrid_->addWidget(w, r - 1, c);
                }
        --sampleRows_;
    }
    const int row = ++sampleRows_;
    auto* label = new QLabel(tr("step %1").arg(e.step));
    label->setToolTip(tr("Rendered in %1 s with %2 sampler steps").arg(QLocale().toString(e.sampleSeconds, 'f', 2)).arg(budget_.sampleSteps));
    label->setFixedWidth(kStepColumn);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    sampleGrid_->addWidget(label, row, 0);
    for (int c = 0; c < e.samples.size(); ++c) {
        auto* image = new QLabel;
        image->setPixmap(QPixmap::fromImage(
            e.samples[c].scaled(kSamplePixels, kSamplePixels, Qt::KeepAspectRatio, Qt::FastTransformation)));
        image->setToolTip(e.prompts.value(c));
        image->setFixedSize(kSamplePixels + 4, kSamplePixels + 4);
        image->setAlignment(Qt::AlignCenter);
        sampleGrid_->addWidget(image, row, c + 1);
    }
    // Follow the newest row.
    QTimer::singleShot(0, this, [this] {
        if (sampleScroll_) sampleScroll_->verticalScrollBar()->setValue(sampleScroll_->verticalScrollBar()->maximum());
    });
}

void TrainDialog::onJobFinished(const JobResult& result) {
    if (jobId_ == 0 || result.jobId != jobId_) return;
    const TrainTask::Outcome outcome = task_ ? task_->outcome() : TrainTask::Outcome{};
    jobId_ = 0;
    if (task_) task_->detach();
    exported_ = outcome.exported;
    progress_->setRange(0, 1000);
    const QString folder = QDir::toNativeSeparators(modelDir_);
    if (!result.error.isEmpty()) {
        status_->setText(tr("Training failed: %1").arg(result.error));
    } else if (outcome.finished) {
        progress_->setValue(1000);
        status_->setText(tr("Done: %1 diffusion steps in %2 (samples took %3 s). The model is in %4.")
                             .arg(outcome.diffusionSteps)
                             .arg(clock(outcome.seconds))
                             .arg(QLocale().toString(outcome.sampleSeconds, 'f', 1))
                             .arg(folder));
    } else if (exported_) {
        status_->setText(tr("Stopped at diffusion step %1. The model exported last is in %2.").arg(lastStep_).arg(folder));
    } else {
        status_->setText(tr("Stopped before the first model was exported: there is nothing to open yet."));
    }
    updateButtons();
    Q_EMIT runFinished(exported_);
}

void TrainDialog::releaseTask() {
    if (task_) task_->detach();
    if (jobId_ != 0 && controller_) controller_->abortJob(jobId_);
    jobId_ = 0;
    ++taskSerial_;
    task_.reset();  // the job's own reference (if still running) is the last: freed when it ends
}

void TrainDialog::updateButtons() {
    const bool running = isRunning();
    startButton_->setEnabled(!running && controller_);
    abortButton_->setEnabled(running);
    openButton_->setEnabled(!running && exported_);
    folderEdit_->setEnabled(!running);
    presetBox_->setEnabled(!running);
}

}  // namespace stipple::ui
