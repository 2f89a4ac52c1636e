// Batch tiles (see batch_tile.h).
#include "batch_tile.h"

#include <QColor>
#include <QPainter>

#include <algorithm>

namespace stipple::ui {

namespace {
int columns(int count) { return std::clamp(count, 1, 4); }
int gap(QSize cell) { return std::max(1, cell.width() / 32); }
}  // namespace

QRect tileRect(int index, int count, QSize cell) {
    const int cols = columns(count), g = count > 1 ? gap(cell) : 0;
    return QRect((index % cols) * (cell.width() + g), (index / cols) * (cell.height() + g), cell.width(), cell.height());
}

QImage tileImages(const QList<QImage>& images) {
    if (images.isEmpty()) return {};
    if (images.size() == 1) return images.front();
    const int n = static_cast<int>(images.size());
    const QSize cell = images.front().size();
    const QRect last = tileRect(n - 1, n, cell);
    const int cols = columns(n);
    const QRect corner = tileRect(cols - 1, n, cell);
    QImage out(corner.right() + 1, last.bottom() + 1, QImage::Format_RGB888);
    out.fill(QColor(32, 32, 36));
    QPainter p(&out);
    for (int i = 0; i < n; ++i) p.drawImage(tileRect(i, n, cell).topLeft(), images[i]);
    return out;
}

}  // namespace stipple::ui
