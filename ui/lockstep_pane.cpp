// One pane of the lockstep compare (see lockstep_pane.h).
#include "lockstep_pane.h"

#include "lockstep_alignment.h"

#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stipple::ui {

// Paints one image scaled to fit, centred, on a dark ground. Small images (the built-in model's
// 64x64, latent previews) are enlarged without smoothing, so a class sees the real pixels. A run
// without a timeline shows its final image dimmed.
class LockstepPane::Canvas : public QWidget {
public:
    explicit Canvas(QWidget* parent) : QWidget(parent) {
        setMinimumSize(160, 160);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }
    void setImage(const QImage& image, bool dimmed) {
        image_ = image;
        dimmed_ = dimmed;
        update();
    }
    const QImage& image() const { return image_; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.fillRect(rect(), QColor(32, 32, 32));
        if (!image_.isNull()) {
            QSize size = image_.size().scaled(this->size(), Qt::KeepAspectRatio);
            const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size);
            p.setRenderHint(QPainter::SmoothPixmapTransform, size.width() < image_.width());
            if (dimmed_) p.setOpacity(0.3);
            p.drawImage(target, image_);
            p.setOpacity(1);
        }
    }

private:
    QImage image_;
    bool dimmed_ = false;
};

LockstepPane::LockstepPane(QWidget* parent) : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    stepLabel_ = new QLabel(this);
    stepLabel_->setAlignment(Qt::AlignCenter);
    QFont big = stepLabel_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    stepLabel_->setFont(big);
    canvas_ = new Canvas(this);
    settings_ = new QLabel(this);
    settings_->setTextFormat(Qt::RichText);
    settings_->setWordWrap(true);
    settings_->setAlignment(Qt::AlignCenter);
    prompt_ = new QLabel(this);
    prompt_->setTextFormat(Qt::RichText);
    prompt_->setWordWrap(true);
    prompt_->setAlignment(Qt::AlignCenter);
    missing_ = new QLabel(this);
    missing_->setWordWrap(true);
    missing_->setAlignment(Qt::AlignCenter);
    missing_->setStyleSheet(QStringLiteral("color: #b35c00;"));
    missing_->hide();
    rerun_ = new QPushButton(tr("Re-run to record its steps"), this);
    rerun_->setToolTip(tr("Queue this image's parameters as a new generation with the loaded model; its step "
                          "timeline is kept and shown here when it finishes."));
    rerun_->setFocusPolicy(Qt::NoFocus);  // Space belongs to play/pause
    rerun_->hide();
    connect(rerun_, &QPushButton::clicked, this, &LockstepPane::rerunRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(stepLabel_);
    layout->addWidget(canvas_, 1);
    layout->addWidget(settings_);
    layout->addWidget(prompt_);
    layout->addWidget(missing_);
    layout->addWidget(rerun_, 0, Qt::AlignHCenter);
}

void LockstepPane::setCaption(const QString& settings, const QString& prompt, const QString& tooltip) {
    settings_->setText(settings);
    prompt_->setText(prompt);
    prompt_->setVisible(!prompt.isEmpty());
    setToolTip(tooltip);
}

void LockstepPane::setTimeline(const QList<TimelineFrame>& steps) {
    frames_ = lockstepStepFrames(steps);  // invariant: steps >= 1, ascending, so total_ >= 1 when not empty
    frameSteps_.clear();
    total_ = 0;
    for (const TimelineFrame& f : frames_) {
        frameSteps_ << f.step;
        total_ = std::max(total_, f.step);
    }
    shown_ = 0;
    index_ = -1;
    if (!frames_.isEmpty()) {
        missing_->hide();
        rerun_->hide();
    }
    if (frames_.isEmpty()) {
        stepLabel_->setText(tr("No stored timeline"));
        canvas_->setImage(still_, true);
    } else {
        showStep(1);
    }
}

void LockstepPane::setStill(const QImage& image) {
    still_ = image;
    if (frames_.isEmpty()) canvas_->setImage(still_, true);
}

void LockstepPane::setMissing(const QString& message, bool canRerun) {
    missing_->setText(message);
    missing_->setVisible(frames_.isEmpty());
    rerun_->setVisible(canRerun && frames_.isEmpty());
    if (frames_.isEmpty()) {
        stepLabel_->setText(tr("No stored timeline"));
        canvas_->setImage(still_, true);
    }
}

void LockstepPane::showStep(int step) {
    if (frames_.isEmpty()) return;
    const int clamped = std::clamp(step, 1, total_);
    if (clamped != shown_) {
        shown_ = clamped;
        stepLabel_->setText(tr("Step %1/%2").arg(shown_).arg(total_));
    }
    // A step whose preview never arrived shows the one before it (lockstepFrameIndex).
    const int index = lockstepFrameIndex(frameSteps_, shown_);
    if (index == index_) return;  // the same stored frame: nothing to repaint
    index_ = index;
    canvas_->setImage(frames_[index].image, false);
}

QImage LockstepPane::imageShown() const { return index_ >= 0 ? frames_[index_].image : QImage(); }

}  // namespace stipple::ui
