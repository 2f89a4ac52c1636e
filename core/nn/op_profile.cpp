#include "nn/op_profile.h"

#include <torch/csrc/autograd/profiler_legacy.h>

#include <algorithm>
#include <map>

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

}  // namespace

OpProfile::OpProfile(bool by_shape) : by_shape_(by_shape) {
    prof::enableProfilerLegacy(
        torch::profiler::impl::ProfilerConfig(torch::profiler::impl::ProfilerState::CPU, by_shape));
    running_ = true;
}

OpProfile::~OpProfile() {
    if (running_) prof::disableProfilerLegacy();
}

std::vector<OpTime> OpProfile::stop() {
    if (!running_) return {};
    running_ = false;
    const prof::thread_event_lists lists = prof::disableProfilerLegacy();

    std::map<std::string, OpTime> by_name;
    for (const auto& events : lists) {
        // Push/pop ranges nest; an op's self time is its span minus its children's spans.
        struct Open {
            const prof::LegacyEvent* push;
            double child_us;
        };
        std::vector<Open> stack;
        for (const auto& e : events) {
            if (e.kind() == prof::EventKind::PushRange) {
                stack.push_back({&e, 0.0});
            } else if (e.kind() == prof::EventKind::PopRange && !stack.empty()) {
                const Open open = stack.back();
                stack.pop_back();
                const double span_us = open.push->cpuElapsedUs(e);
                const std::string shapes = by_shape_ ? shapes_text(open.push->shapes()) : "";
                OpTime& t = by_name[std::string(open.push->name()) + ' ' + shapes];
                t.name = open.push->name();
                t.shapes = shapes;
                t.calls += 1;
                t.self_seconds += (span_us - open.child_us) * 1e-6;
                if (!stack.empty()) stack.back().child_us += span_us;
            }
        }
    }
    std::vector<OpTime> out;
    for (auto& [name, t] : by_name) out.push_back(std::move(t));
    std::sort(out.begin(), out.end(), [](const OpTime& a, const OpTime& b) { return a.self_seconds > b.self_seconds; });
    return out;
}

}  // namespace stipple::nn
