// Lining runs up by fraction of the schedule (see lockstep.h).
#include "teach/lockstep.h"

#include <algorithm>
#include <cstdint>

namespace stipple {

int lockstep_step(int position, int positions, int steps) {
    if (steps <= 0) return 0;
    if (positions <= 0) return 1;
    const int64_t p = std::clamp(position, 1, positions);
    // round(p / M · N), halves up; int64 so p·N cannot overflow for any real step count.
    const int64_t step = (2 * p * steps + positions) / (2 * int64_t{positions});
    return static_cast<int>(std::clamp<int64_t>(step, 1, steps));
}

}  // namespace stipple
