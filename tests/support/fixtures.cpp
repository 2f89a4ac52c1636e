#include "support/fixtures.h"

#include <QDir>
#include <QFileInfo>

namespace stipple::test {

QString shared_dir() {
    QString dir = qEnvironmentVariable("STIPPLE_SHARED_DIR", QStringLiteral(STIPPLE_SHARED_DIR_DEFAULT));
    QFileInfo info(dir);
    return info.isDir() ? info.canonicalFilePath() : QString();
}

std::string shared_path(const QString& relative) {
    return (shared_dir() + QLatin1Char('/') + relative).toStdString();
}

std::string source_path(const QString& relative) {
    return (QStringLiteral(STIPPLE_SOURCE_DIR) + QLatin1Char('/') + relative).toStdString();
}

}  // namespace stipple::test
