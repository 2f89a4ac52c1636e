// Saving the preview timeline of the last generation (every step's preview, then the result) as
// an animated GIF or an MP4, each frame labelled as the timeline slider labels it: the classroom's
// "how noise becomes an image" in one file. The encoders are core's (image/timeline_export).
#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QThread;

namespace stipple::ui {

struct TimelineFrame {
    QImage image;
    QString label;  // e.g. "Step 5/20 · x₀"
    int step = 0;   // the step it shows; 0 for the result
    double timestep = -1;  // the sampler's model timestep of that step (PreviewFrame::timestep); -1 unknown
};

// Every frame scaled to the largest frame's size (latent previews are 8x smaller than the result),
// enlarged by a whole factor to at least 256 px wide, with its label in a strip underneath.
// Empty for no frames.
QList<QImage> labelledTimelineFrames(const QList<TimelineFrame>& frames);

// Writes the frames to `path`: a GIF for ".gif", an MP4 for ".mp4", `frameMs` per frame.
// Returns an empty string on success, else a message for the user (the file is then not written).
// `note`, when given, says what the user should know of a saved file (an MP4 not in H.264).
QString writeTimeline(const QString& path, const QList<QImage>& frames, int frameMs, QString* note = nullptr);

// Labels and encodes a timeline on a thread of its own (about a second at 512x512), so the window
// keeps painting; no libtorch there, so it never competes with the generation worker.
class TimelineExporter : public QObject {
    Q_OBJECT
public:
    explicit TimelineExporter(QObject* parent = nullptr);
    ~TimelineExporter() override;  // waits: a file being written is finished, not cut short

    bool isBusy() const { return thread_ != nullptr; }
    // False when an export is still running. The result pauses on the last frame.
    bool start(const QList<TimelineFrame>& frames, const QString& path);
    // The same for frames that `compose` makes on the export thread (another view's movie, e.g.
    // the lockstep compare's runs side by side), 250 ms apart, as they come.
    bool start(std::function<QList<QImage>()> compose, const QString& path);

Q_SIGNALS:
    void finished(const QString& path, const QString& error, const QString& note);  // error empty: saved

private:
    QThread* thread_ = nullptr;
};

}  // namespace stipple::ui
