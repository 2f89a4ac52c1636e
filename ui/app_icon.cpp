// Application icon (see app_icon.h).
#include "app_icon.h"

namespace stipple::ui {

QIcon appIcon() {
    QIcon fallback;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        fallback.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/stipple.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("stipple"), fallback);
}

}  // namespace stipple::ui
