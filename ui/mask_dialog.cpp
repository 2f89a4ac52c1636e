#include "mask_dialog.h"

#include "mask_canvas.h"

#include <QAction>
#include <QActionGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QShortcut>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>
#include <QLocale>

namespace stipple::ui {

MaskDialog::MaskDialog(const QImage& picture, const QImage& mask, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Paint the part to redraw"));
    setObjectName(QStringLiteral("maskDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    canvas_ = new MaskCanvas(this);
    canvas_->setPicture(picture, mask);
    canvas_->setBrushSize(std::max(4, std::min(picture.width(), picture.height()) / 12));

    auto* mode = new QActionGroup(this);
    brush_ = tools->addAction(tr("&Brush"));
    brush_->setCheckable(true);
    brush_->setChecked(true);
    brush_->setToolTip(tr("Paint what to redraw (B). The right mouse button erases."));
    brush_->setShortcut(QKeySequence(Qt::Key_B));
    eraser_ = tools->addAction(tr("&Eraser"));
    eraser_->setCheckable(true);
    eraser_->setToolTip(tr("Take painted parts back (E)."));
    eraser_->setShortcut(QKeySequence(Qt::Key_E));
    mode->addAction(brush_);
    mode->addAction(eraser_);
    connect(eraser_, &QAction::toggled, canvas_, &MaskCanvas::setErasing);

    size_ = new QSpinBox(this);
    size_->setObjectName(QStringLiteral("brushSize"));
    size_->setRange(1, 1024);
    size_->setValue(canvas_->brushSize());
    size_->setSuffix(tr(" px"));
    size_->setToolTip(tr("Brush size in picture pixels ([ smaller, ] larger)."));
    size_->setAccessibleName(tr("Brush size"));
    tools->addWidget(new QLabel(tr(" Size "), this));
    tools->addWidget(size_);
    connect(size_, &QSpinBox::valueChanged, canvas_, &MaskCanvas::setBrushSize);
    auto* smaller = new QShortcut(QKeySequence(Qt::Key_BracketLeft), this);
    connect(smaller, &QShortcut::activated, this, [this] { size_->setValue(std::max(1, size_->value() * 4 / 5)); });
    auto* larger = new QShortcut(QKeySequence(Qt::Key_BracketRight), this);
    connect(larger, &QShortcut::activated, this, [this] { size_->setValue(size_->value() * 5 / 4 + 1); });

    tools->addSeparator();
    undo_ = tools->addAction(tr("&Undo"), canvas_, &MaskCanvas::undo);
    undo_->setShortcut(QKeySequence::Undo);
    redo_ = tools->addAction(tr("&Redo"), canvas_, &MaskCanvas::redo);
    redo_->setShortcut(QKeySequence::Redo);
    tools->addAction(tr("&Invert"), canvas_, &MaskCanvas::invert)->setToolTip(tr("Redraw everything except what is painted."));
    tools->addAction(tr("&Clear"), canvas_, &MaskCanvas::clear)->setToolTip(tr("Remove the whole mask."));
    layout->addWidget(tools);
    layout->addWidget(canvas_, 1);
    coverage_ = new QLabel(this);
    coverage_->setObjectName(QStringLiteral("maskCoverage"));
    layout->addWidget(coverage_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(canvas_, &MaskCanvas::maskChanged, this, &MaskDialog::updateState);
    updateState();
    resize(720, 760);
}

QImage MaskDialog::mask() const { return canvas_->maskIsEmpty() ? QImage() : canvas_->mask(); }

void MaskDialog::updateState() {
    undo_->setEnabled(canvas_->canUndo());
    redo_->setEnabled(canvas_->canRedo());
    const double f = canvas_->maskedFraction();
    coverage_->setText(f > 0 ? tr("%1 % of the picture will be redrawn.").arg(QLocale().toString(f * 100, 'f', 1))
                             : tr("Nothing painted: the whole picture is redrawn as img2img."));
}

}  // namespace stipple::ui
