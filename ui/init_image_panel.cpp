#include "init_image_panel.h"

#include "image_convert.h"
#include "mask_dialog.h"
#include "outpaint_dialog.h"
#include "pipeline/img2img_steps.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QLocale>

#include "common/error.h"
#include "image/masked_content.h"

namespace stipple::ui {

namespace {

constexpr qint64 kMaxPixels = 64LL * 1000 * 1000;  // as core/image/image_check.h allows for init images
constexpr int kThumb = 96;

}  // namespace

InitImagePanel::InitImagePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("initImagePanel"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* row = new QHBoxLayout;
    thumbnail_ = new QLabel(this);
    thumbnail_->setObjectName(QStringLiteral("initImageThumbnail"));
    thumbnail_->setFixedSize(kThumb, kThumb);
    thumbnail_->setAlignment(Qt::AlignCenter);
    thumbnail_->setFrameShape(QFrame::StyledPanel);
    thumbnail_->setWordWrap(true);
    thumbnail_->setToolTip(tr("Drop a picture here, paste one, or use the preview's \"Use as img2img source\"."));
    row->addWidget(thumbnail_);
    auto* buttons = new QVBoxLayout;
    auto* open = new QPushButton(tr("Open…"), this);
    open->setObjectName(QStringLiteral("initImageOpen"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Start from image"), QString(),
                                                          tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"));
        QString why;
        if (!path.isEmpty() && !openFile(path, &why)) Q_EMIT problem(why);
    });
    auto* paste = new QPushButton(tr("Paste"), this);
    paste->setObjectName(QStringLiteral("initImagePaste"));
    connect(paste, &QPushButton::clicked, this, [this] {
        QString why;
        if (!pasteFromClipboard(&why)) Q_EMIT problem(why);
    });
    clear_ = new QPushButton(tr("Clear"), this);
    clear_->setObjectName(QStringLiteral("initImageClear"));
    connect(clear_, &QPushButton::clicked, this, &InitImagePanel::clearImage);
    buttons->addWidget(open);
    buttons->addWidget(paste);
    buttons->addWidget(clear_);
    buttons->addStretch(1);
    row->addLayout(buttons, 1);
    layout->addLayout(row);

    auto* form = new QFormLayout;
    strength_ = new QDoubleSpinBox(this);
    strength_->setObjectName(QStringLiteral("denoisingStrength"));
    strength_->setRange(0.01, 1.0);
    strength_->setSingleStep(0.05);
    strength_->setDecimals(2);
    strength_->setValue(0.75);  // A1111's default
    strength_->setToolTip(tr("How much of the picture is redrawn: 0.3 keeps its composition and colours, 0.75 keeps "
                             "its layout, 1.0 keeps little more than its size."));
    strength_->setAccessibleName(tr("Denoising strength"));
    form->addRow(tr("&Denoising strength"), strength_);
    resizeMode_ = new QComboBox(this);
    resizeMode_->setObjectName(QStringLiteral("resizeMode"));
    resizeMode_->addItem(tr("Just resize"), static_cast<int>(stipple::ResizeMode::JustResize));
    resizeMode_->addItem(tr("Crop and resize"), static_cast<int>(stipple::ResizeMode::CropAndResize));
    resizeMode_->addItem(tr("Resize and fill"), static_cast<int>(stipple::ResizeMode::ResizeAndFill));
    resizeMode_->setToolTip(tr("When the picture's shape differs from the image size: stretch it, cut what sticks "
                               "out, or fit it and extend its edges (as AUTOMATIC1111)."));
    resizeMode_->setAccessibleName(tr("Resize mode"));
    form->addRow(tr("Resi&ze mode"), resizeMode_);
    layout->addLayout(form);
    auto* maskRow = new QHBoxLayout;
    paintMask_ = new QPushButton(tr("Paint mask…"), this);
    paintMask_->setObjectName(QStringLiteral("paintMask"));
    paintMask_->setToolTip(tr("Paint the part of the picture to redraw (inpainting); the rest stays as it is."));
    connect(paintMask_, &QPushButton::clicked, this, &InitImagePanel::paintMask);
    clearMask_ = new QPushButton(tr("No mask"), this);
    clearMask_->setObjectName(QStringLiteral("clearMask"));
    clearMask_->setToolTip(tr("Forget the mask: the whole picture is redrawn (img2img)."));
    connect(clearMask_, &QPushButton::clicked, this, &InitImagePanel::clearMask);
    maskRow->addWidget(paintMask_);
    maskRow->addWidget(clearMask_);
    layout->addLayout(maskRow);
    auto* extendRow = new QHBoxLayout;
    extend_ = new QPushButton(tr("Extend canvas…"), this);
    extend_->setObjectName(QStringLiteral("extendCanvas"));
    extend_->setToolTip(tr("Outpainting: add a border to the picture for the next generation to paint."));
    connect(extend_, &QPushButton::clicked, this, &InitImagePanel::extendCanvasWithDialog);
    undoExtend_ = new QPushButton(tr("Undo extend"), this);
    undoExtend_->setObjectName(QStringLiteral("undoExtendCanvas"));
    undoExtend_->setToolTip(tr("Back to the picture and mask before the last extension."));
    connect(undoExtend_, &QPushButton::clicked, this, &InitImagePanel::undoExtend);
    extendRow->addWidget(extend_);
    extendRow->addWidget(undoExtend_);
    layout->addLayout(extendRow);
    maskBlur_ = new QSpinBox(this);
    maskBlur_->setObjectName(QStringLiteral("maskBlur"));
    maskBlur_->setRange(0, 64);
    maskBlur_->setValue(4);  // A1111's default
    maskBlur_->setSuffix(tr(" px"));
    maskBlur_->setToolTip(tr("How softly the redrawn part blends into the picture around the mask's edge."));
    maskBlur_->setAccessibleName(tr("Mask blur"));
    form->addRow(tr("Mask &blur"), maskBlur_);
    maskedContent_ = new QComboBox(this);
    maskedContent_->setObjectName(QStringLiteral("maskedContent"));
    maskedContent_->addItem(tr("Original"), 1);  // A1111's order and default
    maskedContent_->addItem(tr("Fill"), 0);
    maskedContent_->addItem(tr("Latent noise"), 2);
    maskedContent_->addItem(tr("Latent nothing"), 3);
    maskedContent_->setToolTip(tr("What the painted part starts from: the picture as it is (original), its surrounding colours "
                                  "blurred in (fill), fresh noise or nothing (latent noise / nothing — use a high denoising "
                                  "strength with these)."));
    maskedContent_->setAccessibleName(tr("Masked content"));
    form->addRow(tr("Masked &content"), maskedContent_);
    inpaintArea_ = new QComboBox(this);
    inpaintArea_->setObjectName(QStringLiteral("inpaintArea"));
    inpaintArea_->addItem(tr("Whole picture"), false);
    inpaintArea_->addItem(tr("Only masked"), true);
    inpaintArea_->setToolTip(tr("Only masked: the painted part and a margin are cut out, drawn at the full image size (more "
                                "detail for a small area), and pasted back; the rest of the picture stays exactly as it is."));
    inpaintArea_->setAccessibleName(tr("Inpaint area"));
    form->addRow(tr("Inpaint &area"), inpaintArea_);
    maskedPadding_ = new QSpinBox(this);
    maskedPadding_->setObjectName(QStringLiteral("maskedPadding"));
    maskedPadding_->setRange(0, 256);
    maskedPadding_->setValue(32);  // A1111's default
    maskedPadding_->setSuffix(tr(" px"));
    maskedPadding_->setToolTip(tr("The margin around the painted part that is drawn with it, so the model sees its surroundings."));
    maskedPadding_->setAccessibleName(tr("Only masked padding"));
    form->addRow(tr("Only masked &padding"), maskedPadding_);
    connect(inpaintArea_, &QComboBox::currentIndexChanged, this, &InitImagePanel::updateMaskState);
    maskState_ = new QLabel(this);
    maskState_->setObjectName(QStringLiteral("maskState"));
    maskState_->setWordWrap(true);
    layout->addWidget(maskState_);
    stepsLine_ = new QLabel(this);
    stepsLine_->setObjectName(QStringLiteral("img2imgSteps"));
    stepsLine_->setWordWrap(true);
    layout->addWidget(stepsLine_);
    connect(strength_, &QDoubleSpinBox::valueChanged, this, &InitImagePanel::updateSteps);
    updateThumbnail();
    updateSteps();
    updateMaskState();
}

bool InitImagePanel::setMask(const QImage& mask) {
    if (mask.isNull() || mask.size() != image_.size()) return false;
    mask_ = mask.convertToFormat(QImage::Format_Grayscale8);
    updateThumbnail();
    updateMaskState();
    Q_EMIT imageChanged();
    return true;
}

void InitImagePanel::clearMask() {
    if (mask_.isNull()) return;
    mask_ = QImage();
    updateThumbnail();
    updateMaskState();
    Q_EMIT imageChanged();
}

int InitImagePanel::maskBlur() const { return maskBlur_->value(); }
void InitImagePanel::setMaskBlur(int pixels) { maskBlur_->setValue(pixels); }
int InitImagePanel::maskedContent() const { return maskedContent_->currentData().toInt(); }
void InitImagePanel::setMaskedContent(int content) {
    const int index = maskedContent_->findData(content);
    if (index >= 0) maskedContent_->setCurrentIndex(index);
}
bool InitImagePanel::onlyMasked() const { return inpaintArea_->currentData().toBool(); }
void InitImagePanel::setOnlyMasked(bool onlyMasked) { inpaintArea_->setCurrentIndex(onlyMasked ? 1 : 0); }
int InitImagePanel::maskedPadding() const { return maskedPadding_->value(); }
void InitImagePanel::setMaskedPadding(int pixels) { maskedPadding_->setValue(pixels); }

bool InitImagePanel::paintMask() {
    if (image_.isNull()) return false;
    MaskDialog dialog(image_, mask_, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    const QImage painted = dialog.mask();
    if (painted.isNull()) clearMask();
    else setMask(painted);
    return true;
}

bool InitImagePanel::extendCanvas(const stipple::CanvasExtension& extension, int overlap, QString* problem) {
    if (image_.isNull()) {
        if (problem) *problem = tr("Open a picture first: outpainting extends it.");
        return false;
    }
    stipple::OutpaintCanvas canvas;
    try {
        const stipple::Image mask = mask_.isNull() ? stipple::Image() : from_qimage(mask_);
        canvas = stipple::extend_canvas(from_qimage(image_), extension, overlap, mask_.isNull() ? nullptr : &mask);
    } catch (const stipple::Error& e) {
        if (problem) *problem = QString::fromStdString(e.what());
        return false;
    }
    beforeExtend_ = image_;
    maskBeforeExtend_ = mask_;
    image_ = to_qimage(canvas.image).convertToFormat(QImage::Format_RGB888);
    mask_ = to_qimage(canvas.mask).convertToFormat(QImage::Format_Grayscale8);
    setMaskedContent(static_cast<int>(stipple::MaskedContent::Fill));
    if (strength() < 0.9) setStrength(1.0);  // the border has nothing to keep
    updateThumbnail();
    updateSteps();
    updateMaskState();
    Q_EMIT imageChanged();
    Q_EMIT canvasExtended(image_.size());
    return true;
}

void InitImagePanel::undoExtend() {
    if (beforeExtend_.isNull()) return;
    image_ = beforeExtend_;
    mask_ = maskBeforeExtend_;
    beforeExtend_ = maskBeforeExtend_ = QImage();
    updateThumbnail();
    updateSteps();
    updateMaskState();
    Q_EMIT imageChanged();
    Q_EMIT canvasExtended(image_.size());
}

bool InitImagePanel::extendCanvasWithDialog() {
    if (image_.isNull()) return false;
    OutpaintDialog dialog(image_.size(), this);
    if (dialog.exec() != QDialog::Accepted) return false;
    QString why;
    if (!extendCanvas(dialog.extension(), dialog.overlap(), &why)) {
        Q_EMIT problem(why);
        return false;
    }
    return true;
}

void InitImagePanel::updateMaskState() {
    paintMask_->setEnabled(!image_.isNull());
    extend_->setEnabled(!image_.isNull());
    undoExtend_->setEnabled(!beforeExtend_.isNull());
    clearMask_->setEnabled(!mask_.isNull());
    maskBlur_->setEnabled(!mask_.isNull());
    maskedContent_->setEnabled(!mask_.isNull());
    inpaintArea_->setEnabled(!mask_.isNull());
    maskedPadding_->setEnabled(!mask_.isNull() && onlyMasked());
    if (image_.isNull()) maskState_->clear();
    else if (mask_.isNull()) maskState_->setText(tr("No mask: the whole picture is redrawn."));
    else maskState_->setText(tr("Inpainting: only the painted part is redrawn."));
}

bool InitImagePanel::setImage(const QImage& image, QString* problem) {
    if (image.isNull()) {
        if (problem) *problem = tr("That is not a picture Stipple can read.");
        return false;
    }
    if (static_cast<qint64>(image.width()) * image.height() > kMaxPixels) {
        if (problem) *problem = tr("The picture has %1×%2 pixels; Stipple starts from pictures of at most 64 megapixels.")
                                    .arg(image.width()).arg(image.height());
        return false;
    }
    image_ = image.convertToFormat(QImage::Format_RGB888);
    mask_ = QImage();  // a mask belongs to its picture
    beforeExtend_ = maskBeforeExtend_ = QImage();
    updateThumbnail();
    updateSteps();
    updateMaskState();
    Q_EMIT imageChanged();
    return true;
}

void InitImagePanel::clearImage() {
    if (image_.isNull()) return;
    image_ = QImage();
    mask_ = QImage();
    beforeExtend_ = maskBeforeExtend_ = QImage();
    updateThumbnail();
    updateSteps();
    updateMaskState();
    Q_EMIT imageChanged();
}

double InitImagePanel::strength() const { return strength_->value(); }
void InitImagePanel::setStrength(double strength) { strength_->setValue(strength); }

stipple::ResizeMode InitImagePanel::resizeMode() const {
    return static_cast<stipple::ResizeMode>(resizeMode_->currentData().toInt());
}

void InitImagePanel::setResizeMode(stipple::ResizeMode mode) {
    const int index = resizeMode_->findData(static_cast<int>(mode));
    if (index >= 0) resizeMode_->setCurrentIndex(index);
}

void InitImagePanel::setSteps(int steps) {
    steps_ = steps;
    updateSteps();
}

QString InitImagePanel::stepsText() const { return stepsLine_->text(); }

bool InitImagePanel::openFile(const QString& path, QString* problem) {
    QImageReader reader(path);
    // The header's size first: a small file can claim a picture of gigabytes.
    const QSize size = reader.size();
    if (size.isValid() && static_cast<qint64>(size.width()) * size.height() > kMaxPixels) {
        if (problem) *problem = tr("%1 has %2×%3 pixels; Stipple starts from pictures of at most 64 megapixels.")
                                    .arg(QFileInfo(path).fileName()).arg(size.width()).arg(size.height());
        return false;
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        if (problem) *problem = tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), reader.errorString());
        return false;
    }
    return setImage(image, problem);
}

bool InitImagePanel::pasteFromClipboard(QString* problem) {
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) return setImage(qvariant_cast<QImage>(mime->imageData()), problem);
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile())
        return openFile(mime->urls().first().toLocalFile(), problem);
    if (problem) *problem = tr("The clipboard holds no picture.");
    return false;
}

void InitImagePanel::dragEnterEvent(QDragEnterEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (mime->hasImage() || (mime->hasUrls() && !mime->urls().isEmpty() && mime->urls().first().isLocalFile()))
        event->acceptProposedAction();
}

void InitImagePanel::dropEvent(QDropEvent* event) {
    const QMimeData* mime = event->mimeData();
    QString why;
    bool ok = false;
    if (mime->hasImage()) ok = setImage(qvariant_cast<QImage>(mime->imageData()), &why);
    else if (mime->hasUrls() && !mime->urls().isEmpty()) ok = openFile(mime->urls().first().toLocalFile(), &why);
    if (ok) event->acceptProposedAction();
    else Q_EMIT problem(why);
}

void InitImagePanel::updateThumbnail() {
    clear_->setEnabled(!image_.isNull());
    if (image_.isNull()) {
        thumbnail_->setPixmap(QPixmap());
        thumbnail_->setText(tr("No picture:\ntext to image"));
        return;
    }
    thumbnail_->setText(QString());
    QImage shown = image_.scaled(kThumb - 4, kThumb - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                       .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (!mask_.isNull()) {
        QImage overlay(shown.size(), QImage::Format_ARGB32_Premultiplied);
        overlay.fill(QColor(230, 30, 60));
        overlay.setAlphaChannel(mask_.scaled(shown.size()));
        QPainter painter(&shown);
        painter.setOpacity(0.55);
        painter.drawImage(0, 0, overlay);
    }
    thumbnail_->setPixmap(QPixmap::fromImage(shown));
}

void InitImagePanel::updateSteps() {
    if (image_.isNull()) {
        stepsLine_->setText(tr("Without a picture every step runs from noise."));
        return;
    }
    const int runs = stipple::img2img_denoising_steps(steps_, strength());
    stepsLine_->setText(runs > 0 ? tr("strength %1 × %2 steps = %3 steps").arg(QLocale().toString(strength(), 'f', 2)).arg(steps_).arg(runs)
                                 : tr("strength %1 × %2 steps leaves no step to run: raise either").arg(QLocale().toString(strength(), 'f', 2)).arg(steps_));
}

}  // namespace stipple::ui
