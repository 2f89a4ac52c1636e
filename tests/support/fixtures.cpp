#include "support/fixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
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

bool copy_tree(const QString& from, const QString& to) {
    for (QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target)) return false;
    }
    return true;
}

}  // namespace stipple::test
