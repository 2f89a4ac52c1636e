// The lockstep compare as one movie: at every scrubber position the runs' frames side by side,
// each labelled under it as the timeline export labels a frame (timeline_export.h); the
// TimelineExporter writes them as an animated GIF or an MP4 on its thread.
#pragma once

#include "timeline_export.h"

#include <QImage>
#include <QList>

namespace stipple::ui {

// `panes[i][p]` is run i's frame at position p (every pane has as many). Each pane is labelled and
// enlarged by labelledTimelineFrames, the panes are put side by side on a white ground, 8 px
// apart, top-aligned. Empty when there are no panes or positions.
// The last position is repeated three times more, so the movie pauses on the end.
QList<QImage> lockstepMovieFrames(const QList<QList<TimelineFrame>>& panes);

}  // namespace stipple::ui
