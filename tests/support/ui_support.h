// Helpers the UI suites share (only for suites that link stipple_ui): the built-in model's folder,
// loading a model into a GenerationController and waiting for it, and comparing two pictures.
#pragma once

#include "generation_controller.h"
#include "pipeline/resource_paths.h"

#include <QDebug>
#include <QImage>
#include <QSignalSpy>
#include <QString>

#include <algorithm>
#include <cstdlib>

namespace test {

inline QString builtinModel() { return QString::fromStdString(stipple::builtin_model_dir()); }

// Loads `path` and waits (up to two minutes) for the load to end; false when it failed (the reason
// is printed) or did not end.
inline bool loadModel(stipple::ui::GenerationController& c, const QString& path) {
    QSignalSpy loaded(&c, &stipple::ui::GenerationController::modelLoaded);
    QSignalSpy failed(&c, &stipple::ui::GenerationController::modelLoadFailed);
    c.loadModel(path);
    while (loaded.isEmpty() && failed.isEmpty())
        if (!loaded.wait(120000)) return false;
    if (!failed.isEmpty()) qWarning() << failed.first().at(1).toString();
    return !loaded.isEmpty();
}

// The largest difference of one channel value (0-255) between two images; -1 when either is null
// or their sizes differ.
inline int maxChannelDifference(const QImage& a, const QImage& b) {
    const QImage x = a.convertToFormat(QImage::Format_RGB888), y = b.convertToFormat(QImage::Format_RGB888);
    if (x.isNull() || x.size() != y.size()) return -1;
    int worst = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int i = 0; i < x.width() * 3; ++i)
            worst = std::max(worst, std::abs(int(x.constScanLine(row)[i]) - int(y.constScanLine(row)[i])));
    return worst;
}

}  // namespace test
