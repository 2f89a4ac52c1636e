#include "timeline_export.h"

#include <QThread>

#include <memory>

#include "image/timeline_export.h"
#include "image_convert.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <exception>
#include <vector>

namespace stipple::ui {

QList<QImage> labelledTimelineFrames(const QList<TimelineFrame>& frames) {
    QSize size;
    for (const TimelineFrame& f : frames) size = size.expandedTo(f.image.size());
    QList<QImage> out;
    if (frames.isEmpty() || size.isEmpty()) return out;
    // Small images (the built-in model's 64x64) are enlarged by a whole factor to at least 256 px
    // wide, so a class can see them and their labels fit.
    const int factor = (256 + size.width() - 1) / size.width();
    if (factor > 1) size *= factor;
    QFont font;
    font.setPixelSize(std::max(11, size.height() / 24));
    for (const TimelineFrame& f : frames)  // one size for every label: the widest must fit
        while (font.pixelSize() > 7 && QFontMetrics(font).horizontalAdvance(f.label) > size.width() - 8)
            font.setPixelSize(font.pixelSize() - 1);
    const int strip = QFontMetrics(font).height() + 8;
    for (const TimelineFrame& f : frames) {
        QImage frame(size.width(), size.height() + strip, QImage::Format_RGB888);
        frame.fill(Qt::white);
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        if (!f.image.isNull()) p.drawImage(QRect(QPoint(0, 0), size), f.image);
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(QRect(4, size.height(), size.width() - 8, strip), Qt::AlignLeft | Qt::AlignVCenter, f.label);
        p.end();
        out << frame;
    }
    return out;
}

QString writeTimeline(const QString& path, const QList<QImage>& frames, int frameMs, QString* note) {
    if (frames.isEmpty())
        return QCoreApplication::translate("TimelineExport", "There is no timeline to save yet: generate an image first.");
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("gif") && suffix != QLatin1String("mp4"))
        return QCoreApplication::translate("TimelineExport",
                                           "Choose a file name ending in .gif (animated GIF) or .mp4 (video).");
    std::vector<stipple::Image> images;
    images.reserve(static_cast<size_t>(frames.size()));
    for (const QImage& f : frames) images.push_back(from_qimage(f));
    try {
        if (suffix == QLatin1String("gif"))
            stipple::write_gif(path.toStdString(), images, frameMs);
        else if (stipple::write_mp4(path.toStdString(), images, 1000.0 / std::max(1, frameMs)) != "H.264" && note)
            *note = QCoreApplication::translate("TimelineExport",
                                                "Saved as MPEG-4 Part 2: this system's OpenCV has no H.264 encoder, so "
                                                "browsers and slide software may not play it. GIF plays everywhere.");
    } catch (const std::exception& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

TimelineExporter::TimelineExporter(QObject* parent) : QObject(parent) {}

TimelineExporter::~TimelineExporter() {
    if (!thread_) return;
    thread_->wait();
    delete thread_;
}

bool TimelineExporter::start(const QList<TimelineFrame>& frames, const QString& path) {
    return start(
        [frames] {
            QList<QImage> images = labelledTimelineFrames(frames);
            if (!images.isEmpty()) images << images.last() << images.last() << images.last();  // pause on the result
            return images;
        },
        path);
}

bool TimelineExporter::start(std::function<QList<QImage>()> compose, const QString& path) {
    if (thread_) return false;
    auto error = std::make_shared<QString>();
    auto note = std::make_shared<QString>();
    thread_ = QThread::create([compose = std::move(compose), path, error, note] {
        *error = writeTimeline(path, compose(), 250, note.get());
    });
    connect(thread_, &QThread::finished, this, [this, path, error, note] {
        thread_->deleteLater();
        thread_ = nullptr;
        Q_EMIT finished(path, *error, *note);
    });
    thread_->start();
    return true;
}

}  // namespace stipple::ui
