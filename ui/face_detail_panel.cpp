// The face detailer section (see face_detail_panel.h).
#include "face_detail_panel.h"

#include "folded_group.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace stipple::ui {

FaceDetailPanel::FaceDetailPanel(QWidget* parent) : QGroupBox(parent) {
    setObjectName(QStringLiteral("faceDetail"));
    setTitle(tr("Face deta&iler"));
    setAccessibleName(tr("Face detailer"));
    setToolTip(tr("After the image is made, every face found in it is redrawn at the full image size and pasted "
                  "back: small faces get their eyes and mouths right (the ADetailer approach)."));
    QFormLayout* form = foldedGroupForm(this);
    prompt_ = new QLineEdit(this);
    prompt_->setObjectName(QStringLiteral("facePrompt"));
    prompt_->setPlaceholderText(tr("the image's prompt"));
    prompt_->setToolTip(tr("What the faces should look like, e.g. \"a smiling face, detailed eyes\"; empty uses the "
                           "image's own prompt."));
    prompt_->setAccessibleName(tr("Face prompt"));
    form->addRow(tr("Fa&ce prompt"), prompt_);
    strength_ = new QDoubleSpinBox(this);
    strength_->setObjectName(QStringLiteral("faceStrength"));
    strength_->setRange(0.05, 1.0);
    strength_->setSingleStep(0.05);
    strength_->setValue(stipple::FaceDetail{}.strength);
    strength_->setToolTip(tr("How much of each face is redrawn: 0.3 keeps the face, 0.6 draws a new one."));
    strength_->setAccessibleName(tr("Face denoising strength"));
    form->addRow(tr("Face stren&gth"), strength_);
}

std::optional<stipple::FaceDetail> FaceDetailPanel::faceDetail() const {
    if (!isChecked()) return std::nullopt;
    stipple::FaceDetail f;
    f.prompt = prompt_->text().trimmed().toStdString();
    f.strength = strength_->value();
    f.padding = padding_;
    return f;
}

void FaceDetailPanel::setFrom(const std::optional<stipple::FaceDetail>& detail) {
    setChecked(detail.has_value());
    if (!detail) return;
    prompt_->setText(QString::fromStdString(detail->prompt));
    strength_->setValue(detail->strength);
    padding_ = detail->padding;
}

}  // namespace stipple::ui
