// The interface language: which translations exist, the user's choice (setting "ui/language",
// empty = follow the system locale) and installing Stipple's and Qt's own translators.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace stipple::ui {

// The languages Stipple ships, as (code, native name) pairs, English first: "en", "de", "fr", "es", "zh_CN".
QList<QPair<QString, QString>> availableLanguages();

// The saved choice: a code from availableLanguages(), or empty to follow the system.
QString savedLanguage();
void saveLanguage(const QString& code);

// The language to use: `requested` if not empty, else the saved choice, else the best match for the
// system locale (LANGUAGE / LC_ALL / LANG); "en" when nothing matches.
QString resolveLanguage(const QString& requested = QString());

// Replaces the translators installed by an earlier call with Stipple's (embedded, :/i18n) and Qt's
// own qtbase catalogue (QLibraryInfo::TranslationsPath) for `code`, and sets the default QLocale.
// "en" removes them. Returns false when Stipple has no catalogue for `code`.
bool installTranslators(QCoreApplication* app, const QString& code);

}  // namespace stipple::ui
