// Where Stipple keeps things: the output folder for PNGs, the data folder (history database,
// settings in tests) and the QSettings instance; environment variables override for tests.
#pragma once

#include <QDate>
#include <QSettings>
#include <QString>

#include <memory>

namespace stipple::ui {

// STIPPLE_OUTPUT_DIR, else the "output/folder" setting, else <Pictures>/Stipple.
QString outputRoot();
// STIPPLE_DATA_DIR, else QStandardPaths::AppDataLocation; created on demand.
QString dataDir();
// The app's settings: an INI file inside STIPPLE_DATA_DIR when that is set (tests), else the
// platform's native settings for organisation/application "Stipple".
std::unique_ptr<QSettings> openSettings();
// The next free `<root>/YYYY-MM-DD/NNNNN-<seed>.png` (NNNNN one above the highest number there);
// creates the day folder. Empty when the folder cannot be created.
QString nextOutputPath(const QString& root, const QDate& day, quint64 seed);

}  // namespace stipple::ui
