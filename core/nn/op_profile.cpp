#include "nn/op_profile.h"

#include <ATen/record_function.h>
#include <torch/csrc/autograd/profiler_legacy.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

namespace stipple::nn {

namespace prof = torch::autograd::profiler;

namespace {

std::string shapes_text(const std::vector<std::vector<int64_t>>& shapes) {
    std::string out;
    for (const auto& shape : shapes) {
        if (shape.empty()) continue;
        if (!out.empty()) out += ' ';
        out += '[';
        for (size_t i = 0; i < shape.size(); ++i) out += (i ? "," : "") + std::to_string(shape[i]);
        out += ']';
    }
    return out;
}

// What the observer gathers while a profile runs.
struct Observed {
    std::map<std::string, FamilyTime> work;  // family -> flops, bytes
    std::map<std::tuple<std::vector<int64_t>, std::vector<int64_t>, std::vector<int64_t>, std::vector<int64_t>,
                        std::vector<int64_t>, int64_t, bool, int, bool>,
             ConvCall>
        convolutions;
    long long layout_conversions = 0;
    int attention_depth = 0;
};

// libtorch's RecordFunction observers are plain function pointers, so they find the running
// profile's sink here. OpProfile sets it for its lifetime; the observer is thread-local (it runs
// on the profiling thread only), and one profile runs at a time, as libtorch's profiler allows.
std::atomic<Observed*> active_sink{nullptr};

bool strictly_channels_last(const at::Tensor& t) {
    return t.dim() == 4 && t.is_contiguous(at::MemoryFormat::ChannelsLast) && !t.is_contiguous();
}
bool strictly_nchw(const at::Tensor& t) {
    return t.dim() == 4 && t.is_contiguous() && !t.is_contiguous(at::MemoryFormat::ChannelsLast);
}

const at::Tensor* tensor_input(const c10::ArrayRef<const c10::IValue>& inputs, size_t i) {
    return i < inputs.size() && inputs[i].isTensor() ? &inputs[i].toTensor() : nullptr;
}

std::vector<int64_t> int_list(const c10::ArrayRef<const c10::IValue>& inputs, size_t i) {
    if (i >= inputs.size() || !inputs[i].isIntList()) return {};
    return inputs[i].toIntVector();
}

double matmul_flops(const std::string& name, const c10::ArrayRef<const c10::IValue>& in) {
    // mm(a[n,k], b[k,m]); addmm(bias, a, b); bmm(a[B,n,k], b[B,k,m]); baddbmm(bias, a, b)
    const size_t first = name == "aten::addmm" || name == "aten::baddbmm" ? 1 : 0;
    const at::Tensor* a = tensor_input(in, first);
    const at::Tensor* b = tensor_input(in, first + 1);
    if (!a || !b || a->dim() < 2 || b->dim() < 2) return 0;
    const double batch = a->dim() == 3 ? static_cast<double>(a->size(0)) : 1.0;
    return 2.0 * batch * static_cast<double>(a->size(-2)) * static_cast<double>(a->size(-1)) *
           static_cast<double>(b->size(-1));
}

// The ops whose self time is the memory-bound work (composite ops such as aten::group_norm or
// aten::to only call them): their first input is read and about as much written.
bool moves_memory(const std::string& name) {
    static const std::set<std::string> leaves = {
        "aten::native_group_norm", "aten::native_layer_norm", "aten::silu",    "aten::silu_",  "aten::gelu",
        "aten::gelu_",             "aten::add",               "aten::add_",    "aten::mul",    "aten::mul_",
        "aten::div",               "aten::div_",              "aten::sub",     "aten::_softmax", "aten::copy_",
        "aten::upsample_nearest2d", "aten::constant_pad_nd",  "aten::sigmoid", "aten::exp",    "aten::clamp",
        "stipple::group_norm"};
    return leaves.count(name) > 0;
}

std::unique_ptr<at::ObserverContext> on_start(const at::RecordFunction& fn) {
    Observed* sink = active_sink.load();
    if (!sink) return nullptr;
    const std::string name = fn.name();
    if (name == kAttentionScope) {
        ++sink->attention_depth;
        return nullptr;
    }
    const auto inputs = fn.inputs();
    const std::string family = op_family(name, sink->attention_depth > 0);
    FamilyTime& work = sink->work[family];
    if (name == "aten::mm" || name == "aten::addmm" || name == "aten::bmm" || name == "aten::baddbmm") {
        work.flops += matmul_flops(name, inputs);
    } else if (moves_memory(name)) {
        if (const at::Tensor* t = tensor_input(inputs, name == "aten::copy_" ? 1 : 0))
            work.bytes += 2.0 * static_cast<double>(t->numel()) * static_cast<double>(t->element_size());
    }
    if (name == "aten::copy_") {
        const at::Tensor* dst = tensor_input(inputs, 0);
        const at::Tensor* src = tensor_input(inputs, 1);
        if (dst && src && ((strictly_channels_last(*dst) && strictly_nchw(*src)) ||
                           (strictly_nchw(*dst) && strictly_channels_last(*src))))
            ++sink->layout_conversions;
    }
    if (name == "aten::convolution") {
        // convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups)
        const at::Tensor* x = tensor_input(inputs, 0);
        const at::Tensor* w = tensor_input(inputs, 1);
        if (x && w && inputs.size() >= 9 && inputs[8].isInt()) {
            ConvCall c;
            c.input = x->sizes().vec();
            c.weight = w->sizes().vec();
            c.stride = int_list(inputs, 3);
            c.padding = int_list(inputs, 4);
            c.dilation = int_list(inputs, 5);
            c.groups = inputs[8].toInt();
            c.bias = tensor_input(inputs, 2) != nullptr;
            c.dtype = x->scalar_type();
            c.channels_last = x->suggest_memory_format() == at::MemoryFormat::ChannelsLast ||
                              w->suggest_memory_format() == at::MemoryFormat::ChannelsLast;
            ConvCall& seen = sink->convolutions[{c.input, c.weight, c.stride, c.padding, c.dilation, c.groups, c.bias,
                                                 static_cast<int>(c.dtype), c.channels_last}];
            if (seen.calls == 0) seen = c;
            ++seen.calls;
        }
    }
    return nullptr;
}

void on_end(const at::RecordFunction& fn, at::ObserverContext*) {
    Observed* sink = active_sink.load();
    if (sink && std::strcmp(fn.name(), kAttentionScope) == 0 && sink->attention_depth > 0) --sink->attention_depth;
}

}  // namespace

std::string op_family(const std::string& op, bool inside_attention) {
    if (inside_attention) return "attention";
    if (op == kAttentionScope) return "attention";
    auto is = [&](std::initializer_list<const char*> names) {
        for (const char* n : names)
            if (op == n) return true;
        return false;
    };
    if (op.find("conv") != std::string::npos) return "convolution";
    if (is({"aten::mm", "aten::addmm", "aten::bmm", "aten::baddbmm", "aten::matmul", "aten::linear"})) return "linear";
    if (is({"aten::native_group_norm", "aten::group_norm", "stipple::group_norm"})) return "group norm";
    if (is({"aten::native_layer_norm", "aten::layer_norm"})) return "layer norm";
    if (is({"aten::copy_", "aten::_to_copy", "aten::to", "aten::contiguous", "aten::clone", "aten::cat", "aten::_cat"}))
        return "copy and convert";
    if (is({"aten::silu", "aten::silu_", "aten::gelu", "aten::gelu_", "aten::add", "aten::add_", "aten::mul",
            "aten::mul_", "aten::div", "aten::div_", "aten::sub", "aten::rsub", "aten::upsample_nearest2d",
            "aten::constant_pad_nd", "aten::softmax", "aten::_softmax", "aten::sigmoid", "aten::exp", "aten::erf",
            "aten::tanh", "aten::clamp", "aten::neg", "aten::pow", "aten::sqrt", "aten::rsqrt"}))
        return "elementwise";
    return "other";
}

OpProfile::OpProfile(bool by_shape) : by_shape_(by_shape) {
    active_sink.store(new Observed());
    observer_ = at::addThreadLocalCallback(
        at::RecordFunctionCallback(&on_start, &on_end)
            .needsInputs(true)
            .scopes({at::RecordScope::FUNCTION, at::RecordScope::USER_SCOPE}));
    prof::enableProfilerLegacy(
        torch::profiler::impl::ProfilerConfig(torch::profiler::impl::ProfilerState::CPU, by_shape));
    running_ = true;
}

OpProfile::~OpProfile() {
    if (running_) {
        prof::disableProfilerLegacy();
        at::removeCallback(observer_);
        delete active_sink.exchange(nullptr);
    }
}

ProfileReport OpProfile::stop() {
    if (!running_) return {};
    running_ = false;
    const prof::thread_event_lists lists = prof::disableProfilerLegacy();
    at::removeCallback(observer_);
    std::unique_ptr<Observed> observed(active_sink.exchange(nullptr));

    std::map<std::string, OpTime> by_name;
    std::map<std::string, FamilyTime> by_family;
    for (const auto& events : lists) {
        // Push/pop ranges nest; an op's self time is its span minus its children's spans.
        struct Open {
            const prof::LegacyEvent* push;
            double child_us;
        };
        std::vector<Open> stack;
        int attention_depth = 0;
        for (const auto& e : events) {
            if (e.kind() == prof::EventKind::PushRange) {
                stack.push_back({&e, 0.0});
                if (std::strcmp(e.name(), kAttentionScope) == 0) ++attention_depth;
            } else if (e.kind() == prof::EventKind::PopRange && !stack.empty()) {
                const Open open = stack.back();
                stack.pop_back();
                const std::string name = open.push->name();
                if (name == kAttentionScope) --attention_depth;
                const double span_us = open.push->cpuElapsedUs(e);
                const double self_seconds = (span_us - open.child_us) * 1e-6;
                const std::string shapes = by_shape_ ? shapes_text(open.push->shapes()) : "";
                OpTime& t = by_name[name + ' ' + shapes];
                t.name = name;
                t.shapes = shapes;
                t.calls += 1;
                t.self_seconds += self_seconds;
                FamilyTime& f = by_family[op_family(name, attention_depth > 0)];
                f.calls += 1;
                f.self_seconds += self_seconds;
                if (!stack.empty()) stack.back().child_us += span_us;
            }
        }
    }
    ProfileReport report;
    for (auto& [name, t] : by_name) report.ops.push_back(std::move(t));
    std::sort(report.ops.begin(), report.ops.end(),
              [](const OpTime& a, const OpTime& b) { return a.self_seconds > b.self_seconds; });
    for (auto& [family, f] : by_family) {
        f.family = family;
        if (observed) {
            const auto it = observed->work.find(family);
            if (it != observed->work.end()) f.flops = it->second.flops, f.bytes = it->second.bytes;
        }
        report.families.push_back(f);
    }
    std::sort(report.families.begin(), report.families.end(),
              [](const FamilyTime& a, const FamilyTime& b) { return a.self_seconds > b.self_seconds; });
    if (observed) {
        for (auto& [key, c] : observed->convolutions) report.convolutions.push_back(c);
        report.layout_conversions = observed->layout_conversions;
    }
    return report;
}

}  // namespace stipple::nn
