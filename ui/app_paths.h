// Where Stipple keeps things: the output folder for PNGs, the data folder (history database,
// settings in tests) and the QSettings instance; environment variables override for tests.
#pragma once

#include <QDate>
#include <QSettings>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace stipple::ui {

// STIPPLE_OUTPUT_DIR, else the "output/folder" setting, else <Pictures>/Stipple.
QString outputRoot();
// STIPPLE_DATA_DIR, else QStandardPaths::AppDataLocation; created on demand.
QString dataDir();
// <dataDir>/models: the model library's own folder, with A1111's subfolder names
// (Stable-diffusion, Lora, embeddings, VAE); created on demand.
QString modelsDir();
QString loraDir();        // modelsDir()/Lora
QString embeddingsDir();  // modelsDir()/embeddings
// Where upscaler models are looked for besides the library folders: modelsDir()/ESRGAN and
// /RealESRGAN (A1111's names) and /upscale_models (ComfyUI's); not created.
QStringList upscalerDirs();
// The app's settings: an INI file inside STIPPLE_DATA_DIR when that is set (tests), else the
// platform's native settings for organisation/application "Stipple".
std::unique_ptr<QSettings> openSettings();
// `<root>/YYYY-MM-DD`: where the images of `day` go.
QString dayFolder(const QString& root, const QDate& day);
// The next free names `<dayFolder>/NNNNN-<seed>.png` for a batch, numbered on from the highest
// number there. The folder must exist (GenerationService's prepare_output_folder makes it).
QStringList nextOutputPaths(const QString& root, const QDate& day, const QList<quint64>& seeds);

}  // namespace stipple::ui
