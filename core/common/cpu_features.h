// What this CPU can do, read once from /proc/cpuinfo's "flags" line (Linux).
#pragma once

#include <set>
#include <string>

namespace stipple {

struct CpuFeatures {
    std::set<std::string> flags;  // e.g. "avx2", "avx512f", "avx512_bf16"
    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
};

// The first processor's flags; empty when /proc/cpuinfo cannot be read.
CpuFeatures read_cpu_features();
// Parses one "flags : fpu vme ..." line (exposed for tests).
CpuFeatures cpu_features_from_flags_line(const std::string& line);
// The first processor's "model name" (e.g. "AMD EPYC 9R45"); "" when unknown.
std::string cpu_model_name();
// Physical cores of this machine (falls back to logical CPUs).
int physical_core_count();

}  // namespace stipple
