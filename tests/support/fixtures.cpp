#include "support/fixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdlib>

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

double mean_abs_difference(const Image& a, const Image& b) {
    if (a.empty() || b.empty()) return 255;
    double sum = 0;
    for (int y = 0; y < b.height; ++y)
        for (int x = 0; x < b.width; ++x) {
            const size_t ai = (static_cast<size_t>(y * a.height / b.height) * a.width + x * a.width / b.width) * 3;
            const size_t bi = (static_cast<size_t>(y) * b.width + x) * 3;
            for (int c = 0; c < 3; ++c) sum += std::abs(int(a.rgb[ai + c]) - int(b.rgb[bi + c]));
        }
    return sum / (static_cast<double>(b.width) * b.height * 3);
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
