// Output, data and settings locations (see app_paths.h).
#include "app_paths.h"
#include "preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace stipple::ui {

QString outputRoot() {
    const QString env = qEnvironmentVariable("STIPPLE_OUTPUT_DIR");
    if (!env.isEmpty()) return env;
    const QString configured = Preferences().get(pref::outputFolder);
    if (!configured.isEmpty()) return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath("Stipple");
}

QString dataDir() {
    QString dir = qEnvironmentVariable("STIPPLE_DATA_DIR");
    if (dir.isEmpty()) dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) dir = QDir::home().filePath(".stipple");
    QDir().mkpath(dir);
    return dir;
}

QString modelsDir() {
    const QString dir = QDir(dataDir()).filePath(QStringLiteral("models"));
    QDir().mkpath(dir);
    return dir;
}

QString loraDir() {
    const QString dir = QDir(modelsDir()).filePath(QStringLiteral("Lora"));
    QDir().mkpath(dir);
    return dir;
}

QString embeddingsDir() {
    const QString dir = QDir(modelsDir()).filePath(QStringLiteral("embeddings"));
    QDir().mkpath(dir);
    return dir;
}

QStringList upscalerDirs() {
    const QDir models(modelsDir());
    return {models.filePath(QStringLiteral("ESRGAN")), models.filePath(QStringLiteral("RealESRGAN")),
            models.filePath(QStringLiteral("upscale_models"))};
}

std::unique_ptr<QSettings> openSettings() {
    const QString env = qEnvironmentVariable("STIPPLE_DATA_DIR");
    if (!env.isEmpty()) {
        QDir().mkpath(env);
        return std::make_unique<QSettings>(QDir(env).filePath("settings.ini"), QSettings::IniFormat);
    }
    return std::make_unique<QSettings>(QStringLiteral("Stipple"), QStringLiteral("Stipple"));
}

QString dayFolder(const QString& root, const QDate& day) {
    return QDir(root).filePath(day.toString(QStringLiteral("yyyy-MM-dd")));
}

QStringList nextOutputPaths(const QString& root, const QDate& day, const QList<quint64>& seeds) {
    const QDir dir(dayFolder(root, day));
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)-"));
    int highest = 0;
    for (const QString& name : dir.entryList(QDir::Files)) {
        const auto m = numbered.match(name);
        if (m.hasMatch()) highest = std::max(highest, m.captured(1).toInt());
    }
    QStringList paths;
    for (quint64 seed : seeds)
        paths << dir.filePath(QStringLiteral("%1-%2.png").arg(++highest, 5, 10, QLatin1Char('0')).arg(seed));
    return paths;
}

}  // namespace stipple::ui
