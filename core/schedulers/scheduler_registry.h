// The one table of Stipple's samplers: each A1111 label with the diffusers scheduler class it runs,
// that class's factory, the label's config overrides and a one-sentence teaching description.
// Construction, the label list, name lookup and the UI's tooltips all read this table.
#pragma once

#include "schedulers/scheduler.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <vector>

namespace stipple {

struct SamplerRegistryRow {
    const char* label;        // "DPM++ 2M Karras"
    const char* class_name;   // "DPMSolverMultistepScheduler"
    std::unique_ptr<Scheduler> (*make)(const nlohmann::json& resolved_config);
    nlohmann::json overrides; // {"algorithm_type": "dpmsolver++", "solver_order": 2, "use_karras_sigmas": true}
    const char* description;  // English; the UI translates it (context "SamplerCatalog"). "" for "<label> Karras" rows
};

// In display order.
const std::vector<SamplerRegistryRow>& sampler_registry();

}  // namespace stipple
