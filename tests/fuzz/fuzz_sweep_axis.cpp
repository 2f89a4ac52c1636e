// libFuzzer target: X/Y sweep axis syntax (core/teach/sweep_axis.h): `1-96:5`, `2-8[4]`, quoted
// lists, sampler names, sizes, one prompt per line. The first byte picks the axis kind; the rest is
// the values' text (also tried as an axis name). Anything must parse or throw stipple::Error; what
// parses holds 1..kMaxSweepAxisValues values that each apply to a request as a valid setting.
#include "common/error.h"
#include "teach/sweep_axis.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1) return 0;
    const auto kinds = stipple::all_sweep_axis_kinds();
    const stipple::SweepAxisKind kind = kinds[data[0] % kinds.size()];
    const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        (void)stipple::parse_sweep_axis_kind(text);
    } catch (const stipple::Error&) {
    }
    try {
        (void)stipple::split_quoted_list(text);
    } catch (const stipple::Error&) {
    }
    try {
        const stipple::SweepAxis axis = stipple::parse_sweep_axis(kind, text);
        if (axis.kind != kind || axis.values.empty() || axis.values.size() > stipple::kMaxSweepAxisValues)
            __builtin_trap();
        for (const std::string& value : axis.values) {
            stipple::GenerationRequest r;
            stipple::apply_sweep_value(r, kind, value);
            switch (kind) {
                case stipple::SweepAxisKind::Steps:
                    if (r.steps < 1 || r.steps > 1000) __builtin_trap();
                    break;
                case stipple::SweepAxisKind::Guidance:
                    if (!(r.guidance_scale >= 0 && r.guidance_scale <= 100)) __builtin_trap();
                    break;
                case stipple::SweepAxisKind::VariationStrength:
                    if (!(r.variation_strength >= 0 && r.variation_strength <= 1)) __builtin_trap();
                    break;
                case stipple::SweepAxisKind::Size:
                    if (r.width < 8 || r.width > 4096 || r.width % 8 || r.height < 8 || r.height > 4096 || r.height % 8)
                        __builtin_trap();
                    break;
                default:
                    break;
            }
        }
    } catch (const stipple::Error&) {
    }
    return 0;
}
