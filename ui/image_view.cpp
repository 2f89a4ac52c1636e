// Fit-to-widget image display (see image_view.h).
#include "image_view.h"

#include <QPainter>

namespace stipple::ui {

ImageView::ImageView(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImageView::setImage(const QImage& image) {
    image_ = image;
    update();
    Q_EMIT imageChanged();
}

void ImageView::setPlaceholder(const QString& text) {
    placeholder_ = text;
    update();
}

void ImageView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), QColor(0x1e, 0x1f, 0x22));
    if (image_.isNull()) {
        p.setPen(QColor(0x9a, 0x9c, 0xa3));
        p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    const QSize target = image_.size().scaled(size() - QSize(16, 16), Qt::KeepAspectRatio);
    const QRect r(QPoint((width() - target.width()) / 2, (height() - target.height()) / 2), target);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(r, image_);
}

}  // namespace stipple::ui
