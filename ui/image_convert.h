// Core images (tightly packed RGB bytes) to and from QImage, for every widget that shows or reads one.
#pragma once

#include "common/image.h"

#include <QImage>

namespace stipple::ui {

QImage to_qimage(const stipple::Image& image);     // null QImage for an empty image
stipple::Image from_qimage(const QImage& image);   // any format; empty for a null QImage

}  // namespace stipple::ui
