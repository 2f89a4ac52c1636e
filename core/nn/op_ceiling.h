// What each op family of a profiled run would cost at this machine's best measured rate: the
// `bench --ceiling` column (issue #21), so the gap left is visible per family.
//   convolution                each recorded shape timed alone, in whichever layout runs it faster;
//   attention, linear          their matmul FLOPs at a large square matmul's measured rate (the
//                              softmax and scaling inside attention are not in the ceiling);
//   norms, elementwise, copies the bytes they read and write at a large copy's measured bandwidth.
// A ratio (ceiling / measured) near 1 means the family runs as fast as this CPU allows.
#pragma once

#include "nn/op_profile.h"

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace stipple::nn {

struct MachineRates {
    double matmul_flops_per_second = 0;  // a 2048^3 matmul in the dtype, best of 3
    double copy_bytes_per_second = 0;    // a 256 MiB copy (read + write), best of 3
};
MachineRates measure_machine_rates(at::ScalarType dtype);

// Sum over the calls of each shape's best time alone (NCHW or channels-last, best of 3).
double convolution_ceiling_seconds(const std::vector<ConvCall>& convolutions);

struct FamilyCeiling {
    std::string family;
    double seconds = -1;  // < 0: no ceiling for this family ("other")
};
std::vector<FamilyCeiling> family_ceilings(const ProfileReport& report, const MachineRates& rates);

}  // namespace stipple::nn
