// How the lockstep compare lines up runs of different lengths on one scrubber: by the fraction of
// the schedule done, so 10-step and 20-step runs reach their middle and their end together.
//
// The scrubber has `positions` = M stops, 1..M, where M is the longest run's step count (every step
// of the longest run is reachable). Position p is the fraction f = p / M; a run of N steps shows
// step round(f·N) (halves up), clamped to 1..N. Integer arithmetic, so no position lands on the
// wrong side of a half through floating-point error: step = (2·p·N + M) / (2·M).
// Example, M = 20, N = 10: p = 1 → 1, 2 → 1, 3 → 2, 4 → 2, ..., 19 → 10, 20 → 10.
#pragma once

#include "timeline_export.h"

#include <QList>

namespace stipple::ui {

// The step (1..steps) a run of `steps` shows at scrubber `position` of `positions`. 0 when the run
// has no steps.
int lockstepStep(int position, int positions, int steps);

// The scrubber position (1..positions) closest to the fraction of `position` of `oldPositions`, for
// keeping the place when the number of positions changes (a re-run adds a longer run).
int lockstepRescale(int position, int oldPositions, int positions);

// Which stored frame shows `step`: the frame of that step, else of the closest earlier step (a
// preview that was never delivered), else the first frame. `frameSteps` is ascending, as a
// timeline is. -1 when there are no frames.
int lockstepFrameIndex(const QList<int>& frameSteps, int step);

// The step frames a lockstep pane can show: those of a step >= 1 (not a result frame), ordered by
// step (stable), so the lookups above hold whatever list they were handed.
QList<TimelineFrame> lockstepStepFrames(QList<TimelineFrame> frames);

}  // namespace stipple::ui
