// The step timelines of recent results, kept by image path, so a gallery click shows (and File ▸
// Save step timeline saves) the timeline of the image clicked, not only of the last one. Memory is
// bounded: past `byteBudget` the oldest timelines are dropped (their images stay in the gallery).
#pragma once

#include "timeline_export.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace stipple::ui {

class TimelineLibrary {
public:
    explicit TimelineLibrary(qint64 byteBudget = 256ll << 20) : budget_(byteBudget) {}

    // The step frames of the image saved at `path` (without the result frame).
    void store(const QString& path, const QList<TimelineFrame>& steps);
    bool contains(const QString& path) const { return timelines_.contains(path); }
    QList<TimelineFrame> steps(const QString& path) const { return timelines_.value(path); }
    void remove(const QString& path);
    qint64 bytes() const { return bytes_; }
    int size() const { return static_cast<int>(timelines_.size()); }

private:
    static qint64 sizeOf(const QList<TimelineFrame>& frames);
    qint64 budget_;
    qint64 bytes_ = 0;
    QHash<QString, QList<TimelineFrame>> timelines_;
    QStringList order_;  // oldest first
};

}  // namespace stipple::ui
