// Scheduler config resolution with diffusers 0.25.1's from_config semantics: every scheduler
// class's __init__ defaults, the model file's keys on top, then overrides; validated values.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace stipple {

struct SchedulerClassSpec {
    std::string class_name;
    nlohmann::json defaults;  // every __init__ argument with its diffusers 0.25.1 default
};

const std::vector<SchedulerClassSpec>& scheduler_class_specs();
const SchedulerClassSpec* find_scheduler_class(const std::string& class_name);
std::vector<std::string> scheduler_class_names();

// XScheduler.from_config(model_config, **overrides): keys present in the model's file (minus its
// `_use_default_values`) are used, keys absent take the class's own defaults, keys the class does
// not take are ignored; then `overrides` (an object whose keys must be arguments of the class).
// Values are checked and normalised as the class's __init__ does (e.g. DPM's solver_type "bh2" ->
// "midpoint"). Throws stipple::Error naming the key and the accepted values.
nlohmann::json resolve_scheduler_config(const std::string& class_name, const nlohmann::json& model_config,
                                        const nlohmann::json& overrides);

}  // namespace stipple
