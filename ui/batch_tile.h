// How a batch's previews share one picture: side by side, up to 4 per row, with a thin gap. The
// worker tiles a step's previews with tileImages; the preview pane cuts one image's frames back
// out with tileRect, so each image keeps a timeline of its own at its own aspect.
#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>

namespace stipple::ui {

QImage tileImages(const QList<QImage>& images);
// Where image `index` of `count` images of `cell` size sits in their tile.
QRect tileRect(int index, int count, QSize cell);

}  // namespace stipple::ui
