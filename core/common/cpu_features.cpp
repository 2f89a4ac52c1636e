#include "common/cpu_features.h"

#include <fstream>
#include <sstream>

namespace stipple {

CpuFeatures cpu_features_from_flags_line(const std::string& line) {
    CpuFeatures features;
    const auto colon = line.find(':');
    std::istringstream words(colon == std::string::npos ? line : line.substr(colon + 1));
    std::string flag;
    while (words >> flag) features.flags.insert(flag);
    return features;
}

CpuFeatures read_cpu_features() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("flags", 0) == 0) return cpu_features_from_flags_line(line);
    return {};
}

}  // namespace stipple
