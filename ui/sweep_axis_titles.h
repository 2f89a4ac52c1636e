// The sweep axes' names as the user reads them, in the interface language (core's
// stipple::sweep_axis_title() stays English: it labels saved grids and the CLI's output).
#pragma once

#include "teach/sweep_axis.h"

#include <QString>

namespace stipple::ui {

QString sweepAxisTitle(stipple::SweepAxisKind kind);

}  // namespace stipple::ui
