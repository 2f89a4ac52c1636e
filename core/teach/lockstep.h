// Lining up runs of different lengths step by step (the lockstep compare of the app and
// `stipple-cli lockstep`): by the fraction of the schedule done, so a 10-step and a 20-step run
// reach their middle and their end together.
//
// The scrubber has M = `positions` stops, 1..M (M: the longest run's step count, so every step of
// it is reachable). Position p is the fraction f = p / M; a run of N steps shows step round(f·N)
// (halves up), clamped to 1..N — in integers, so no position lands on the wrong side of a half
// through floating-point error: step = (2·p·N + M) / (2·M).
// Example, M = 20, N = 10: p = 1 → 1, 2 → 1, 3 → 2, 4 → 2, ..., 19 → 10, 20 → 10.
#pragma once

namespace stipple {

// The step (1..steps) a run of `steps` shows at `position` of `positions`; 0 when it has no steps.
int lockstep_step(int position, int positions, int steps);

}  // namespace stipple
