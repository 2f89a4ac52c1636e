// Timelines of recent results (see timeline_library.h).
#include "timeline_library.h"

namespace stipple::ui {

qint64 TimelineLibrary::sizeOf(const QList<TimelineFrame>& frames) {
    qint64 n = 0;
    for (const TimelineFrame& f : frames) n += f.image.sizeInBytes();
    return n;
}

void TimelineLibrary::store(const QString& path, const QList<TimelineFrame>& steps) {
    if (path.isEmpty() || steps.isEmpty()) return;
    remove(path);
    const qint64 size = sizeOf(steps);
    if (size > budget_) return;  // one timeline larger than the whole budget is not kept
    while (bytes_ + size > budget_ && !order_.isEmpty()) remove(order_.front());
    timelines_.insert(path, steps);
    order_ << path;
    bytes_ += size;
}

void TimelineLibrary::remove(const QString& path) {
    const auto it = timelines_.find(path);
    if (it == timelines_.end()) return;
    bytes_ -= sizeOf(*it);
    timelines_.erase(it);
    order_.removeOne(path);
}

}  // namespace stipple::ui
