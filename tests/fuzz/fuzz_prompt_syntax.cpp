// libFuzzer target: AUTOMATIC1111 prompt syntax (core/text/prompt_parser.h). Any bytes must give a
// result or stipple::Error, within bounded time and memory: attention runs, the prompt-editing
// schedule for a step count taken from the input, and the AND split.
#include "common/error.h"
#include "text/prompt_parser.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const int steps = 1 + data[0] % 64;
    const std::string prompt(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const auto runs = stipple::parse_prompt_attention(prompt);
        if (runs.empty()) __builtin_trap();  // A1111 always returns at least [["", 1.0]]
    } catch (const stipple::Error&) {
    }
    try {
        const auto schedule = stipple::prompt_schedule(prompt, steps);
        if (schedule.empty() || schedule.back().end_at_step != steps) __builtin_trap();  // the last entry ends at `steps`
        for (int step = 0; step < steps; ++step) (void)stipple::scheduled_text_at(schedule, step);
    } catch (const stipple::Error&) {
    }
    try {
        const auto parts = stipple::split_and(prompt);
        if (parts.empty()) __builtin_trap();
    } catch (const stipple::Error&) {
    }
    return 0;
}
