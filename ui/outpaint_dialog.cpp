#include "outpaint_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stipple::ui {

OutpaintDialog::OutpaintDialog(QSize picture, QWidget* parent) : QDialog(parent), picture_(picture) {
    setObjectName(QStringLiteral("outpaintDialog"));
    setWindowTitle(tr("Extend canvas"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The picture gets a border that the next generation paints (outpainting). Use "
                                "\"Masked content: fill\" and a denoising strength near 1."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QString names[4] = {tr("&Left"), tr("&Top"), tr("&Right"), tr("&Bottom")};
    const QString accessible[4] = {tr("Pixels to add on the left"), tr("Pixels to add at the top"),
                                   tr("Pixels to add on the right"), tr("Pixels to add at the bottom")};
    const char* objects[4] = {"outpaintLeft", "outpaintTop", "outpaintRight", "outpaintBottom"};
    for (int i = 0; i < 4; ++i) {
        sides_[i] = new QSpinBox(this);
        sides_[i]->setObjectName(QLatin1String(objects[i]));
        sides_[i]->setRange(0, 2048);
        sides_[i]->setSingleStep(64);
        sides_[i]->setSuffix(tr(" px"));
        sides_[i]->setAccessibleName(accessible[i]);
        form->addRow(names[i], sides_[i]);
        connect(sides_[i], &QSpinBox::valueChanged, this, &OutpaintDialog::updateResult);
    }
    sides_[2]->setValue(128);  // a common first move: widen to the right
    overlap_ = new QSpinBox(this);
    overlap_->setObjectName(QStringLiteral("outpaintOverlap"));
    overlap_->setRange(0, 256);
    overlap_->setValue(16);
    overlap_->setSuffix(tr(" px"));
    overlap_->setToolTip(tr("How far into the picture the redrawn border reaches, so the seam is painted over too."));
    overlap_->setAccessibleName(tr("Overlap into the picture"));
    form->addRow(tr("&Overlap"), overlap_);
    layout->addLayout(form);
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("outpaintResult"));
    layout->addWidget(result_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons_);
    updateResult();
}

stipple::CanvasExtension OutpaintDialog::extension() const {
    return {sides_[0]->value(), sides_[1]->value(), sides_[2]->value(), sides_[3]->value()};
}

int OutpaintDialog::overlap() const { return overlap_->value(); }

void OutpaintDialog::updateResult() {
    const stipple::CanvasExtension e = extension();
    // As extend_canvas rounds: up to a multiple of 8.
    const int w = (picture_.width() + e.left + e.right + 7) / 8 * 8;
    const int h = (picture_.height() + e.top + e.bottom + 7) / 8 * 8;
    const bool any = e.left + e.top + e.right + e.bottom > 0;
    result_->setText(any ? tr("%1×%2 → %3×%4").arg(picture_.width()).arg(picture_.height()).arg(w).arg(h)
                         : tr("Add pixels on at least one side."));
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(any);
}

}  // namespace stipple::ui
