// Memory figures of this process, for `stipple-cli bench` (Linux: /proc/self/status).
#pragma once

#include <cstdint>

namespace stipple {

// Resident set size now and its peak so far (VmRSS / VmHWM), in bytes; 0 when unknown.
int64_t current_rss_bytes();
int64_t peak_rss_bytes();

}  // namespace stipple
