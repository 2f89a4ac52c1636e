// Screenshots of the app's views for the README and the issue tracker, taken by the UI suites in a
// realistic state: with STIPPLE_SCREENSHOT_DIR set, saveScreenshot() writes
// <dir>/<name>-<lang>.png (lang = STIPPLE_SCREENSHOT_LANG, default "en"); without it, nothing.
// Call useScreenshotLanguage() in initTestCase() so the views are built in that language.
// Only for suites that link stipple_ui.
#pragma once

#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>
#include <QWidget>

namespace test {

inline QString screenshotLanguage() {
    const QString lang = qEnvironmentVariable("STIPPLE_SCREENSHOT_LANG");
    return lang.isEmpty() ? QStringLiteral("en") : lang;
}

inline void useScreenshotLanguage() {
    if (qEnvironmentVariableIsEmpty("STIPPLE_SCREENSHOT_DIR")) return;
    stipple::ui::installTranslators(QCoreApplication::instance(), screenshotLanguage());
}

// Returns the file written, or "" when screenshots are off (or the write failed).
inline QString saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = qEnvironmentVariable("STIPPLE_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget) return {};
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QLatin1Char('-') + screenshotLanguage() + QStringLiteral(".png"));
    return widget->grab().save(path) ? path : QString();
}

}  // namespace test
