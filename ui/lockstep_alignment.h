// How the lockstep compare lines up runs of different lengths on one scrubber: by the fraction of
// the schedule done (core/teach/lockstep.h has the rule, shared with `stipple-cli lockstep`), and
// which stored frame shows a step.
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
