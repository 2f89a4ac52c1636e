// Making schedulers by diffusers class name or A1111 label ("DPM++ 2M Karras"), with diffusers'
// from_config semantics for the model's scheduler_config.json; the label list for UIs and the
// reverse lookup (class + config -> label) for PNG metadata.
#pragma once

#include "schedulers/scheduler.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <vector>

namespace stipple {

// `name`: a diffusers class name ("DPMSolverMultistepScheduler"), an A1111 label ("DPM++ 2M Karras",
// also any "<label> Karras" whose class supports Karras sigmas), or empty for the model's own
// `_class_name`. `model_scheduler_config` is the model's scheduler_config.json as read; `overrides`
// (an object, may be empty/null) go on top of the label's own overrides, e.g.
// {"timestep_spacing": "trailing"}, {"use_karras_sigmas": true}, {"prediction_type": "v_prediction"}.
// Override keys must be arguments of the class. Throws stipple::Error listing the accepted names/values.
std::unique_ptr<Scheduler> make_scheduler(const std::string& name, const nlohmann::json& model_scheduler_config,
                                          const nlohmann::json& overrides = nlohmann::json::object());

// Builds a scheduler from an already resolved config (see resolve_scheduler_config).
std::unique_ptr<Scheduler> make_scheduler_from_resolved(const std::string& class_name, const nlohmann::json& config);

struct SamplerLabel {
    std::string label;          // "DPM++ 2M Karras"
    std::string class_name;     // "DPMSolverMultistepScheduler"
    nlohmann::json overrides;   // {"algorithm_type": "dpmsolver++", "solver_order": 2, "use_karras_sigmas": true}
    std::string description;    // one teaching sentence (English, from the registry); "" for Karras variants
};

// The A1111 labels offered in UIs, in display order.
const std::vector<SamplerLabel>& sampler_labels();
std::vector<std::string> sampler_display_names();
// The label entry for `name` (label, case-insensitive, or "<label> Karras"); false when unknown.
bool find_sampler_label(const std::string& name, SamplerLabel& out);

// Reverse lookup for metadata: A1111's "Sampler" and "Schedule type" of a class + effective config
// ("DPM++ 2M" + "Karras"; schedule_type is empty when the default schedule is used). `label` is the
// combined display label ("DPM++ 2M Karras"); unknown combinations fall back to the class name.
struct SamplerDescription {
    std::string label;
    std::string sampler;
    std::string schedule_type;
};
SamplerDescription describe_sampler(const std::string& class_name, const nlohmann::json& config);

}  // namespace stipple
