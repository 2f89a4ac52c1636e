// Classroom ▸ Lockstep compare (see lockstep_compare.h).
#include "lockstep_compare.h"

#include "lockstep_alignment.h"
#include "lockstep_captions.h"
#include "lockstep_export.h"
#include "lockstep_pane.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace stipple::ui {

namespace {

// The full parameters of a run, for its pane's tooltip.
QString tooltipOf(const LockstepRun& run) {
    QStringList lines;
    if (!run.path.isEmpty()) lines << QDir::toNativeSeparators(run.path);
    if (run.request) {
        const auto& r = *run.request;
        lines << QString::fromStdString(r.prompts.empty() ? r.prompt : r.prompts.front());
        if (!r.negative_prompt.empty())
            lines << LockstepCompare::tr("Negative: %1").arg(QString::fromStdString(r.negative_prompt));
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

LockstepCompare::LockstepCompare(const QList<LockstepRun>& runs, QWidget* parent)
    : QDialog(parent), runs_(runs.mid(0, kMaxRuns)) {
    for (LockstepRun& run : runs_) run.steps = lockstepStepFrames(run.steps);
    setWindowTitle(tr("Lockstep compare"));
    // Every control below takes no focus (Space, arrows, Home/End are the scrubber's keys), so the
    // window itself holds it: without, an activated window could leave focus in the main window.
    setFocusPolicy(Qt::StrongFocus);
    header_ = new QLabel(this);
    header_->setAccessibleName(tr("The runs compared"));
    header_->setWordWrap(true);
    header_->setTextFormat(Qt::PlainText);  // prompts come from image files
    header_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    missing_ = new QLabel(this);
    missing_->setWordWrap(true);
    missing_->setTextFormat(Qt::PlainText);
    missing_->setStyleSheet(QStringLiteral("color: #b35c00;"));
    rerunAll_ = new QPushButton(tr("Re-run all missing"), this);
    rerunAll_->setToolTip(tr("Queue every run without a stored timeline as a new generation with the loaded "
                             "model, so its steps are recorded."));
    rerunAll_->setFocusPolicy(Qt::NoFocus);
    rerunAll_->setAutoDefault(false);

    scrubber_ = new QSlider(Qt::Horizontal, this);
    scrubber_->setAccessibleName(tr("Step scrubber"));
    scrubber_->setFocusPolicy(Qt::NoFocus);  // the window's keys drive it (Left/Right/Home/End)
    scrubber_->setPageStep(1);
    play_ = new QToolButton(this);
    play_->setFocusPolicy(Qt::NoFocus);
    play_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    play_->setToolTip(tr("Play or pause every run together (Space)"));
    speed_ = new QComboBox(this);
    speed_->setFocusPolicy(Qt::NoFocus);
    speed_->setToolTip(tr("How fast play moves the scrubber"));
    for (int perSecond : {1, 2, 4, 8, 15, 30})
        speed_->addItem(perSecond == 1 ? tr("1 step/s") : tr("%1 steps/s").arg(perSecond), perSecond);
    speed_->setCurrentIndex(2);
    positionLabel_ = new QLabel(this);
    positionLabel_->setMinimumWidth(positionLabel_->fontMetrics().horizontalAdvance(QStringLiteral("000/000 · 100 %")));
    export_ = new QPushButton(tr("Save as GIF/MP4…"), this);
    export_->setToolTip(tr("Save the runs side by side, step by step, as one animated GIF or MP4 video."));
    export_->setFocusPolicy(Qt::NoFocus);
    export_->setAutoDefault(false);
    auto* close = new QPushButton(tr("Close"), this);
    close->setFocusPolicy(Qt::NoFocus);
    close->setAutoDefault(false);

    auto* note = new QLabel(tr("Runs with different step counts are lined up by the fraction of the schedule: "
                               "at 50 % a 10-step run shows step 5 and a 20-step run step 10."),
                            this);
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);

    auto* missingRow = new QHBoxLayout;
    missingRow->addWidget(missing_, 1);
    missingRow->addWidget(rerunAll_);
    auto* paneRow = new QHBoxLayout;
    buildPanes();
    for (LockstepPane* p : panes_) paneRow->addWidget(p, 1);
    auto* controls = new QHBoxLayout;
    controls->addWidget(play_);
    controls->addWidget(scrubber_, 1);
    controls->addWidget(positionLabel_);
    controls->addWidget(speed_);
    controls->addWidget(export_);
    controls->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header_);
    layout->addLayout(missingRow);
    layout->addLayout(paneRow, 1);
    layout->addLayout(controls);
    layout->addWidget(note);

    timer_ = new QTimer(this);
    exporter_ = new TimelineExporter(this);
    connect(timer_, &QTimer::timeout, this, &LockstepCompare::advance);
    connect(scrubber_, &QSlider::valueChanged, this, &LockstepCompare::setPosition);
    connect(play_, &QToolButton::clicked, this, &LockstepCompare::togglePlay);
    connect(speed_, &QComboBox::currentIndexChanged, this, [this] {
        if (isPlaying()) timer_->setInterval(static_cast<int>(std::lround(1000.0 / speed())));
    });
    connect(export_, &QPushButton::clicked, this, &LockstepCompare::exportDialog);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(rerunAll_, &QPushButton::clicked, this, [this] {
        for (int i : missingRuns())
            if (runs_[i].request && rerunJobs_[i] == 0) Q_EMIT rerunRequested(i);
    });
    connect(exporter_, &TimelineExporter::finished, this, &LockstepCompare::exported);

    const auto key = [this](QKeySequence sequence, auto slot) {
        auto* shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    key(Qt::Key_Space, [this] { togglePlay(); });
    key(Qt::Key_Left, [this] { stepBy(-1); });
    key(Qt::Key_Right, [this] { stepBy(1); });
    key(Qt::Key_Home, [this] { setPosition(1); });
    key(Qt::Key_End, [this] { setPosition(positions_); });

    pause();  // sets the play button's face
    updatePositions();
    setPosition(1);
    resize(std::max(640, 300 * paneCount()), 520);
    setFocus();  // takes effect when the window is activated
}

LockstepCompare::~LockstepCompare() = default;

void LockstepCompare::buildPanes() {
    QList<std::optional<stipple::GenerationRequest>> requests;
    for (const LockstepRun& r : runs_) requests << r.request;
    const LockstepCaptions captions = lockstepCaptions(requests);
    header_->setText(captions.sharedPrompt.isEmpty()
                         ? tr("%n runs, different prompts: the words only some runs have are under each.", nullptr,
                              static_cast<int>(runs_.size()))
                         : tr("%n runs of “%1”", nullptr, static_cast<int>(runs_.size()))
                               .arg(header_->fontMetrics().elidedText(captions.sharedPrompt, Qt::ElideRight, 900)));
    for (int i = 0; i < runs_.size(); ++i) {
        auto* pane = new LockstepPane(this);
        pane->setCaption(captions.settings[i], captions.prompts[i], tooltipOf(runs_[i]));
        pane->setStill(runs_[i].still);
        pane->setTimeline(runs_[i].steps);
        if (runs_[i].steps.isEmpty())
            pane->setMissing(runs_[i].request ? tr("No stored timeline: this image was made before this session, in a "
                                                   "sweep, or its steps were dropped to save memory.")
                                              : tr("No stored timeline, and no parameters to make it again."),
                             runs_[i].request.has_value());
        connect(pane, &LockstepPane::rerunRequested, this, [this, i] { Q_EMIT rerunRequested(i); });
        panes_ << pane;
        rerunJobs_ << 0;
    }
}

QList<int> LockstepCompare::missingRuns() const {
    QList<int> missing;
    for (int i = 0; i < panes_.size(); ++i)
        if (!panes_[i]->hasTimeline()) missing << i;
    return missing;
}

void LockstepCompare::updatePositions() {
    int longest = 0;
    for (LockstepPane* p : panes_) longest = std::max(longest, p->stepCount());
    const int positions = std::max(1, longest);
    const int position = lockstepRescale(position_, positions_, positions);
    positions_ = positions;
    {
        const QSignalBlocker block(scrubber_);
        scrubber_->setRange(1, positions_);
    }
    const bool any = longest > 0;
    scrubber_->setEnabled(any);
    play_->setEnabled(any);
    export_->setEnabled(any);
    updateMissing();
    position_ = 0;  // forces the panes to be set again
    setPosition(position);
}

void LockstepCompare::updateMissing() {
    QStringList names;
    bool runnable = false;
    for (int i : missingRuns()) {
        const QString name = runs_[i].path.isEmpty() ? tr("run %1").arg(i + 1)
                                                     : tr("run %1 (%2)").arg(i + 1).arg(QFileInfo(runs_[i].path).fileName());
        names << (rerunJobs_[i] ? tr("%1, re-running").arg(name) : name);
        runnable = runnable || (runs_[i].request && rerunJobs_[i] == 0);
    }
    missing_->setVisible(!names.isEmpty());
    rerunAll_->setVisible(!names.isEmpty());
    rerunAll_->setEnabled(runnable);
    if (!names.isEmpty())
        missing_->setText(tr("No stored step timeline for %1. Only the steps of recent results are kept; re-run "
                             "them to record theirs.")
                              .arg(names.join(QStringLiteral("; "))));
}

void LockstepCompare::setPosition(int position) {
    position = std::clamp(position, 1, positions_);
    if (position == position_) return;
    position_ = position;
    if (scrubber_->value() != position) {
        const QSignalBlocker block(scrubber_);
        scrubber_->setValue(position);
    }
    for (LockstepPane* p : panes_)
        if (p->hasTimeline()) p->showStep(lockstepStep(position_, positions_, p->stepCount()));
    updatePositionLabel();
    Q_EMIT positionChanged(position_);
}

void LockstepCompare::stepBy(int delta) {
    pause();
    setPosition(position_ + delta);
}

void LockstepCompare::updatePositionLabel() {
    const int percent = static_cast<int>(std::lround(100.0 * position_ / positions_));
    positionLabel_->setText(tr("%1/%2 · %3 %").arg(position_).arg(positions_).arg(percent));
}

double LockstepCompare::speed() const { return speed_->currentData().toDouble(); }

bool LockstepCompare::isPlaying() const { return timer_->isActive(); }

void LockstepCompare::play() {
    if (missingRuns().size() == panes_.size()) return;  // nothing to play
    if (position_ >= positions_) setPosition(1);
    timer_->start(static_cast<int>(std::lround(1000.0 / speed())));
    play_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    play_->setText(tr("Pause"));
    Q_EMIT playingChanged(true);
}

void LockstepCompare::pause() {
    const bool was = timer_->isActive();
    timer_->stop();
    play_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    play_->setText(tr("Play"));
    if (was) Q_EMIT playingChanged(false);
}

void LockstepCompare::togglePlay() {
    if (isPlaying()) pause();
    else play();
}

void LockstepCompare::advance() {
    setPosition(position_ + 1);
    if (position_ >= positions_) pause();  // stops at the end
}

void LockstepCompare::setRerunQueued(int pane, int jobId) {
    if (pane < 0 || pane >= panes_.size() || jobId <= 0) return;
    rerunJobs_[pane] = jobId;
    panes_[pane]->setMissing(tr("Re-running (job %1)… its steps appear here when it finishes.").arg(jobId), false);
    updateMissing();
}

void LockstepCompare::jobEnded(int jobId, const QString& path, const QList<TimelineFrame>& steps, const QString& error) {
    const QList<TimelineFrame> frames = lockstepStepFrames(steps);
    for (int i = 0; i < panes_.size(); ++i) {
        if (jobId <= 0 || rerunJobs_[i] != jobId) continue;
        rerunJobs_[i] = 0;
        if (frames.isEmpty()) {
            panes_[i]->setMissing(error.isEmpty() ? tr("The re-run kept no step timeline.") : tr("Re-run failed: %1").arg(error),
                                  runs_[i].request.has_value());
            updateMissing();
            continue;
        }
        runs_[i].path = path;
        runs_[i].steps = frames;
        panes_[i]->setTimeline(frames);
        pause();
        updatePositions();
    }
}

QList<QList<TimelineFrame>> LockstepCompare::alignedFrames() const {
    QList<QList<TimelineFrame>> out;
    for (int i = 0; i < panes_.size(); ++i) {
        const QList<TimelineFrame>& steps = runs_[i].steps;
        if (steps.isEmpty()) continue;
        QList<int> frameSteps;
        int total = 0;
        for (const TimelineFrame& f : steps) {
            frameSteps << f.step;
            total = std::max(total, f.step);
        }
        const QString seed = runs_[i].request && !runs_[i].request->seeds.empty()
                                 ? tr("Seed %1").arg(runs_[i].request->seeds.front()) + QStringLiteral(" · ")
                                 : QString();
        QList<TimelineFrame> aligned;
        for (int p = 1; p <= positions_; ++p) {
            const int step = lockstepStep(p, positions_, total);
            TimelineFrame f = steps[lockstepFrameIndex(frameSteps, step)];
            f.label = seed + tr("Step %1/%2").arg(step).arg(total);
            f.step = step;
            aligned << f;
        }
        out << aligned;
    }
    return out;
}

bool LockstepCompare::isExporting() const { return exporter_->isBusy(); }

bool LockstepCompare::exportTo(const QString& path) {
    const QList<QList<TimelineFrame>> frames = alignedFrames();
    if (frames.isEmpty()) return false;
    return exporter_->start([frames] { return lockstepMovieFrames(frames); }, path);
}

void LockstepCompare::exportDialog() {
    pause();
    QString filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the lockstep compare"),
                                                QStringLiteral("lockstep.gif"),
                                                tr("Animated GIF (*.gif);;MP4 video (*.mp4)"), &filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += filter.contains(QLatin1String("mp4")) ? QStringLiteral(".mp4") : QStringLiteral(".gif");
    if (!exportTo(path)) {
        QMessageBox::information(this, windowTitle(), tr("A compare is still being saved."));
        return;
    }
    export_->setEnabled(false);
    export_->setText(tr("Saving…"));
    connect(exporter_, &TimelineExporter::finished, this, [this](const QString& saved, const QString& error, const QString& note) {
        export_->setEnabled(true);
        export_->setText(tr("Save as GIF/MP4…"));
        if (!error.isEmpty()) QMessageBox::warning(this, tr("Could not save %1").arg(QFileInfo(saved).fileName()), error);
        else if (!note.isEmpty()) QMessageBox::information(this, windowTitle(), note);
    }, Qt::SingleShotConnection);
}

}  // namespace stipple::ui
