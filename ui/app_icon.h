// Stipple's application icon: the theme's "stipple" icon when installed, else the PNG sizes
// embedded from resources/icons (16…512 px, rendered from stipple.svg).
#pragma once

#include <QIcon>

namespace stipple::ui {

QIcon appIcon();

}  // namespace stipple::ui
