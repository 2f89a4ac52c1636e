// Preview region (see preview_pane.h).
#include "preview_pane.h"

#include "batch_tile.h"
#include "image_view.h"
#include "snr_plot.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QLocale>

namespace stipple::ui {

namespace {
QString seconds(double s) {
    if (s < 60) return QCoreApplication::translate("PreviewPane", "%1 s").arg(QLocale().toString(s, 'f', s < 10 ? 1 : 0));
    const int total = static_cast<int>(s + 0.5);
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

PreviewPane::PreviewPane(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("previewPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    caption_ = new QLabel(tr("Preview"), this);
    caption_->setObjectName(QStringLiteral("previewCaption"));
    caption_->setStyleSheet(QStringLiteral("font-weight: 600;"));
    caption_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption_->setAccessibleName(tr("Preview caption"));
    bar->addWidget(caption_, 1);
    show_ = new QComboBox(this);
    show_->setObjectName(QStringLiteral("previewShow"));
    show_->addItem(tr("Denoised estimate (x₀)"));
    show_->addItem(tr("Noisy latent (xₜ)"));
    show_->setAccessibleName(tr("Preview shows"));
    show_->setToolTip(tr("What the live preview shows: the model's current guess of the finished image (x₀), "
                         "or the noisy latent the sampler is actually working on (xₜ)."));
    source_ = new QComboBox(this);
    source_->setObjectName(QStringLiteral("previewSource"));
    source_->addItem(tr("Fast preview (latent → RGB)"));
    source_->addItem(tr("TAESD preview"));
    source_->setAccessibleName(tr("Preview decoder"));
    source_->setToolTip(tr("How previews are decoded: a nearly free linear approximation, or TAESD, a tiny "
                           "decoder that looks much closer to the final image (needs TAESD weights beside the model)."));
    vaeEvery_ = new QSpinBox(this);
    vaeEvery_->setObjectName(QStringLiteral("previewVaeEvery"));
    vaeEvery_->setRange(0, 1000);
    vaeEvery_->setSpecialValueText(tr("Full VAE: off"));
    vaeEvery_->setPrefix(tr("Full VAE every "));
    vaeEvery_->setSuffix(tr(" steps"));
    vaeEvery_->setAccessibleName(tr("Full VAE preview every N steps"));
    vaeEvery_->setToolTip(tr("Decode the preview with the real VAE every N steps: exact colours and detail, but "
                             "slow on large models. 0 turns it off."));
    // Sized to a short text, not to their longest item: the bar must fit beside the parameters at
    // 1024 px in every language (the full item text shows in the open list).
    for (QComboBox* box : {show_, source_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(9);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        int widest = 0;
        for (int i = 0; i < box->count(); ++i) widest = std::max(widest, box->fontMetrics().horizontalAdvance(box->itemText(i)));
        box->setMaximumWidth(widest + 48);  // room for the arrow and frame: no wider than its text needs
    }
    bar->addWidget(show_, 2);
    bar->addWidget(source_, 2);
    bar->addWidget(vaeEvery_);
    layout->addLayout(bar);

    view_ = new ImageView(this);
    view_->setObjectName(QStringLiteral("previewImage"));
    view_->setAccessibleName(tr("Preview image"));
    view_->setPlaceholder(tr("Your image appears here.\n\nWrite a prompt and press Generate (Ctrl+Enter)."));
    layout->addWidget(view_, 1);

    auto* timeline = new QHBoxLayout;
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("timelineSlider"));
    slider_->setRange(0, 0);
    slider_->setEnabled(false);
    slider_->setAccessibleName(tr("Step timeline"));
    slider_->setToolTip(tr("Step timeline: drag to see the preview of every step of the current image."));
    sliderLabel_ = new QLabel(this);
    sliderLabel_->setMinimumWidth(110);
    sliderLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* timelineLabel = new QLabel(tr("T&imeline"), this);
    timelineLabel->setBuddy(slider_);
    timeline->addWidget(timelineLabel);
    sliderLabel_->setAccessibleName(tr("Shown step"));
    timeline->addWidget(slider_, 1);
    timeline->addWidget(sliderLabel_);
    play_ = new QToolButton(this);
    play_->setObjectName(QStringLiteral("timelinePlay"));
    play_->setText(tr("▶ Replay"));
    play_->setToolTip(tr("Replay every step slowly, from noise to the result: for a class, where twenty steps go by in a blink."));
    play_->setAccessibleName(tr("Replay the steps"));
    play_->setEnabled(false);
    timeline->addWidget(play_);
    playTimer_ = new QTimer(this);
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (slider_->value() >= slider_->maximum()) return stopPlaying();
        slider_->setValue(slider_->value() + 1);
    });
    connect(play_, &QToolButton::clicked, this, [this] { isPlaying() ? stopPlaying() : play(); });
    snrToggle_ = new QToolButton(this);
    snrToggle_->setObjectName(QStringLiteral("timelineSnrToggle"));
    snrToggle_->setText(tr("SNR"));
    snrToggle_->setCheckable(true);
    snrToggle_->setChecked(true);
    snrToggle_->setAccessibleName(tr("Show the noise schedule"));
    snrToggle_->setToolTip(tr("Show or hide the model's noise schedule (ᾱ and SNR) under the timeline, with a tick "
                              "where each step of the run sits."));
    timeline->addWidget(snrToggle_);
    layout->addLayout(timeline);
    snr_ = new SnrPlot(this);
    snr_->setCompact(true);
    snr_->setFixedHeight(100);
    layout->addWidget(snr_);
    connect(snrToggle_, &QToolButton::toggled, snr_, &QWidget::setVisible);

    auto* status = new QHBoxLayout;
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("stepProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("Idle"));
    progress_->setTextVisible(true);
    progress_->setAccessibleName(tr("Generation progress"));
    timing_ = new QLabel(this);
    timing_->setObjectName(QStringLiteral("stepTiming"));
    timing_->setMinimumWidth(160);
    timing_->setAccessibleName(tr("Step timing"));
    status->addWidget(progress_, 1);
    status->addWidget(timing_);
    layout->addLayout(status);

    connect(show_, &QComboBox::currentIndexChanged, this, &PreviewPane::previewOptionsChanged);
    connect(source_, &QComboBox::currentIndexChanged, this, &PreviewPane::previewOptionsChanged);
    connect(vaeEvery_, &QSpinBox::valueChanged, this, &PreviewPane::previewOptionsChanged);
    connect(slider_, &QSlider::valueChanged, this, [this](int v) {
        if (settingSlider_) return;
        followLive_ = v == slider_->maximum();
        showEntry(v);
    });
    setTaesdAvailable(false);
}

bool PreviewPane::showNoisy() const { return show_->currentIndex() == 1; }
void PreviewPane::setShowNoisy(bool noisy) { show_->setCurrentIndex(noisy ? 1 : 0); }
int PreviewPane::previewSource() const { return source_->currentIndex(); }
void PreviewPane::setPreviewSource(int source) { source_->setCurrentIndex(std::clamp(source, 0, 1)); }
int PreviewPane::fullVaeEvery() const { return vaeEvery_->value(); }
void PreviewPane::setFullVaeEvery(int steps) { vaeEvery_->setValue(steps); }

void PreviewPane::setFastPreviewUsesVae(bool vae) {
    source_->setItemText(0, vae ? tr("Fast preview (full VAE)") : tr("Fast preview (latent → RGB)"));
    source_->setItemData(0, vae ? tr("This model's VAE decodes in a few milliseconds, so every step is previewed "
                                     "with it: exactly the result's colours.")
                                : QString(),
                         Qt::ToolTipRole);
}

void PreviewPane::setTaesdAvailable(bool available) {
    if (auto* model = qobject_cast<QStandardItemModel*>(source_->model()))
        if (auto* item = model->item(1)) {
            item->setEnabled(available);
            item->setToolTip(available ? QString() : tr("This model has no TAESD weights (taesd_decoder.safetensors)."));
        }
}

QList<int> PreviewPane::timelineSteps() const {
    QList<int> steps;
    for (const Entry& e : timeline_) steps << e.step;
    return steps;
}

QList<TimelineFrame> PreviewPane::timelineFrames() const {
    QList<TimelineFrame> frames;
    for (const Entry& e : timeline_) frames << TimelineFrame{e.image, e.label, e.step, e.timestep};
    return frames;
}

QList<TimelineFrame> PreviewPane::stepFrames(int index) const {
    QList<TimelineFrame> frames;
    for (const Entry& e : timeline_) {
        if (e.step <= 0) continue;
        if (e.batch <= 1) frames << TimelineFrame{e.image, e.label, e.step, e.timestep};
        else if (index < e.batch)
            frames << TimelineFrame{e.image.copy(tileRect(index, e.batch, e.cellSize)), e.label, e.step, e.timestep};
    }
    return frames;
}

void PreviewPane::setTimeline(const QList<Entry>& entries) {
    stopPlaying();
    timeline_ = entries;
    settingSlider_ = true;
    slider_->setRange(0, std::max(0, static_cast<int>(timeline_.size()) - 1));
    slider_->setValue(slider_->maximum());
    slider_->setEnabled(timeline_.size() > 1);
    settingSlider_ = false;
    play_->setEnabled(timeline_.size() > 1);
    followLive_ = true;
    updateSnrSteps();
    if (timeline_.isEmpty()) {
        sliderLabel_->clear();
        snr_->setCurrentT(-1);
    } else {
        showEntry(slider_->maximum());
    }
}

void PreviewPane::showTimeline(const QList<TimelineFrame>& steps, const QImage& result, const QString& caption) {
    if (jobId_ != 0) return;  // never hide a running generation
    QList<Entry> entries;
    for (const TimelineFrame& f : steps) entries << Entry{f.image, f.label, f.step, 1, f.image.size(), f.timestep};
    if (!result.isNull()) entries << Entry{result, tr("Result"), 0, 1, result.size()};
    setTimeline(entries);
    if (entries.isEmpty()) view_->setImage(result);
    caption_->setText(caption);
}

void PreviewPane::play(int frameMs) {
    if (timeline_.size() < 2 || jobId_ != 0) return;
    followLive_ = false;
    slider_->setValue(0);
    play_->setText(tr("■ Stop"));
    playTimer_->start(std::max(20, frameMs));
}

void PreviewPane::stopPlaying() {
    playTimer_->stop();
    play_->setText(tr("▶ Replay"));
}

bool PreviewPane::isPlaying() const { return playTimer_->isActive(); }

QImage PreviewPane::currentImage() const { return view_->image(); }

void PreviewPane::startJob(int jobId, int totalSteps) {
    stopPlaying();
    play_->setEnabled(false);
    jobId_ = jobId;
    timeline_.clear();
    updateSnrSteps();
    snr_->setCurrentT(-1);
    lastStep_ = 0;
    followLive_ = true;
    settingSlider_ = true;
    slider_->setRange(0, 0);
    slider_->setEnabled(false);
    settingSlider_ = false;
    sliderLabel_->clear();
    progress_->setRange(0, std::max(1, totalSteps));
    progress_->setValue(0);
    progress_->setFormat(tr("Starting… (encoding the prompt)"));
    timing_->clear();
    caption_->setText(tr("Generating"));
}

void PreviewPane::updateProgress(const PreviewFrame& f) {
    progress_->setRange(0, std::max(1, f.total));
    progress_->setValue(f.step);
    progress_->setFormat(tr("Step %1/%2").arg(f.step).arg(f.total));
    const double perStep = f.step > 0 ? f.elapsed / f.step : 0;
    const double eta = perStep * (f.total - f.step);
    timing_->setText(tr("%1 s/step · %2 elapsed · ETA %3")
                         .arg(QLocale().toString(f.secondsThisStep, 'f', f.secondsThisStep < 1 ? 2 : 1))
                         .arg(seconds(f.elapsed), seconds(eta)));
}

void PreviewPane::addFrames(const QList<PreviewFrame>& frames) {
    const PreviewFrame* newest = nullptr;
    for (const PreviewFrame& f : frames) {
        if (f.jobId != jobId_) continue;  // stale: from an earlier job
        const QString what = f.noisy ? tr("xₜ") : tr("x₀");
        timeline_ << Entry{f.image, tr("Step %1/%2 · %3").arg(f.step).arg(f.total).arg(what), f.step, f.batch, f.cellSize,
                           f.timestep};
        newest = &f;
    }
    if (!newest) return;
    lastStep_ = newest->step;
    updateProgress(*newest);
    settingSlider_ = true;
    slider_->setEnabled(true);
    slider_->setRange(0, static_cast<int>(timeline_.size()) - 1);
    if (followLive_) slider_->setValue(slider_->maximum());
    settingSlider_ = false;
    updateSnrSteps();
    if (followLive_) showEntry(slider_->maximum());
    Q_EMIT frameShown(newest->step, newest->total);
}

void PreviewPane::startUpscale(int jobId, const QImage& source, const QString& caption) {
    stopPlaying();
    play_->setEnabled(false);
    jobId_ = 0;  // showImage shows nothing while a job runs
    if (!source.isNull()) showImage(source, caption);
    jobId_ = jobId;
    lastStep_ = 0;
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("Starting… (loading the upscaler)"));
    timing_->clear();
    caption_->setText(caption);
}

void PreviewPane::addTileFrames(const QList<PreviewFrame>& frames) {
    const PreviewFrame* newest = nullptr;
    for (const PreviewFrame& f : frames)
        if (f.jobId == jobId_ && f.tiles) newest = &f;
    if (!newest) return;
    const PreviewFrame& f = *newest;
    lastStep_ = f.step;
    progress_->setRange(0, std::max(1, f.total));
    progress_->setValue(f.step);
    progress_->setFormat(tr("Tile %1/%2").arg(f.step).arg(f.total));
    const double perTile = f.step > 0 ? f.elapsed / f.step : 0;
    timing_->setText(tr("%1 s/tile · %2 elapsed · ETA %3")
                         .arg(QLocale().toString(f.secondsThisStep, 'f', f.secondsThisStep < 1 ? 2 : 1))
                         .arg(seconds(f.elapsed), seconds(perTile * (f.total - f.step))));
    Q_EMIT frameShown(f.step, f.total);
}

void PreviewPane::showEntry(int index) {
    if (index < 0 || index >= timeline_.size()) return;
    view_->setImage(timeline_[index].image);
    sliderLabel_->setText(timeline_[index].label);
    const double timestep = timeline_[index].timestep;
    snr_->setHighlightedStep(index);
    snr_->setCurrentT(timestep >= 0 ? timestep + 1 : -1);  // the noising step with that timestep's ᾱ
}

void PreviewPane::setNoiseSchedule(const QList<double>& alphasCumprod) { snr_->setAlphasCumprod(alphasCumprod); }

void PreviewPane::updateSnrSteps() {
    QList<double> timesteps;
    timesteps.reserve(timeline_.size());
    for (const Entry& e : timeline_) timesteps << e.timestep;
    snr_->setStepTimesteps(timesteps, snr_->highlightedStep() < timesteps.size() ? snr_->highlightedStep() : -1);
}

void PreviewPane::finishJob(const QImage& result, double secs, const QString& caption) {
    progress_->setValue(progress_->maximum());
    progress_->setFormat(tr("Done in %1").arg(seconds(secs)));
    // The timeline becomes the shown image's own: a batch's tiles are cut down to its first image,
    // so the result frame and every step frame show the same picture at the same aspect.
    const QList<TimelineFrame> steps = stepFrames(0);
    jobId_ = 0;
    showTimeline(steps, result, caption);
}

void PreviewPane::showAborting() {
    progress_->setFormat(tr("Aborting…"));
    caption_->setText(tr("Aborting — nothing will be saved"));
}

void PreviewPane::stopJob(const QString& message) {
    progress_->setFormat(message);
    caption_->setText(message);
    jobId_ = 0;
}

void PreviewPane::showImage(const QImage& image, const QString& caption) {
    if (jobId_ != 0) return;  // never hide a running generation
    setTimeline({});
    view_->setImage(image);
    caption_->setText(caption);
}

}  // namespace stipple::ui
