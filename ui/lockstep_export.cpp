// The lockstep compare as one GIF/MP4 (see lockstep_export.h).
#include "lockstep_export.h"

#include <QPainter>

#include <algorithm>

namespace stipple::ui {

QList<QImage> lockstepMovieFrames(const QList<QList<TimelineFrame>>& panes) {
    QList<QList<QImage>> labelled;
    int count = -1;
    for (const QList<TimelineFrame>& pane : panes) {
        labelled << labelledTimelineFrames(pane);
        count = count < 0 ? static_cast<int>(labelled.back().size()) : std::min(count, static_cast<int>(labelled.back().size()));
    }
    QList<QImage> out;
    if (count <= 0) return out;
    constexpr int kGap = 8;
    int width = -kGap, height = 0;
    for (const QList<QImage>& pane : labelled) {
        width += pane.front().width() + kGap;
        height = std::max(height, pane.front().height());
    }
    for (int p = 0; p < count; ++p) {
        QImage frame(width, height, QImage::Format_RGB888);
        frame.fill(Qt::white);
        QPainter painter(&frame);
        int x = 0;
        for (const QList<QImage>& pane : labelled) {
            painter.drawImage(x, 0, pane[p]);
            x += pane.front().width() + kGap;
        }
        painter.end();
        out << frame;
    }
    out << out.last() << out.last() << out.last();  // pause on the end
    return out;
}

}  // namespace stipple::ui
