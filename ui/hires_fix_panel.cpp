// The hires fix section (see hires_fix_panel.h).
#include "hires_fix_panel.h"

#include "common/error.h"
#include "pipeline/hires_target.h"
#include "pipeline/img2img_steps.h"
#include "pipeline/size_limits.h"

#include <QComboBox>
#include "folded_group.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stipple::ui {

HiresFixPanel::HiresFixPanel(QWidget* parent) : QGroupBox(parent) {
    setObjectName(QStringLiteral("hiresFix"));
    setTitle(tr("&Hires fix"));
    setAccessibleName(tr("Hires fix"));
    setToolTip(tr("Make the image at the set size, enlarge it, then redraw it at the larger size: more detail "
                  "without the doubled heads a model draws beyond its native size (AUTOMATIC1111's Hires. fix)."));
    QFormLayout* form = foldedGroupForm(this);
    upscaler_ = new QComboBox(this);
    upscaler_->setObjectName(QStringLiteral("hiresUpscaler"));
    for (const std::string& name : stipple::builtin_hires_upscaler_names())
        upscaler_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    upscaler_->setToolTip(tr("Latent modes enlarge the unfinished image itself (use a denoising strength of 0.5 or "
                             "more); Lanczos and Nearest enlarge the finished picture."));
    upscaler_->setAccessibleName(tr("Hires upscaler"));
    form->addRow(tr("&Upscaler"), upscaler_);
    scale_ = new QDoubleSpinBox(this);
    scale_->setObjectName(QStringLiteral("hiresScale"));
    scale_->setRange(1.0, 4.0);
    scale_->setSingleStep(0.25);
    scale_->setValue(2.0);  // A1111's default
    scale_->setPrefix(QStringLiteral("× "));
    scale_->setAccessibleName(tr("Upscale by"));
    form->addRow(tr("Upscale &by"), scale_);
    steps_ = new QSpinBox(this);
    steps_->setObjectName(QStringLiteral("hiresSteps"));
    steps_->setRange(0, 150);
    steps_->setSpecialValueText(tr("same as Steps"));
    steps_->setAccessibleName(tr("Hires steps"));
    form->addRow(tr("Hires s&teps"), steps_);
    strength_ = new QDoubleSpinBox(this);
    strength_->setObjectName(QStringLiteral("hiresStrength"));
    strength_->setRange(0.01, 1.0);
    strength_->setSingleStep(0.05);
    strength_->setValue(0.7);  // A1111's default
    strength_->setToolTip(tr("How much of the enlarged image is redrawn."));
    strength_->setAccessibleName(tr("Hires denoising strength"));
    form->addRow(tr("De&noising strength"), strength_);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("hiresSummary"));
    summary_->setWordWrap(true);
    form->addRow(summary_);
    connect(scale_, &QDoubleSpinBox::valueChanged, this, &HiresFixPanel::updateSummary);
    connect(steps_, &QSpinBox::valueChanged, this, &HiresFixPanel::updateSummary);
    connect(strength_, &QDoubleSpinBox::valueChanged, this, &HiresFixPanel::updateSummary);
    connect(this, &QGroupBox::toggled, this, &HiresFixPanel::updateSummary);
    updateSummary();
}

std::optional<stipple::HiresFix> HiresFixPanel::hires() const {
    if (!isChecked() || initImage_) return std::nullopt;
    stipple::HiresFix h;
    h.scale = scale_->value();
    h.upscaler = upscaler_->currentData().toString().toStdString();
    h.steps = steps_->value();
    return h;
}

double HiresFixPanel::denoisingStrength() const { return strength_->value(); }

bool HiresFixPanel::setFrom(const std::optional<stipple::HiresFix>& hires, double strength) {
    if (!hires) {
        setChecked(false);
        return true;
    }
    const int index = upscaler_->findData(QString::fromStdString(hires->upscaler));
    if (index < 0 || hires->resize_width > 0 || hires->resize_height > 0) {
        setChecked(false);  // a model upscaler or a resize: not offered here
        return false;
    }
    upscaler_->setCurrentIndex(index);
    scale_->setValue(hires->scale);
    steps_->setValue(hires->steps);
    strength_->setValue(strength);
    setChecked(true);
    return true;
}

void HiresFixPanel::setFirstPass(int width, int height, int steps) {
    width_ = width;
    height_ = height;
    firstSteps_ = steps;
    updateSummary();
}

void HiresFixPanel::setInitImageActive(bool active) {
    initImage_ = active;
    setEnabled(!active);
    setToolTip(active ? tr("The hires fix is for text to image: clear the init image to use it.") : QString());
    updateSummary();
}

void HiresFixPanel::updateSummary() {
    if (!isChecked()) {
        summary_->clear();
        return;
    }
    stipple::HiresFix h;
    h.scale = scale_->value();
    try {
        const stipple::HiresTarget t =
            stipple::hires_target(h, width_, height_, 8, stipple::kMaxImageSide, stipple::kMaxImagePixels);
        const int steps = steps_->value() > 0 ? steps_->value() : firstSteps_;
        const int second = stipple::img2img_denoising_steps(steps, strength_->value());
        summary_->setText(tr("%1×%2 → %3×%4; the second pass runs %5 steps (%6 × %7)")
                              .arg(width_).arg(height_).arg(t.width).arg(t.height)
                              .arg(second).arg(strength_->value(), 0, 'f', 2).arg(steps));
        summary_->setStyleSheet(QString());
    } catch (const std::exception& e) {
        summary_->setText(QString::fromUtf8(e.what()));
        summary_->setStyleSheet(QStringLiteral("color: #d9534f;"));
    }
}

}  // namespace stipple::ui
