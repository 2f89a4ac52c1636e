#include "guidance_view.h"

#include "diverging_legend.h"
#include "generation_controller.h"
#include "generation_job.h"
#include "image_view.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stipple::ui {

namespace {

constexpr int kScaleSteps = 10;     // the guidance slider moves in tenths
constexpr int kMaxScaleTicks = 300; // up to guidance 30

QString scaleText(double s) { return QLocale().toString(s, 'f', 1); }

QLabel* caption(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString elided(const QString& text, int chars) { return text.size() <= chars ? text : text.left(chars - 1) + QChar(0x2026); }

}  // namespace

GuidanceView::GuidanceView(const stipple::GenerationRequest& request, GenerationController* controller, QWidget* parent)
    : QDialog(parent), request_(request), controller_(controller), scale_(request.guidance_scale),
      guidedScale_(request.guidance_scale) {
    setWindowTitle(tr("Guidance view"));
    const QString prompt = QString::fromStdString(request.prompts.empty() ? request.prompt : request.prompts.front());
    const QString negative =
        QString::fromStdString(request.negative_prompts.empty() ? request.negative_prompt : request.negative_prompts.front());

    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    summary_->setText(tr("Prompt: %1\nNegative prompt: %2\nSeed %3 · %4 steps · %5 · guidance %6")
                          .arg(elided(prompt, 160), negative.isEmpty() ? tr("(empty)") : elided(negative, 160))
                          .arg(request.seeds.empty() ? 0 : request.seeds.front())
                          .arg(request.steps)
                          .arg(request.scheduler.empty() ? controller->model().defaultSampler
                                                         : QString::fromStdString(request.scheduler))
                          .arg(scaleText(request.guidance_scale)));
    runButton_ = new QPushButton(tr("Run again"), this);
    runButton_->setToolTip(tr("Run the same generation again (the window's parameters when this view opened)."));
    abortButton_ = new QPushButton(tr("Abort"), this);
    abortButton_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, std::max(1, request.steps));
    progress_->setValue(0);
    eta_ = new QLabel(this);

    condView_ = new ImageView(this);
    uncondView_ = new ImageView(this);
    diffView_ = new ImageView(this);
    guidedView_ = new ImageView(this);
    for (ImageView* v : {condView_, uncondView_, diffView_, guidedView_}) {
        v->setMinimumSize(160, 160);
        v->setPlaceholder(tr("Waiting for the first step…"));
    }
    condView_->setToolTip(tr("What the model expects the finished image to look like, judged from the prompt alone."));
    uncondView_->setToolTip(tr("The same estimate from the negative prompt alone (the empty prompt when there is none)."));
    diffView_->setToolTip(tr("Where the two estimates differ: what the prompt adds. Guidance pushes the image this way, "
                             "times the scale."));
    guidedView_->setToolTip(tr("negative + scale × (prompt − negative): the estimate the sampler steps towards."));
    uncondCaption_ = caption(negative.isEmpty() ? tr("From the empty prompt") : tr("From the negative prompt"), this);
    guidedCaption_ = caption(QString(), this);
    legend_ = new DivergingLegend(this);

    auto* panes = new QGridLayout;
    panes->addWidget(caption(tr("From the prompt"), this), 0, 0);
    panes->addWidget(uncondCaption_, 0, 1);
    panes->addWidget(caption(tr("Difference (prompt − negative)"), this), 0, 2);
    panes->addWidget(guidedCaption_, 0, 3);
    panes->addWidget(condView_, 1, 0);
    panes->addWidget(uncondView_, 1, 1);
    panes->addWidget(diffView_, 1, 2);
    panes->addWidget(guidedView_, 1, 3);
    panes->addWidget(legend_, 2, 2);
    panes->setRowStretch(1, 1);
    for (int c = 0; c < 4; ++c) panes->setColumnStretch(c, 1);

    stepSlider_ = new QSlider(Qt::Horizontal, this);
    stepSlider_->setAccessibleName(tr("Step"));
    stepSlider_->setRange(0, 0);
    stepSlider_->setEnabled(false);
    stepSlider_->setToolTip(tr("Go through the stored steps: no computation, every step is kept."));
    stepLabel_ = new QLabel(this);
    stepLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Step %1 of %2 (t = %3)").arg(999).arg(999).arg(999.9)));
    scaleSlider_ = new QSlider(Qt::Horizontal, this);
    scaleSlider_->setAccessibleName(tr("Guidance scale"));
    scaleSlider_->setRange(0, kMaxScaleTicks);
    scaleSlider_->setValue(static_cast<int>(std::lround(request.guidance_scale * kScaleSteps)));
    scaleSlider_->setEnabled(false);
    scaleSlider_->setToolTip(tr("Re-guide the step shown at another scale from its two stored estimates, without "
                                "running the model again. Available once the run has finished."));
    scaleLabel_ = new QLabel(this);
    scaleLabel_->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Guidance %1").arg(QStringLiteral("30.0"))));
    resetScale_ = new QPushButton(this);
    resetScale_->setEnabled(false);
    formula_ = new QLabel(this);
    formula_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(summary_, 1);
    top->addWidget(runButton_);
    top->addWidget(abortButton_);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(eta_);
    auto* stepRow = new QHBoxLayout;
    stepRow->addWidget(new QLabel(tr("Step"), this));
    stepRow->addWidget(stepSlider_, 1);
    stepRow->addWidget(stepLabel_);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(new QLabel(tr("Guidance"), this));
    scaleRow->addWidget(scaleSlider_, 1);
    scaleRow->addWidget(scaleLabel_);
    scaleRow->addWidget(resetScale_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(progressRow);
    layout->addLayout(panes, 1);
    layout->addLayout(stepRow);
    layout->addLayout(scaleRow);
    layout->addWidget(formula_);

    connect(runButton_, &QPushButton::clicked, this, [this] { start(); });
    connect(abortButton_, &QPushButton::clicked, this, &GuidanceView::abort);
    connect(stepSlider_, &QSlider::valueChanged, this, [this](int index) {
        if (isRunning()) followLatest_ = index == stepSlider_->maximum();
        showStep(index);
    });
    connect(scaleSlider_, &QSlider::valueChanged, this, [this](int ticks) { setGuidance(double(ticks) / kScaleSteps); });
    connect(resetScale_, &QPushButton::clicked, this, [this] { setGuidance(runScale()); });
    connect(controller_, &GenerationController::jobFinished, this, &GuidanceView::onJobFinished);
    updateStepLabel();
    updateScaleLabels();
    resize(1100, 560);
}

GuidanceView::~GuidanceView() {
    // A run still going would keep computing for nobody.
    if (runJob_) controller_->abortJob(runJob_);
    if (reguideJob_) controller_->abortJob(reguideJob_);
}

bool GuidanceView::start() {
    if (isRunning()) return false;
    error_.clear();
    if (!(request_.guidance_scale > 1.0)) {
        error_ = tr("Guidance %1 runs no negative-prompt pass, so there is nothing to compare: raise the guidance "
                    "scale above 1 in the main window and open this view again.")
                     .arg(scaleText(request_.guidance_scale));
        eta_->setText(error_);
        return false;
    }
    if (reguideJob_) controller_->abortJob(reguideJob_);
    reguideJob_ = 0;
    frames_.clear();
    shown_ = guidedIndex_ = -1;
    followLatest_ = true;
    scale_ = guidedScale_ = request_.guidance_scale;
    {
        const QSignalBlocker block(scaleSlider_);
        scaleSlider_->setValue(static_cast<int>(std::lround(scale_ * kScaleSteps)));
    }
    for (ImageView* v : {condView_, uncondView_, diffView_, guidedView_}) v->setImage(QImage());
    legend_->setRange(0);
    run_ = std::make_shared<GuidanceRunTask>(request_);
    store_ = run_->store();
    connect(run_.get(), &GuidanceRunTask::stepReady, this, &GuidanceView::onStepReady);
    GenerationJob job;
    job.kind = JobKind::Task;
    job.task = run_;
    runJob_ = controller_->enqueue(job);
    runButton_->setEnabled(false);
    abortButton_->setEnabled(true);
    scaleSlider_->setEnabled(false);
    resetScale_->setEnabled(false);
    progress_->setRange(0, std::max(1, request_.steps));
    progress_->setValue(0);
    eta_->setText(controller_->isBusy() ? tr("Waiting for the running job…") : tr("Starting…"));
    updateStepLabel();
    updateScaleLabels();
    return true;
}

void GuidanceView::abort() {
    if (runJob_) controller_->abortJob(runJob_);
}

void GuidanceView::onStepReady(const GuidanceFrame& frame) {
    if (frame.index != static_cast<int>(frames_.size())) return;  // a frame of an earlier run
    frames_ << frame;
    progress_->setRange(0, frame.total);
    progress_->setValue(frame.step);
    updateProgress();
    const int last = static_cast<int>(frames_.size()) - 1;
    {
        const QSignalBlocker block(stepSlider_);
        stepSlider_->setRange(0, last);
        stepSlider_->setEnabled(true);
        if (followLatest_) stepSlider_->setValue(last);
    }
    if (followLatest_ || shown_ < 0) showStep(followLatest_ ? last : 0);
    else updateStepLabel();
}

void GuidanceView::updateProgress() {
    if (frames_.isEmpty()) return;
    const GuidanceFrame& f = frames_.back();
    const int left = f.total - f.step;
    if (left <= 0) {
        eta_->setText(tr("Decoding…"));
        return;
    }
    const double perStep = f.elapsed / std::max(1, f.step);
    eta_->setText(tr("Step %1 of %2 · about %3 s left").arg(f.step).arg(f.total).arg(std::ceil(perStep * left)));
}

void GuidanceView::onJobFinished(const JobResult& result) {
    if (result.jobId == reguideJob_) {
        reguideJob_ = 0;
        if (!result.error.isEmpty()) eta_->setText(result.error);
        // The slider moved on while that one was decoding: catch up with it.
        else if (shown_ >= 0 && (guidedScale_ != scale_ || guidedIndex_ != shown_)) requestReguide();
        return;
    }
    if (result.jobId != runJob_) return;
    runJob_ = 0;
    runButton_->setEnabled(true);
    abortButton_->setEnabled(false);
    const bool any = !frames_.isEmpty();
    scaleSlider_->setEnabled(any);
    resetScale_->setEnabled(any);
    if (!result.error.isEmpty()) {
        error_ = result.error;
        eta_->setText(result.error);
    } else if (result.cancelled) {
        eta_->setText(frames_.size() == 1 ? tr("Aborted after 1 step: the step so far stays to look at.")
                                          : tr("Aborted after %1 steps: the steps so far stay to look at.").arg(frames_.size()));
    } else {
        const QString seconds = QLocale().toString(result.seconds, 'f', 1);
        eta_->setText(frames_.size() == 1 ? tr("Done in %1 s: 1 step stored.").arg(seconds)
                                          : tr("Done in %1 s: %2 steps stored.").arg(seconds).arg(frames_.size()));
        progress_->setValue(progress_->maximum());
    }
    updateScaleLabels();
    Q_EMIT runFinished();
}

void GuidanceView::showStep(int index) {
    if (index < 0 || index >= frames_.size()) return;
    shown_ = index;
    if (stepSlider_->value() != index) {
        const QSignalBlocker block(stepSlider_);
        stepSlider_->setValue(index);
    }
    const GuidanceFrame& f = frames_[index];
    condView_->setImage(f.cond);
    uncondView_->setImage(f.uncond);
    diffView_->setImage(f.difference);
    legend_->setRange(f.differenceRange);
    updateStepLabel();
    if (scale_ == runScale()) showGuided(f.guided, index, scale_);
    else requestReguide();
}

void GuidanceView::setGuidance(double scale) {
    scale = std::clamp(std::round(scale * kScaleSteps) / kScaleSteps, 0.0, double(kMaxScaleTicks) / kScaleSteps);
    // The run's own scale may not lie on the slider's tenths: the reset button gives it exactly.
    if (std::abs(scale - runScale()) < 0.5 / kScaleSteps) scale = runScale();
    if (scaleSlider_->value() != std::lround(scale * kScaleSteps)) {
        const QSignalBlocker block(scaleSlider_);
        scaleSlider_->setValue(static_cast<int>(std::lround(scale * kScaleSteps)));
    }
    scale_ = scale;
    updateScaleLabels();
    if (shown_ < 0) return;
    if (scale_ == runScale()) showGuided(frames_[shown_].guided, shown_, scale_);
    else requestReguide();
}

// One re-guide at a time: while one decodes, the slider may move on; its finish starts the next
// with the newest scale, so a drag queues at most one task instead of one per pixel.
void GuidanceView::requestReguide() {
    if (reguideJob_ || isRunning() || shown_ < 0 || !store_) return;
    auto task = std::make_shared<ReguideTask>(store_, shown_, scale_);
    connect(task.get(), &ReguideTask::reguided, this, &GuidanceView::onReguided);
    GenerationJob job;
    job.kind = JobKind::Task;
    job.task = task;
    reguideJob_ = controller_->enqueue(job);
    guidedCaption_->setText(tr("Guided at %1 (decoding…)").arg(scaleText(scale_)));
}

void GuidanceView::onReguided(int index, double scale, const QImage& image) {
    if (index != shown_ || scale != scale_) return;  // stale: the finish handler asks again
    showGuided(image, index, scale);
}

void GuidanceView::showGuided(const QImage& image, int index, double scale) {
    guidedView_->setImage(image);
    guidedIndex_ = index;
    guidedScale_ = scale;
    updateScaleLabels();
    Q_EMIT guidedImageChanged();
}

void GuidanceView::updateStepLabel() {
    if (shown_ < 0 || shown_ >= frames_.size()) {
        stepLabel_->setText(tr("No step yet"));
        return;
    }
    const GuidanceFrame& f = frames_[shown_];
    stepLabel_->setText(tr("Step %1 of %2 (t = %3)").arg(f.step).arg(f.total).arg(QLocale().toString(f.timestep, 'f', 1)));
}

void GuidanceView::updateScaleLabels() {
    scaleLabel_->setText(tr("Guidance %1").arg(scaleText(scale_)));
    resetScale_->setText(tr("Back to %1").arg(scaleText(runScale())));
    const bool own = guidedScale_ == runScale();
    guidedCaption_->setText(own ? tr("Guided at %1 (the run's)").arg(scaleText(guidedScale_))
                                : tr("Re-guided at %1").arg(scaleText(guidedScale_)));
    formula_->setText(tr("guided = negative + %1 × (prompt − negative). At 1 the prompt's estimate alone, at 0 the "
                         "negative's; above 1 the difference is exaggerated. Re-guiding uses the two stored estimates: "
                         "the model does not run again.")
                          .arg(scaleText(scale_)));
}

QImage GuidanceView::promptImage() const { return condView_->image(); }
QImage GuidanceView::negativeImage() const { return uncondView_->image(); }
QImage GuidanceView::differenceImage() const { return diffView_->image(); }
QImage GuidanceView::guidedImage() const { return guidedView_->image(); }

}  // namespace stipple::ui
