// One axis of an X/Y sweep (A1111's X/Y plot): which request field it varies and the values,
// parsed from text such as `1-96:5`, `2-20:3`, `"Euler a", "DPM++ 2M Karras"` or one prompt per line.
#pragma once

#include "common/generation_request.h"

#include <string>
#include <vector>

namespace stipple {

// VariationSeed, VariationStrength: A1111's "Variation seed" / "Variation seed strength" (the
// request's variation_seeds = {value} / variation_strength). Model: A1111's "Checkpoint name" —
// not a request field but which model renders the cell (SweepCell::model; values are paths).
enum class SweepAxisKind { Seed, Steps, Guidance, Scheduler, Prompt, NegativePrompt, Size, VariationSeed, VariationStrength, Model };

struct SweepAxis {
    SweepAxisKind kind = SweepAxisKind::Seed;
    // Normalised values, one per column/row: "42", "20", "7.5", "DPM++ 2M Karras", a prompt, "512x768".
    std::vector<std::string> values;
};

// At most this many values on one axis (a grid beyond it is a typo, not a plot).
constexpr size_t kMaxSweepAxisValues = 256;

// "seed", "steps", "cfg" (also "guidance", "guidance-scale", "cfg-scale"), "scheduler" (also
// "sampler"), "prompt", "negative" (also "negative-prompt"), "size", "variation-seed" (also
// "subseed"), "variation-strength" (also "subseed-strength"), "model" (also "checkpoint");
// case-insensitive.
// Throws stipple::Error listing the accepted names.
SweepAxisKind parse_sweep_axis_kind(const std::string& name);
// The CLI name ("seed", "steps", "cfg", ...), and the title drawn on a grid ("Seed", "CFG scale", ...).
std::string sweep_axis_name(SweepAxisKind kind);
std::string sweep_axis_title(SweepAxisKind kind);
std::vector<SweepAxisKind> all_sweep_axis_kinds();

// Parses the values of an axis. Prompt and negative prompt: one value per non-empty line (commas are
// part of prompts). Model: model paths (a .safetensors file or a diffusers folder), one per line,
// or on one line a comma-separated list (quote a path that holds a comma); whether they exist is
// checked when the sweep starts (check_sweep_models), not here. Every other kind: a comma-separated list (items may be double-quoted, `\"`
// inside quotes) whose numeric items may be ranges:
//   integers (seed, steps, size, variation seed):  `a-b` (step 1), `a-b:step`, `a-b[count]` (count evenly spaced values)
//   numbers  (cfg, variation strength):            `a-b:step`, `a-b[count]`
// Ranges include both ends when the step lands on them and run downwards when a > b. Size items
// are `WxH` or `N` (= NxN; ranges give squares), multiples of 8. Values are range-checked (steps
// 1–1000, cfg 0–100, size 8–4096, variation strength 0–1). Throws stipple::Error quoting the offending item.
SweepAxis parse_sweep_axis(SweepAxisKind kind, const std::string& text);

// Splits `a, "b, c", d` at commas outside double quotes; items trimmed and unquoted.
// Throws stipple::Error for an unterminated quote.
std::vector<std::string> split_quoted_list(const std::string& text);

// Sets the axis field of `request` to `value` (one of the axis's normalised values). A Model value
// changes no request field (make_sweep_plan puts it in SweepCell::model).
void apply_sweep_value(GenerationRequest& request, SweepAxisKind kind, const std::string& value);

// How a value is shown on a grid: a Model value by its file or folder name without the extension
// (the path stays in the saved record), every other value as it is.
std::string sweep_value_label(SweepAxisKind kind, const std::string& value);

}  // namespace stipple
