// Saving the preview timeline of the last generation (every step's preview, then the result) as
// an animated GIF or an MP4, each frame labelled as the timeline slider labels it: the classroom's
// "how noise becomes an image" in one file. The encoders are core's (image/timeline_export).
#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace stipple::ui {

struct TimelineFrame {
    QImage image;
    QString label;  // e.g. "Step 5/20 · x₀"
};

// Every frame scaled to the largest frame's size (latent previews are 8x smaller than the result),
// enlarged by a whole factor to at least 256 px wide, with its label in a strip underneath.
// Empty for no frames.
QList<QImage> labelledTimelineFrames(const QList<TimelineFrame>& frames);

// Writes the frames to `path`: a GIF for ".gif", an MP4 for ".mp4", `frameMs` per frame.
// Returns an empty string on success, else a message for the user (the file is then not written).
QString writeTimeline(const QString& path, const QList<QImage>& frames, int frameMs);

}  // namespace stipple::ui
