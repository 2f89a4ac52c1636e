// Where a forward pass spends its time, operator by operator and by op family, for
// `stipple-cli bench --profile` (issue #21). Wraps libtorch's own (legacy) profiler for the times
// rather than timing ops by hand: it sees every aten call. A RecordFunction observer beside it
// reads the inputs of the calls that matter for a ceiling: convolution shapes, matmul FLOPs, the
// bytes the memory-bound ops move, and copies that change a 4-D tensor's memory layout.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <string>
#include <vector>

namespace stipple::nn {

struct OpTime {
    std::string name;       // aten operator, e.g. "aten::mkldnn_convolution"
    std::string shapes;     // its input shapes, e.g. "[2,320,64,64] [320,320,3,3]", when asked for
    long long calls = 0;
    double self_seconds = 0;  // time inside this op minus the ops it called
};

// Op families, the rows of bench's table: "convolution", "attention" (everything inside the
// attention core: QK^T, softmax, PV, scaling), "linear" (matmuls outside it), "group norm",
// "layer norm", "elementwise" (activations, adds, products, upsampling, padding), "copy and
// convert" (copies, dtype conversions, concatenation), "other".
std::string op_family(const std::string& op_name, bool inside_attention);

struct FamilyTime {
    std::string family;
    long long calls = 0;
    double self_seconds = 0;
    double flops = 0;  // matmul families: 2*M*N*K summed over calls
    double bytes = 0;  // memory-bound families: first input read + as much written, summed
};

// One convolution shape as the model called it, and how often.
struct ConvCall {
    std::vector<int64_t> input, weight;
    std::vector<int64_t> stride, padding, dilation;
    int64_t groups = 1;
    bool bias = false;
    at::ScalarType dtype = at::kFloat;
    bool channels_last = false;
    long long calls = 0;
};

struct ProfileReport {
    std::vector<OpTime> ops;          // sorted by self time, largest first
    std::vector<FamilyTime> families; // sorted by self time, largest first
    std::vector<ConvCall> convolutions;
    // Copies of a 4-D tensor from NCHW into channels-last memory or back (what a model whose
    // ops all keep one layout never makes).
    long long layout_conversions = 0;
};

// The name of the user scope around the attention core (nn/attention.cpp opens it).
inline constexpr const char* kAttentionScope = "stipple::attention";

// Records every operator on the calling thread (and the intra-op tasks it launches) between
// construction and stop(). One at a time per process: libtorch's profiler is process-wide.
class OpProfile {
public:
    // by_shape: one row per operator and input shapes, rather than per operator.
    explicit OpProfile(bool by_shape = false);
    ~OpProfile();
    OpProfile(const OpProfile&) = delete;
    OpProfile& operator=(const OpProfile&) = delete;

    // Ends recording.
    ProfileReport stop();

private:
    bool running_ = false;
    bool by_shape_ = false;
    uint64_t observer_ = 0;  // the RecordFunction callback handle
};

}  // namespace stipple::nn
