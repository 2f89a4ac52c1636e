// eval-builtin: generates held-out prompt x seed samples with the built-in model and scores each
// image against its prompt with the OpenCV checker (per-attribute accuracy, speed, failure sheet).
#pragma once

#include "scenes/scene_caption.h"
#include "training/builtin_configs.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace stipple::training {

struct EvalOptions {
    std::string model_dir;          // "" = the shipped built-in model
    int samples = 400;
    uint64_t seed = 20261121;       // prompts and image seeds derive from this
    int steps = 0;                  // 0 = the model's recommendation (model_index.json), else kRecommendedSteps
    double cfg = -1;                // < 0 = likewise, else kRecommendedCfg
    std::string scheduler = "DPM++ 2M Karras";
    double two_object_share = 0.4;
    int batch = 16;                 // images per generate() call
    int latency_runs = 5;           // one-prompt runs timed for latency_ms (0 = not measured)
    std::string sheet;              // PNG contact sheet of failures ("" = none)
    // How the prompts are said: Unseen = phrasings never trained on (scene_caption.h), PositionFirst,
    // Tags; Trained = the grammar's usual sentences.
    scenes::WordOrder order = scenes::WordOrder::Trained;
    bool vae_roundtrip = false;     // score VAE reconstructions of the ground-truth renders instead of generations
    std::function<void(const std::string&)> log;
};

struct Tally {
    int right = 0, total = 0;
    void add(bool ok) { right += ok ? 1 : 0, ++total; }
    double rate() const { return total ? static_cast<double>(right) / total : 0.0; }
};

struct EvalReport {
    int one_object = 0, two_objects = 0;
    Tally background, color, shape, size, position, extra_object, all_one;  // one-object prompts
    Tally two_background, colors_present, bound, placement, all_two;        // two-object prompts
    int steps = 0;                  // the evaluation's sampler settings, for the report
    double cfg = 0;
    std::string scheduler;
    double seconds_per_image = 0;   // batched generation
    double latency_ms = 0;          // one prompt at the evaluation's steps and CFG (median of 5 runs, model loaded)
    int failures = 0;
    // Chance levels from the evaluated model's own vocabulary (a reduced one, as the class preset's,
    // has higher ones): guessing uniformly among its colors, shapes, sizes and positions. The object's
    // color is never the background's, so a guess among the other colors: 1 / (colors - 1).
    int colors = 0, shapes = 0, sizes = 0, positions = 0;
    double chance_background = 0, chance_color = 0, chance_shape = 0, chance_size = 0, chance_position = 0;
};

EvalReport evaluate_builtin(const EvalOptions& options);
// The report as the lines eval-builtin prints.
std::string format_report(const EvalReport& report);

}  // namespace stipple::training
