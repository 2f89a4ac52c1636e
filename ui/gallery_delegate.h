// Paints one gallery cell: the thumbnail with its rating (stars, or dimmed and crossed when
// rejected), the seed and the key parameters under it.
#pragma once

#include <QStyledItemDelegate>

namespace stipple::ui {

class GalleryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit GalleryDelegate(int thumbnailSize, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintRating(QPainter* painter, const QRect& box, int rating, const QFont& font) const;
    int thumb_;
};

}  // namespace stipple::ui
