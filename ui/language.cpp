// Translator loading (see language.h).
#include "language.h"
#include "preferences.h"

#include "app_paths.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace stipple::ui {

namespace {
// Marks the translators this file installed, so a second call can remove them again.
constexpr const char* kOwnedTranslator = "stippleTranslator";
}  // namespace

QList<QPair<QString, QString>> availableLanguages() {
    // Native names: a user who cannot read the current language still finds their own.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString savedLanguage() { return Preferences().get(pref::language); }

void saveLanguage(const QString& code) { Preferences().set(pref::language, code); }

QString resolveLanguage(const QString& requested) {
    const auto known = availableLanguages();
    const auto match = [&known](const QString& wanted) -> QString {
        if (wanted.isEmpty()) return {};
        const QString w = QString(wanted).replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const auto& [code, name] : known)  // exact ("zh_CN") first, then the language alone ("de_AT" -> "de")
            if (w.compare(code, Qt::CaseInsensitive) == 0) return code;
        const QString lang = w.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('.'), 0, 0);
        if (lang.compare(QLatin1String("zh"), Qt::CaseInsensitive) == 0) return QStringLiteral("zh_CN");
        for (const auto& [code, name] : known)
            if (lang.compare(code, Qt::CaseInsensitive) == 0) return code;
        return {};
    };
    if (QString code = match(requested); !code.isEmpty()) return code;
    if (QString code = match(savedLanguage()); !code.isEmpty()) return code;
    // QLocale::system().uiLanguages() follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG on Linux.
    for (const QString& ui : QLocale::system().uiLanguages())
        if (QString code = match(ui); !code.isEmpty()) return code;
    return QStringLiteral("en");
}

bool installTranslators(QCoreApplication* app, const QString& code) {
    for (QTranslator* old : app->findChildren<QTranslator*>(QString::fromLatin1(kOwnedTranslator), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    QLocale::setDefault(QLocale(code == QLatin1String("en") ? QStringLiteral("en_US") : code));
    if (code == QLatin1String("en")) return true;
    auto* own = new QTranslator(app);
    own->setObjectName(QString::fromLatin1(kOwnedTranslator));
    if (!own->load(QStringLiteral(":/i18n/stipple_%1.qm").arg(code))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs, context menus of text fields).
    auto* qt = new QTranslator(app);
    qt->setObjectName(QString::fromLatin1(kOwnedTranslator));
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

}  // namespace stipple::ui
