#include "common/cpu_features.h"

#include <fstream>
#include <sstream>
#include <cstdlib>
#include <thread>
#include <utility>

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

std::string cpu_model_name() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) != 0) continue;
        const auto colon = line.find(':');
        if (colon == std::string::npos) return {};
        const auto start = line.find_first_not_of(" \t", colon + 1);
        return start == std::string::npos ? std::string() : line.substr(start);
    }
    return {};
}

int physical_core_count() {
    // /proc/cpuinfo pairs "physical id" with "core id"; SMT siblings share both.
    std::ifstream in("/proc/cpuinfo");
    std::set<std::pair<int, int>> cores;
    std::string line;
    int physical = 0;
    while (std::getline(in, line)) {
        auto value = [&]() { return std::atoi(line.substr(line.find(':') + 1).c_str()); };
        if (line.rfind("physical id", 0) == 0) physical = value();
        if (line.rfind("core id", 0) == 0) cores.insert({physical, value()});
    }
    if (!cores.empty()) return static_cast<int>(cores.size());
    const unsigned logical = std::thread::hardware_concurrency();
    return logical ? static_cast<int>(logical) : 1;
}

}  // namespace stipple
