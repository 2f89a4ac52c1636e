#include "common/process_stats.h"

#include <fstream>
#include <sstream>
#include <string>

namespace stipple {

namespace {

// One "Key:   123 kB" line of /proc/self/status, in bytes.
int64_t status_kib_field(const std::string& key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(key + ":", 0) != 0) continue;
        std::istringstream fields(line.substr(key.size() + 1));
        int64_t kib = 0;
        fields >> kib;
        return kib * 1024;
    }
    return 0;
}

}  // namespace

int64_t current_rss_bytes() { return status_kib_field("VmRSS"); }
int64_t peak_rss_bytes() { return status_kib_field("VmHWM"); }

}  // namespace stipple
