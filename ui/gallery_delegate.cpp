// Gallery cell painting (see gallery_delegate.h).
#include "gallery_delegate.h"

#include "gallery_model.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace stipple::ui {

GalleryDelegate::GalleryDelegate(int thumbnailSize, QObject* parent) : QStyledItemDelegate(parent), thumb_(thumbnailSize) {}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics fm(option.font);
    QFont bold = option.font;
    bold.setBold(true);
    return {std::max(thumb_ + 16, QFontMetrics(bold).horizontalAdvance(GalleryModel::tr("Seed %1").arg(QStringLiteral("00000000000000000000"))) + 16),
            thumb_ + 12 + 2 * fm.height() + 6};
}

// Stars in a dark pill over the thumbnail's top-left corner; a rejected image is dimmed and
// marked with a red cross.
void GalleryDelegate::paintRating(QPainter* p, const QRect& box, int rating, const QFont& font) const {
    if (rating == 0) return;
    if (rating == kRejected) {
        p->fillRect(box, QColor(0, 0, 0, 120));
        const QRect badge(box.right() - 22, box.top() + 4, 18, 18);
        p->setBrush(QColor(0xd9, 0x53, 0x4f));
        p->setPen(Qt::NoPen);
        p->drawEllipse(badge);
        p->setPen(QPen(Qt::white, 2));
        p->drawLine(badge.topLeft() + QPoint(5, 5), badge.bottomRight() - QPoint(5, 5));
        p->drawLine(badge.topRight() + QPoint(-5, 5), badge.bottomLeft() + QPoint(5, -5));
        return;
    }
    QFont f = font;
    f.setPointSizeF(font.pointSizeF() * 0.9);
    const QString stars = QString(qBound(1, rating, 5), QChar(0x2605));
    const QFontMetrics fm(f);
    const QRect pill(box.left() + 4, box.top() + 4, fm.horizontalAdvance(stars) + 8, fm.height() + 2);
    QPainterPath path;
    path.addRoundedRect(pill, 4, 4);
    p->fillPath(path, QColor(0, 0, 0, 150));
    p->setFont(f);
    p->setPen(QColor(0xff, 0xc8, 0x3d));
    p->drawText(pill, Qt::AlignCenter, stars);
}

void GalleryDelegate::paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect cell = option.rect.adjusted(3, 3, -3, -3);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;
    if (selected || hover) {
        QColor c = pal.color(QPalette::Highlight);
        c.setAlpha(selected ? 90 : 35);
        QPainterPath path;
        path.addRoundedRect(cell, 6, 6);
        p->fillPath(path, c);
        if (selected) {
            p->setPen(QPen(pal.color(QPalette::Highlight), 1.5));
            p->drawPath(path);
        }
    }
    const QPixmap pix = index.data(Qt::DecorationRole).value<QPixmap>();
    const QRect box(cell.left() + (cell.width() - thumb_) / 2, cell.top() + 5, thumb_, thumb_);
    if (!pix.isNull()) {
        const QPixmap scaled = pix.scaled(box.size(), Qt::KeepAspectRatio,
                                          pix.width() < thumb_ / 2 ? Qt::FastTransformation : Qt::SmoothTransformation);
        p->drawPixmap(box.left() + (box.width() - scaled.width()) / 2, box.top() + (box.height() - scaled.height()) / 2, scaled);
    } else {
        p->fillRect(box, pal.color(QPalette::AlternateBase));
    }
    paintRating(p, box, index.data(GalleryModel::RatingRole).toInt(), option.font);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    QRect text(cell.left() + 4, box.bottom() + 5, cell.width() - 8, fm.height());
    p->setFont(bold);
    p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    p->drawText(text, Qt::AlignHCenter | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    p->setFont(small);
    QColor dim = pal.color(QPalette::Text);
    dim.setAlpha(160);
    p->setPen(dim);
    text.translate(0, fm.height());
    p->drawText(text, Qt::AlignHCenter | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(index.data(GalleryModel::SummaryRole).toString(), Qt::ElideRight, text.width()));
    p->restore();
}

}  // namespace stipple::ui
