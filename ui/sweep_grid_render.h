// The sweep grid as the app saves it, drawn with Qt: cells enlarged by a whole factor to at least
// 256 px (a 64-px built-in image is a stamp on a projector), the axis names in the interface
// language and values in fonts for every script. Core's grid (stipple-cli sweep) draws ASCII only.
#pragma once

#include "image/labelled_grid.h"
#include "teach/sweep_plan.h"

#include <QImage>
#include <QList>
#include <QStringList>

#include <vector>

namespace stipple::ui {

struct SavedGrid {
    QImage image;
    std::vector<stipple::GridRect> cells;  // where each plan cell is, in plan order
    QStringList columnLabels, rowLabels;   // as drawn ("Schritte: 20")
    int scale = 1;                         // the cells' enlargement
};

// `cells` holds one image per plan cell (null = not rendered: drawn as a grey box).
SavedGrid renderSavedGrid(const stipple::SweepPlan& plan, const QList<QImage>& cells);

}  // namespace stipple::ui
