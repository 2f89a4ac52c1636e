// Upscaler model files as combo box entries, the one way the Upscale dialog and the hires fix list
// them: the model's name (its file stem, the name A1111 writes) shown, its path as the value, so
// the value goes to core (make_upscaler / find_hires_upscaler) exactly as the CLI passes a file.
#pragma once

#include "io/model_library.h"

#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;

namespace stipple::ui {

// Adds the upscaler models of `batch` not yet in `box` (matched by path in `valueRole`) before row
// `insertAt` (-1: at the end): text = name, `valueRole` = path, `scaleRole` = the model's own
// scale (skipped when < 0), tooltip = what it is and its path. Returns how many were added.
int addUpscalerModelItems(QComboBox* box, const QList<stipple::ModelLibraryEntry>& batch, int valueRole, int scaleRole = -1,
                          int insertAt = -1);
// The row whose value is `name` (any case: "Lanczos") or a file whose stem is `name` (exactly, as
// A1111 matches its upscaler names: "4x-UltraSharp"); -1 when there is none.
int findUpscalerItem(const QComboBox* box, const QString& name, int valueRole);
// The folders upscaler models are looked for in: `libraryFolders`, then models/ESRGAN,
// models/RealESRGAN and models/upscale_models of the data folder where they exist.
QStringList upscalerModelFolders(const QStringList& libraryFolders);

}  // namespace stipple::ui
