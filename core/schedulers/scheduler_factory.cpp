#include "schedulers/scheduler_factory.h"

#include "common/error.h"
#include "schedulers/scheduler_config.h"
#include "schedulers/scheduler_registry.h"

#include <algorithm>
#include <cctype>

namespace stipple {

namespace {

using json = nlohmann::json;

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const char* kKarrasSuffix = " karras";

bool supports_karras(const std::string& class_name) {
    const SchedulerClassSpec* spec = find_scheduler_class(class_name);
    return spec && spec->defaults.contains("use_karras_sigmas");
}

std::string accepted_names() {
    std::string out;
    for (const auto& l : sampler_labels()) out += (out.empty() ? "" : ", ") + ("\"" + l.label + "\"");
    for (const auto& c : scheduler_class_names()) out += ", " + c;
    return out;
}

}  // namespace

const std::vector<SamplerLabel>& sampler_labels() {
    static const std::vector<SamplerLabel> labels = [] {
        std::vector<SamplerLabel> out;
        for (const auto& row : sampler_registry()) out.push_back({row.label, row.class_name, row.overrides, row.description});
        return out;
    }();
    return labels;
}

std::vector<std::string> sampler_display_names() {
    std::vector<std::string> names;
    for (const auto& l : sampler_labels()) names.push_back(l.label);
    return names;
}

bool find_sampler_label(const std::string& name, SamplerLabel& out) {
    const std::string key = lower(name);
    for (const auto& l : sampler_labels()) {
        if (lower(l.label) == key) {
            out = l;
            return true;
        }
    }
    // "<label> Karras" for any label whose class has Karras sigmas (e.g. "Euler Karras").
    const std::string suffix = kKarrasSuffix;
    if (key.size() > suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0) {
        SamplerLabel base;
        if (find_sampler_label(name.substr(0, name.size() - suffix.size()), base) && supports_karras(base.class_name)) {
            out = base;
            out.label = base.label + " Karras";
            out.overrides["use_karras_sigmas"] = true;
            return true;
        }
    }
    return false;
}

std::unique_ptr<Scheduler> make_scheduler_from_resolved(const std::string& class_name, const nlohmann::json& config) {
    for (const auto& row : sampler_registry())
        if (class_name == row.class_name) return row.make(config);
    throw Error("unknown scheduler '" + class_name + "'; accepted: " + accepted_names());
}

std::unique_ptr<Scheduler> make_scheduler(const std::string& name, const nlohmann::json& model_scheduler_config,
                                          const nlohmann::json& overrides) {
    if (!overrides.is_null() && !overrides.is_object())
        throw Error("scheduler overrides must be a JSON object, got " + overrides.dump());
    std::string class_name;
    json merged = json::object();
    if (name.empty()) {
        auto it = model_scheduler_config.is_object() ? model_scheduler_config.find("_class_name")
                                                     : model_scheduler_config.end();
        if (!model_scheduler_config.is_object() || it == model_scheduler_config.end() || !it->is_string())
            throw Error("scheduler_config.json has no \"_class_name\"; choose a scheduler by name (" + accepted_names() + ")");
        class_name = it->get<std::string>();
        if (!find_scheduler_class(class_name))
            throw Error("scheduler_config.json names \"" + class_name + "\", which Stipple does not implement; choose one of " +
                        accepted_names());
    } else if (find_scheduler_class(name)) {
        class_name = name;
    } else {
        SamplerLabel label;
        if (!find_sampler_label(name, label))
            throw Error("unknown scheduler \"" + name + "\"; accepted: " + accepted_names());
        class_name = label.class_name;
        merged = label.overrides;
    }
    if (overrides.is_object())
        for (auto it = overrides.begin(); it != overrides.end(); ++it) merged[it.key()] = it.value();
    const json config = resolve_scheduler_config(class_name, model_scheduler_config, merged);
    return make_scheduler_from_resolved(class_name, config);
}

SamplerDescription describe_sampler(const std::string& class_name, const nlohmann::json& config) {
    SamplerDescription d;
    auto str = [&](const char* key) {
        auto it = config.find(key);
        return it != config.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (class_name == "DPMSolverMultistepScheduler") {
        const std::string alg = str("algorithm_type");
        auto order_it = config.find("solver_order");
        const int64_t order = order_it != config.end() && order_it->is_number() ? order_it->get<int64_t>() : 2;
        if (alg == "dpmsolver++" && order == 2) d.sampler = "DPM++ 2M";
        else if (alg == "sde-dpmsolver++" && order == 2) d.sampler = "DPM++ 2M SDE";
        else d.sampler = class_name;
    } else {
        for (const auto& l : sampler_labels()) {
            if (l.class_name == class_name && !l.overrides.contains("use_karras_sigmas")) {
                d.sampler = l.label;
                break;
            }
        }
        if (d.sampler.empty()) d.sampler = class_name;
    }
    auto karras = config.find("use_karras_sigmas");
    if (karras != config.end() && karras->is_boolean() && karras->get<bool>()) d.schedule_type = "Karras";
    d.label = d.schedule_type.empty() ? d.sampler : d.sampler + " " + d.schedule_type;
    return d;
}

}  // namespace stipple
