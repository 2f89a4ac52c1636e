// Where a forward pass spends its time, operator by operator, for `stipple-cli bench --profile`.
// Wraps libtorch's own (legacy) profiler rather than timing ops by hand: it sees every aten call.
#pragma once

#include <string>
#include <vector>

namespace stipple::nn {

struct OpTime {
    std::string name;       // aten operator, e.g. "aten::mkldnn_convolution"
    std::string shapes;     // its input shapes, e.g. "[2,320,64,64] [320,320,3,3]", when asked for
    long long calls = 0;
    double self_seconds = 0;  // time inside this op minus the ops it called
};

// Records every operator on the calling thread (and the intra-op tasks it launches) between
// construction and stop(). One at a time per process.
class OpProfile {
public:
    // by_shape: one row per operator and input shapes, rather than per operator.
    explicit OpProfile(bool by_shape = false);
    ~OpProfile();
    OpProfile(const OpProfile&) = delete;
    OpProfile& operator=(const OpProfile&) = delete;

    // Ends recording; operators sorted by self time, largest first.
    std::vector<OpTime> stop();

private:
    bool running_ = false;
    bool by_shape_ = false;
};

}  // namespace stipple::nn
