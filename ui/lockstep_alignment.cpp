// Lining runs up by fraction of the schedule (see lockstep_alignment.h).
#include "lockstep_alignment.h"

#include "teach/lockstep.h"

#include <algorithm>

namespace stipple::ui {

int lockstepStep(int position, int positions, int steps) { return stipple::lockstep_step(position, positions, steps); }

int lockstepRescale(int position, int oldPositions, int positions) {
    if (positions <= 0) return 1;
    if (oldPositions <= 0) return positions;
    return lockstepStep(position, oldPositions, positions);
}

int lockstepFrameIndex(const QList<int>& frameSteps, int step) {
    if (frameSteps.isEmpty()) return -1;
    // The last frame whose step is <= `step` (binary search over the ascending steps).
    const auto it = std::upper_bound(frameSteps.begin(), frameSteps.end(), step);
    if (it == frameSteps.begin()) return 0;
    return static_cast<int>(it - frameSteps.begin()) - 1;
}

QList<TimelineFrame> lockstepStepFrames(QList<TimelineFrame> frames) {
    frames.removeIf([](const TimelineFrame& f) { return f.step < 1; });
    std::stable_sort(frames.begin(), frames.end(), [](const TimelineFrame& a, const TimelineFrame& b) { return a.step < b.step; });
    return frames;
}

}  // namespace stipple::ui
