#include "image_convert.h"

#include <cstring>

namespace stipple::ui {

QImage to_qimage(const stipple::Image& image) {
    if (image.empty()) return {};
    QImage out(image.width, image.height, QImage::Format_RGB888);
    const size_t row = static_cast<size_t>(image.width) * 3;
    for (int y = 0; y < image.height; ++y) std::memcpy(out.scanLine(y), image.rgb.data() + y * row, row);
    return out;
}

stipple::Image from_qimage(const QImage& image) {
    stipple::Image out;
    if (image.isNull()) return out;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    out.width = rgb.width();
    out.height = rgb.height();
    const size_t row = static_cast<size_t>(out.width) * 3;
    out.rgb.resize(row * out.height);
    for (int y = 0; y < out.height; ++y) std::memcpy(out.rgb.data() + y * row, rgb.constScanLine(y), row);
    return out;
}

}  // namespace stipple::ui
