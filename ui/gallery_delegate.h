// Paints one gallery cell: the thumbnail, the seed and the key parameters under it.
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
    int thumb_;
};

}  // namespace stipple::ui
