#include "mask_canvas.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace stipple::ui {

namespace {

// Undo snapshots are whole masks: keep at most this many bytes of them (a 64-megapixel mask is
// 64 MB, so a huge picture keeps a few steps, a normal one fifty).
constexpr qint64 kUndoBytes = 256LL * 1024 * 1024;
constexpr int kMaxUndo = 50;

}  // namespace

MaskCanvas::MaskCanvas(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("maskCanvas"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setMinimumSize(256, 256);
    setCursor(Qt::CrossCursor);
}

void MaskCanvas::setPicture(const QImage& picture, const QImage& mask) {
    picture_ = picture;
    if (!mask.isNull() && mask.size() == picture.size()) {
        mask_ = mask.convertToFormat(QImage::Format_Grayscale8);
    } else {
        mask_ = QImage(picture.size(), QImage::Format_Grayscale8);
        mask_.fill(0);
    }
    undo_.clear();
    redo_.clear();
    update();
    Q_EMIT maskChanged();
}

bool MaskCanvas::maskIsEmpty() const { return maskedFraction() == 0.0; }

double MaskCanvas::maskedFraction() const {
    if (mask_.isNull()) return 0;
    qint64 painted = 0;
    for (int y = 0; y < mask_.height(); ++y) {
        const uchar* row = mask_.constScanLine(y);
        for (int x = 0; x < mask_.width(); ++x) painted += row[x] >= 128;
    }
    return static_cast<double>(painted) / (static_cast<double>(mask_.width()) * mask_.height());
}

void MaskCanvas::setBrushSize(int pixels) { brush_ = std::clamp(pixels, 1, 1024); }

void MaskCanvas::remember() {
    undo_.append(mask_);
    redo_.clear();
    const qint64 each = std::max<qint64>(1, mask_.sizeInBytes());
    while (undo_.size() > kMaxUndo || (undo_.size() > 1 && undo_.size() * each > kUndoBytes)) undo_.removeFirst();
}

void MaskCanvas::undo() {
    if (undo_.isEmpty()) return;
    redo_.append(mask_);
    mask_ = undo_.takeLast();
    update();
    Q_EMIT maskChanged();
}

void MaskCanvas::redo() {
    if (redo_.isEmpty()) return;
    undo_.append(mask_);
    mask_ = redo_.takeLast();
    update();
    Q_EMIT maskChanged();
}

void MaskCanvas::invert() {
    if (mask_.isNull()) return;
    remember();
    mask_.invertPixels();
    update();
    Q_EMIT maskChanged();
}

void MaskCanvas::clear() {
    if (mask_.isNull() || maskIsEmpty()) return;
    remember();
    mask_.fill(0);
    update();
    Q_EMIT maskChanged();
}

QRectF MaskCanvas::pictureRect() const {
    if (picture_.isNull()) return QRectF();
    const QSizeF fitted = QSizeF(picture_.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

QPointF MaskCanvas::toPicture(const QPointF& p) const {
    const QRectF r = pictureRect();
    if (r.isEmpty()) return QPointF();
    return QPointF((p.x() - r.left()) * picture_.width() / r.width(), (p.y() - r.top()) * picture_.height() / r.height());
}

void MaskCanvas::stroke(const QPointF& from, const QPointF& to, bool erase) {
    QPainter painter(&mask_);
    painter.setRenderHint(QPainter::Antialiasing, false);  // a mask is on or off per pixel
    painter.setPen(QPen(erase ? Qt::black : Qt::white, brush_, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (from == to) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(erase ? Qt::black : Qt::white);
        painter.drawEllipse(to, brush_ / 2.0, brush_ / 2.0);
    } else {
        painter.drawLine(from, to);
    }
    painter.end();
    update();  // maskChanged comes once per stroke, at the release (listeners count pixels)
}

void MaskCanvas::mousePressEvent(QMouseEvent* event) {
    if (picture_.isNull() || (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)) return;
    remember();  // one undo step per stroke
    painting_ = true;
    paintingErases_ = erasing_ || event->button() == Qt::RightButton;
    last_ = toPicture(event->position());
    stroke(last_, last_, paintingErases_);
}

void MaskCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (painting_) {
        const QPointF p = toPicture(event->position());
        stroke(last_, p, paintingErases_);
        last_ = p;
    } else {
        update();  // the brush outline follows the cursor
    }
}

void MaskCanvas::mouseReleaseEvent(QMouseEvent*) {
    if (!painting_) return;
    painting_ = false;
    Q_EMIT maskChanged();
}

QSize MaskCanvas::sizeHint() const { return QSize(640, 640); }

void MaskCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRectF r = pictureRect();
    if (r.isEmpty()) return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(r, picture_);
    // The mask as a translucent red layer: alpha from the mask itself.
    QImage overlay(mask_.size(), QImage::Format_ARGB32_Premultiplied);
    overlay.fill(QColor(230, 30, 60));
    overlay.setAlphaChannel(mask_);
    painter.setOpacity(0.55);
    painter.drawImage(r, overlay);
    painter.setOpacity(1.0);
    // The brush outline at the cursor.
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    if (rect().contains(cursor)) {
        const double radius = brush_ / 2.0 * r.width() / picture_.width();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPointF(cursor), radius, radius);
    }
}

}  // namespace stipple::ui
