// The options every generating stipple-cli command shares (model, prompt, seed, steps, cfg,
// scheduler, size, img2img…) and turning them into a GenerationRequest and PipelineOptions,
// so `generate`, `sweep`, `timeline` and `triage` read the same flags the same way.
#pragma once

#include "cli/args.h"
#include "common/generation_request.h"
#include "pipeline/pipeline.h"
#include "service/generation_service.h"

#include <optional>
#include <string>
#include <vector>

namespace stipple::cli {

// --model … --random-weights, in help order.
std::vector<OptionSpec> request_option_specs();
// `request_option_specs()` followed by `extra`.
std::vector<OptionSpec> with_request_options(std::vector<OptionSpec> extra);

// The request the flags describe; no --seed draws a random one. Throws stipple::Error on bad values.
GenerationRequest build_request(const Args& args);
// --dtype, --config, --random-weights, --vae-tiling, --threads (absent: chosen for the model).
LoadSettings load_settings(const Args& args);
// --model, or the built-in model.
std::string model_path(const Args& args);
// Loads model_path(args) with load_settings(args) into `service` and, unless --quiet, says on
// stderr what runs: "stipple-cli <command>: <model> (SD 1.x, fp32), 2 threads".
const ModelInfo& load_model(GenerationService& service, const Args& args, const std::string& command);
// The loaded model's recommended guidance scale and step count (ModelInfo::recommended_*) where the
// command line gave no --cfg / --steps; says so on stderr unless --quiet. Returns whether it changed `r`.
bool apply_model_recommendations(GenerationRequest& r, const ModelInfo& info, const Args& args);

// "step 3/20  t=854" on one stderr line, rewritten each step (nothing when quiet).
class StepProgress : public StepObserver {
public:
    explicit StepProgress(bool quiet) : quiet_(quiet) {}
    void on_step(const StepInfo& info) override;

private:
    bool quiet_;
};

// One generation that Ctrl+C stops cleanly, its step line ended (unless quiet). A cancelled run
// prints "stipple-cli <command>: cancelled after N steps; nothing written" and returns nullopt
// (the command then exits 130).
std::optional<GenerationResult> generate_interruptible(Pipeline& pipeline, const GenerationRequest& request,
                                                       StepObserver* observer, bool quiet, const std::string& command);

// While it lives, Ctrl+C sets `control.cancel` (the run then stops cleanly after the current step).
class CancelOnInterrupt {
public:
    explicit CancelOnInterrupt(RunControl& control);
    ~CancelOnInterrupt();
    CancelOnInterrupt(const CancelOnInterrupt&) = delete;
    CancelOnInterrupt& operator=(const CancelOnInterrupt&) = delete;
};

}  // namespace stipple::cli
