// The seed triage dialog (see seed_triage_dialog.h).
#include "seed_triage_dialog.h"

#include "app_paths.h"
#include "generation_controller.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace stipple::ui {

namespace {

constexpr int kMaxSeeds = 64;  // the paused runs' memory stays bounded (seed_triage_task.h)
constexpr int kCellIcon = 128;

// A grey cell of the image's proportions until the preview arrives.
QPixmap placeholder(QSize imageSize) {
    QSize size = imageSize.isValid() ? imageSize.scaled(kCellIcon, kCellIcon, Qt::KeepAspectRatio) : QSize(kCellIcon, kCellIcon);
    QPixmap p(size);
    p.fill(QColor(0x44, 0x44, 0x44));
    return p;
}

QString formatSeconds(double s) {
    const int seconds = static_cast<int>(std::lround(std::max(0.0, s)));
    return seconds < 60 ? SeedTriageDialog::tr("%1 s").arg(seconds)
                        : SeedTriageDialog::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

SeedTriageDialog::SeedTriageDialog(GenerationController* controller, RequestSource requestSource, QWidget* parent)
    : QDialog(parent), controller_(controller), requestSource_(std::move(requestSource)) {
    setWindowTitle(tr("Seed triage"));
    setModal(false);

    countBox_ = new QSpinBox;
    countBox_->setAccessibleName(tr("Number of seeds"));
    countBox_->setRange(1, kMaxSeeds);
    countBox_->setValue(9);
    countBox_->setToolTip(tr("How many seeds to try (each keeps its paused run in memory until the dialog closes)."));
    orderBox_ = new QComboBox;
    orderBox_->setAccessibleName(tr("Which seeds"));
    orderBox_->addItem(tr("From the current seed upward"));
    orderBox_->addItem(tr("Random seeds"));
    percentBox_ = new QSpinBox;
    percentBox_->setAccessibleName(tr("Preview at this share of the steps"));
    percentBox_->setRange(5, 100);
    percentBox_->setValue(30);
    percentBox_->setSuffix(tr(" % of the steps"));
    percentBox_->setToolTip(tr("How far each seed is rendered for its preview. The picked ones continue from there."));
    fullVaeBox_ = new QCheckBox(tr("Decode previews with the full VAE (slower, truer)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Seeds:"), countBox_);
    form->addRow(QString(), orderBox_);
    form->addRow(tr("Preview at:"), percentBox_);
    form->addRow(QString(), fullVaeBox_);

    renderButton_ = new QPushButton(tr("Render previews"));
    renderButton_->setToolTip(tr("Renders every seed to the chosen share of the steps with the main window's parameters."));
    abortButton_ = new QPushButton(tr("Abort"));
    continueButton_ = new QPushButton(tr("Continue the chosen"));
    continueButton_->setToolTip(tr("Finishes the chosen seeds from where their previews stopped: the same images as full "
                                   "generations, saved and added to the gallery."));
    progress_ = new QProgressBar;
    progress_->setRange(0, 1);
    progress_->setValue(0);
    what_ = new QLabel;
    what_->setWordWrap(true);
    what_->setTextFormat(Qt::PlainText);
    status_ = new QLabel(tr("Render previews, then click the promising ones and continue them."));
    status_->setWordWrap(true);
    pickedLabel_ = new QLabel;

    gridHost_ = new QWidget;
    grid_ = new QGridLayout(gridHost_);
    grid_->setSpacing(6);
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Seed previews"));
    scroll->setWidget(gridHost_);
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(3 * (kCellIcon + 30) + 30, 2 * (kCellIcon + 56));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(renderButton_);
    buttons->addWidget(abortButton_);
    buttons->addStretch(1);
    buttons->addWidget(pickedLabel_);
    buttons->addWidget(continueButton_);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(what_);
    layout->addWidget(scroll, 1);
    layout->addWidget(progress_);
    layout->addWidget(status_);
    layout->addLayout(buttons);
    layout->addWidget(close);

    connect(renderButton_, &QPushButton::clicked, this, &SeedTriageDialog::renderPreviews);
    connect(continueButton_, &QPushButton::clicked, this, &SeedTriageDialog::continuePicked);
    connect(abortButton_, &QPushButton::clicked, this, &SeedTriageDialog::abort);
    if (controller_) connect(controller_, &GenerationController::jobFinished, this, &SeedTriageDialog::onJobFinished);
    updateButtons();
    resize(4 * (kCellIcon + 30) + 40, 760);
}

SeedTriageDialog::~SeedTriageDialog() { releaseTask(); }

void SeedTriageDialog::closeEvent(QCloseEvent* event) {
    releaseTask();  // a running job stops before its next UNet call; its paused runs are freed
    QDialog::closeEvent(event);
}

void SeedTriageDialog::releaseTask() {
    if (task_) task_->sink().detach();
    if (jobId_ != 0 && controller_) controller_->abortJob(jobId_);
    jobId_ = 0;
    ++taskSerial_;
    task_.reset();  // the job's own reference (if still running) is the last: freed when it ends
    for (Cell& c : cells_)
        if (c.state == CellState::Rendering || c.state == CellState::Finishing || c.state == CellState::Previewed)
            c.state = CellState::Waiting;
    for (int i = 0; i < cells_.size(); ++i) updateCell(i);
    updateButtons();
}

QToolButton* SeedTriageDialog::cellButton(int cell) const {
    return cell >= 0 && cell < cells_.size() ? cells_[cell].button : nullptr;
}

QList<quint64> SeedTriageDialog::seeds() const {
    QList<quint64> out;
    for (const Cell& c : cells_) out << c.seed;
    return out;
}

QList<int> SeedTriageDialog::pickedCells() const {
    QList<int> out;
    for (int i = 0; i < cells_.size(); ++i)
        if (cells_[i].state == CellState::Previewed && cells_[i].button->isChecked()) out << i;
    return out;
}

bool SeedTriageDialog::renderPreviews() {
    if (jobId_ != 0) return false;
    if (!controller_ || (!controller_->isModelLoaded() && !controller_->isLoading())) {
        status_->setText(tr("No model loaded: open a model first."));
        return false;
    }
    QString problem;
    const std::optional<stipple::GenerationRequest> request = requestSource_ ? requestSource_(&problem) : std::nullopt;
    if (!request || request->seeds.empty()) {
        status_->setText(tr("Cannot render: %1").arg(problem.isEmpty() ? tr("no parameters") : problem));
        return false;
    }
    const int n = countBox_->value();
    std::vector<uint64_t> seeds;
    QList<quint64> shown;
    const bool random = orderBox_->currentIndex() == static_cast<int>(SeedOrder::Random);
    for (int i = 0; i < n; ++i) {
        // 32-bit random seeds like the seed field's own draws; upward wraps around at 2^64.
        const uint64_t s = random ? QRandomGenerator::global()->generate() : request->seeds.front() + static_cast<uint64_t>(i);
        seeds.push_back(s);
        shown << s;
    }
    releaseTask();  // new previews replace the old paused runs
    stipple::GenerationRequest base = *request;
    base.seeds = {seeds.front()};
    base.variation_seeds.clear();
    task_ = std::make_shared<SeedTriageTask>(base, seeds, percentBox_->value() / 100.0, fullVaeBox_->isChecked(),
                                             outputRoot());
    // Events come from the worker thread: each is posted to this dialog's thread. detach() (in
    // releaseTask) waits for a post in progress, after which none reach this dialog.
    const int serial = ++taskSerial_;
    task_->sink().set([this, serial](const SeedTriageTask::Event& e) {
        QMetaObject::invokeMethod(
            this, [this, serial, e] {
                if (serial == taskSerial_) onEvent(e);  // events of a task replaced since are dropped
            },
            Qt::QueuedConnection);
    });
    task_->preparePreviews();
    buildGrid(shown, QSize(request->width, request->height));
    // What every cell shares, so the grid can be read (and compared) later.
    const QString prompt = QString::fromStdString(request->prompt).simplified();
    what_->setText(tr("“%1” · %2 steps · %3 · CFG %4 · %5×%6")
                       .arg(prompt.size() > 80 ? prompt.left(79) + QStringLiteral("…") : prompt)
                       .arg(request->steps)
                       .arg(request->scheduler.empty() ? tr("the model's sampler") : QString::fromStdString(request->scheduler))
                       .arg(request->guidance_scale)
                       .arg(request->width)
                       .arg(request->height));
    for (int i = 0; i < cells_.size(); ++i) updateCell(i);
    continuing_ = false;
    GenerationJob job;
    job.kind = JobKind::Task;
    job.task = task_;
    jobId_ = controller_->enqueue(job);
    progress_->setRange(0, 0);
    status_->setText(controller_->currentJobId() == jobId_ ? tr("Rendering previews…")
                                                           : tr("Waiting for the running job to finish…"));
    updateButtons();
    return true;
}

bool SeedTriageDialog::continuePicked() {
    const QList<int> picks = pickedCells();
    if (jobId_ != 0 || !task_ || picks.isEmpty() || !controller_) return false;
    task_->prepareContinue(picks);
    for (int cell : picks) {
        cells_[cell].state = CellState::Finishing;
        updateCell(cell);
    }
    continuing_ = true;
    savedThisJob_ = 0;
    GenerationJob job;
    job.kind = JobKind::Task;
    job.task = task_;
    jobId_ = controller_->enqueue(job);
    progress_->setRange(0, 0);
    status_->setText(picks.size() == 1 ? tr("Finishing 1 seed…") : tr("Finishing %1 seeds…").arg(picks.size()));
    updateButtons();
    return true;
}

void SeedTriageDialog::abort() {
    if (jobId_ == 0 || !controller_) return;
    if (controller_->currentJobId() == jobId_) {
        controller_->abortJob(jobId_);  // jobFinished follows when the worker stops
        status_->setText(tr("Aborting…"));
        return;
    }
    controller_->abortJob(jobId_);  // still queued: removed at once, no jobFinished comes
    JobResult removed;
    removed.jobId = jobId_;
    removed.kind = JobKind::Task;
    removed.cancelled = true;
    onJobFinished(removed);
}

void SeedTriageDialog::buildGrid(const QList<quint64>& seeds, QSize imageSize) {
    for (const Cell& c : cells_) delete c.button;
    cells_.clear();
    const int columns = std::max(1, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(seeds.size())))));
    const QPixmap empty = placeholder(imageSize);
    for (int i = 0; i < seeds.size(); ++i) {
        Cell c;
        c.seed = seeds[i];
        c.button = new QToolButton(gridHost_);
        c.button->setCheckable(true);
        c.button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        c.button->setIconSize(empty.size());
        c.button->setIcon(empty);
        c.button->setAutoRaise(false);
        // A picked cell is framed in the highlight colour: visible at a glance across the room.
        c.button->setStyleSheet(QStringLiteral("QToolButton { padding: 4px; border: 3px solid transparent; }"
                                               "QToolButton:checked { border: 3px solid palette(highlight);"
                                               " background: palette(highlight); color: palette(highlighted-text); }"));
        connect(c.button, &QToolButton::toggled, this, [this, i](bool checked) {
            const CellState state = cells_[i].state;
            if (!checked && (state == CellState::Finishing || state == CellState::Finished))
                cells_[i].button->setChecked(true);  // chosen and finished (or finishing): stays marked
            updateButtons();
        });
        grid_->addWidget(c.button, i / columns, i % columns);
        cells_ << c;
    }
}

void SeedTriageDialog::updateCell(int i) {
    Cell& c = cells_[i];
    QString text = tr("Seed %1").arg(c.seed);
    switch (c.state) {
    case CellState::Waiting: text += QLatin1Char('\n') + tr("waiting"); break;
    case CellState::Rendering: text += QLatin1Char('\n') + tr("rendering…"); break;
    case CellState::Previewed: text += QLatin1Char('\n') + tr("step %1 of %2").arg(c.previewStep).arg(c.totalSteps); break;
    case CellState::Finishing: text += QLatin1Char('\n') + tr("finishing…"); break;
    case CellState::Finished: text += QLatin1Char('\n') + tr("saved"); break;
    }
    c.button->setText(text);
    // Only a previewed cell can be picked; a finished one stays marked as chosen.
    c.button->setEnabled(c.state == CellState::Previewed || c.state == CellState::Finished ||
                         c.state == CellState::Finishing);
    if (c.state == CellState::Waiting || c.state == CellState::Rendering) c.button->setChecked(false);
}

void SeedTriageDialog::updateButtons() {
    const bool running = jobId_ != 0;
    const int picked = pickedCells().size();
    renderButton_->setEnabled(!running);
    abortButton_->setEnabled(running);
    continueButton_->setEnabled(!running && picked > 0);
    countBox_->setEnabled(!running);
    orderBox_->setEnabled(!running);
    percentBox_->setEnabled(!running);
    fullVaeBox_->setEnabled(!running);
    pickedLabel_->setText(picked == 1 ? tr("1 chosen") : tr("%1 chosen").arg(picked));
}

void SeedTriageDialog::showProgress(int done, int total, double elapsed, const QString& what) {
    progress_->setRange(0, std::max(1, total));
    progress_->setValue(std::clamp(done, 0, std::max(1, total)));
    QString text = what;
    if (done > 0 && total > done && elapsed > 0) text += QStringLiteral(" · ") + tr("about %1 left").arg(formatSeconds(elapsed / done * (total - done)));
    status_->setText(text);
}

void SeedTriageDialog::onEvent(const SeedTriageTask::Event& e) {
    if (e.cell < 0 || e.cell >= cells_.size()) return;
    Cell& c = cells_[e.cell];
    switch (e.kind) {
    case SeedTriageTask::Event::Kind::Step:
        if (c.state == CellState::Waiting) c.state = CellState::Rendering, updateCell(e.cell);
        showProgress(e.jobDone, e.jobTotal, e.elapsed,
                     continuing_ ? tr("Finishing seed %1 · step %2 of %3").arg(c.seed).arg(e.step).arg(e.total)
                                 : tr("Seed %1 of %2 · step %3 of %4").arg(e.cell + 1).arg(cells_.size()).arg(e.step).arg(e.total));
        return;
    case SeedTriageTask::Event::Kind::Previewed:
        c.state = CellState::Previewed;
        c.previewStep = e.step;
        c.totalSteps = e.total;
        if (!e.preview.isNull()) c.button->setIcon(QPixmap::fromImage(e.preview.scaled(c.button->iconSize(), Qt::KeepAspectRatio,
                                                                                   Qt::SmoothTransformation)));
        updateCell(e.cell);
        updateButtons();
        showProgress(e.jobDone, e.jobTotal, e.elapsed, tr("Seed %1 of %2 previewed").arg(e.cell + 1).arg(cells_.size()));
        return;
    case SeedTriageTask::Event::Kind::Finished: {
        c.state = CellState::Finished;
        c.button->setChecked(true);
        if (!e.image.thumbnail.isNull())
            c.button->setIcon(QPixmap::fromImage(
                e.image.thumbnail.scaled(c.button->iconSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        c.button->setToolTip(e.image.path);
        updateCell(e.cell);
        ++savedThisJob_;
        showProgress(e.jobDone, e.jobTotal, e.elapsed, tr("Saved seed %1").arg(c.seed));
        JobResult result;
        result.jobId = jobId_;
        result.kind = JobKind::Generate;
        result.images << e.image;
        result.stepsDone = e.total;
        result.seconds = e.seconds;
        Q_EMIT imageSaved(result);
        return;
    }
    }
}

void SeedTriageDialog::onJobFinished(const JobResult& result) {
    if (result.jobId != jobId_ || jobId_ == 0) return;
    jobId_ = 0;
    progress_->setRange(0, 1);
    progress_->setValue(result.cancelled || !result.error.isEmpty() ? 0 : 1);
    int previewed = 0;
    for (int i = 0; i < cells_.size(); ++i) {
        Cell& c = cells_[i];
        // A cell stopped midway keeps its paused run: a finishing one can be continued again; a
        // preview stopped midway is rendered again with new previews.
        if (c.state == CellState::Rendering) c.state = CellState::Waiting;
        if (c.state == CellState::Finishing) c.state = CellState::Previewed;
        if (c.state == CellState::Previewed || c.state == CellState::Finished) ++previewed;
        updateCell(i);
    }
    if (!result.error.isEmpty()) status_->setText(tr("Failed: %1").arg(result.error));
    else if (continuing_)
        status_->setText(result.cancelled ? tr("Aborted: %1 saved; continue again to finish the rest.").arg(savedThisJob_)
                                          : tr("Done: %1 saved in the output folder and added to the gallery.").arg(savedThisJob_));
    else
        status_->setText(result.cancelled ? tr("Aborted: %1 of %2 previews rendered.").arg(previewed).arg(cells_.size())
                                          : tr("Click the promising ones, then Continue the chosen."));
    updateButtons();
    if (continuing_) Q_EMIT continueFinished(savedThisJob_, result.cancelled);
    else Q_EMIT previewsFinished(previewed, result.cancelled);
}

}  // namespace stipple::ui
