#include "schedulers/scheduler_config.h"

#include "common/error.h"

#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace stipple {

namespace {

using json = nlohmann::json;

json common_betas(double beta_start, double beta_end, const char* schedule) {
    return json{{"num_train_timesteps", 1000},
                {"beta_start", beta_start},
                {"beta_end", beta_end},
                {"beta_schedule", schedule},
                {"trained_betas", nullptr}};
}

std::vector<SchedulerClassSpec> build_specs() {
    std::vector<SchedulerClassSpec> specs;
    auto add = [&](const char* name, json defaults, const json& more) {
        for (auto it = more.begin(); it != more.end(); ++it) defaults[it.key()] = it.value();
        specs.push_back({name, std::move(defaults)});
    };
    add("DDIMScheduler", common_betas(0.0001, 0.02, "linear"),
        {{"clip_sample", true}, {"set_alpha_to_one", true}, {"steps_offset", 0}, {"prediction_type", "epsilon"},
         {"thresholding", false}, {"dynamic_thresholding_ratio", 0.995}, {"clip_sample_range", 1.0},
         {"sample_max_value", 1.0}, {"timestep_spacing", "leading"}, {"rescale_betas_zero_snr", false}});
    add("DDPMScheduler", common_betas(0.0001, 0.02, "linear"),
        {{"variance_type", "fixed_small"}, {"clip_sample", true}, {"prediction_type", "epsilon"},
         {"thresholding", false}, {"dynamic_thresholding_ratio", 0.995}, {"clip_sample_range", 1.0},
         {"sample_max_value", 1.0}, {"timestep_spacing", "leading"}, {"steps_offset", 0},
         {"rescale_betas_zero_snr", false}});
    add("PNDMScheduler", common_betas(0.0001, 0.02, "linear"),
        {{"skip_prk_steps", false}, {"set_alpha_to_one", false}, {"prediction_type", "epsilon"},
         {"timestep_spacing", "leading"}, {"steps_offset", 0}});
    add("LMSDiscreteScheduler", common_betas(0.0001, 0.02, "linear"),
        {{"use_karras_sigmas", false}, {"prediction_type", "epsilon"}, {"timestep_spacing", "linspace"},
         {"steps_offset", 0}});
    add("EulerDiscreteScheduler", common_betas(0.0001, 0.02, "linear"),
        {{"prediction_type", "epsilon"}, {"interpolation_type", "linear"}, {"use_karras_sigmas", false},
         {"sigma_min", nullptr}, {"sigma_max", nullptr}, {"timestep_spacing", "linspace"},
         {"timestep_type", "discrete"}, {"steps_offset", 0}, {"rescale_betas_zero_snr", false}});
    add("EulerAncestralDiscreteScheduler", common_betas(0.0001, 0.02, "linear"),
        {{"prediction_type", "epsilon"}, {"timestep_spacing", "linspace"}, {"steps_offset", 0},
         {"rescale_betas_zero_snr", false}});
    add("HeunDiscreteScheduler", common_betas(0.00085, 0.012, "linear"),
        {{"prediction_type", "epsilon"}, {"use_karras_sigmas", false}, {"clip_sample", false},
         {"clip_sample_range", 1.0}, {"timestep_spacing", "linspace"}, {"steps_offset", 0}});
    add("KDPM2DiscreteScheduler", common_betas(0.00085, 0.012, "linear"),
        {{"use_karras_sigmas", false}, {"prediction_type", "epsilon"}, {"timestep_spacing", "linspace"},
         {"steps_offset", 0}});
    add("DPMSolverMultistepScheduler", common_betas(0.0001, 0.02, "linear"),
        {{"solver_order", 2}, {"prediction_type", "epsilon"}, {"thresholding", false},
         {"dynamic_thresholding_ratio", 0.995}, {"sample_max_value", 1.0}, {"algorithm_type", "dpmsolver++"},
         {"solver_type", "midpoint"}, {"lower_order_final", true}, {"euler_at_final", false},
         {"use_karras_sigmas", false}, {"use_lu_lambdas", false},
         {"lambda_min_clipped", -std::numeric_limits<double>::infinity()}, {"variance_type", nullptr},
         {"timestep_spacing", "linspace"}, {"steps_offset", 0}});
    add("UniPCMultistepScheduler", common_betas(0.0001, 0.02, "linear"),
        {{"solver_order", 2}, {"prediction_type", "epsilon"}, {"thresholding", false},
         {"dynamic_thresholding_ratio", 0.995}, {"sample_max_value", 1.0}, {"predict_x0", true},
         {"solver_type", "bh2"}, {"lower_order_final", true}, {"disable_corrector", json::array()},
         {"solver_p", nullptr}, {"use_karras_sigmas", false}, {"timestep_spacing", "linspace"},
         {"steps_offset", 0}});
    add("LCMScheduler", common_betas(0.00085, 0.012, "scaled_linear"),
        {{"original_inference_steps", 50}, {"clip_sample", false}, {"clip_sample_range", 1.0},
         {"set_alpha_to_one", true}, {"steps_offset", 0}, {"prediction_type", "epsilon"},
         {"thresholding", false}, {"dynamic_thresholding_ratio", 0.995}, {"sample_max_value", 1.0},
         {"timestep_spacing", "leading"}, {"timestep_scaling", 10.0}, {"rescale_betas_zero_snr", false}});
    return specs;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out;
}

// Allowed string values per key (and class, where they differ).
std::vector<std::string> allowed_values(const std::string& cls, const std::string& key) {
    if (key == "timestep_spacing") return {"leading", "linspace", "trailing"};
    if (key == "beta_schedule") {
        if (cls == "HeunDiscreteScheduler") return {"linear", "scaled_linear", "squaredcos_cap_v2", "exp"};
        return {"linear", "scaled_linear", "squaredcos_cap_v2"};
    }
    if (key == "prediction_type") {
        if (cls == "EulerAncestralDiscreteScheduler" || cls == "KDPM2DiscreteScheduler" || cls == "PNDMScheduler")
            return {"epsilon", "v_prediction"};
        return {"epsilon", "v_prediction", "sample"};
    }
    if (key == "interpolation_type") return {"linear", "log_linear"};
    if (key == "timestep_type") return {"discrete", "continuous"};
    if (key == "algorithm_type") return {"dpmsolver", "dpmsolver++", "sde-dpmsolver", "sde-dpmsolver++", "deis"};
    if (key == "solver_type") {
        if (cls == "UniPCMultistepScheduler") return {"bh1", "bh2", "midpoint", "heun", "logrho"};
        return {"midpoint", "heun", "logrho", "bh1", "bh2"};
    }
    if (key == "variance_type") {
        if (cls == "DPMSolverMultistepScheduler") return {"learned", "learned_range"};
        return {"fixed_small", "fixed_small_log", "fixed_large", "fixed_large_log", "learned", "learned_range"};
    }
    return {};
}

[[noreturn]] void bad_value(const std::string& cls, const std::string& key, const json& value, const std::string& want) {
    throw Error(cls + ": config key '" + key + "' has value " + value.dump() + "; expected " + want);
}

constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53

// Checks one value against the type of the class's default and the allowed values; returns the
// normalised value.
json check_value(const std::string& cls, const std::string& key, const json& def, json value) {
    static const std::set<std::string> nullable_numbers = {"sigma_min", "sigma_max"};
    if (key == "trained_betas") {
        if (value.is_null()) return value;
        if (!value.is_array() || value.empty()) bad_value(cls, key, value, "null or a list of numbers");
        for (const auto& b : value)
            if (!b.is_number() || !(b.get<double>() >= 0 && b.get<double>() < 1))
                bad_value(cls, key, value, "null or a list of numbers from 0 to below 1");
        return value;
    }
    if (key == "lambda_min_clipped") {
        if (value.is_string()) {
            const std::string s = value.get<std::string>();
            if (s == "-inf" || s == "-Infinity") return -std::numeric_limits<double>::infinity();
            if (s == "inf" || s == "Infinity") return std::numeric_limits<double>::infinity();
        }
        if (!value.is_number()) bad_value(cls, key, value, "a number (or \"-inf\")");
        return value.get<double>();
    }
    if (key == "solver_p") {
        if (!value.is_null()) bad_value(cls, key, value, "null (a nested solver_p scheduler is not supported)");
        return value;
    }
    if (key == "disable_corrector") {
        if (!value.is_array()) bad_value(cls, key, value, "a list of step indices");
        for (const auto& v : value)
            if (!v.is_number_integer()) bad_value(cls, key, value, "a list of step indices");
        return value;
    }
    if (nullable_numbers.count(key)) {
        if (value.is_null()) return value;
        if (!value.is_number() || value.get<double>() <= 0) bad_value(cls, key, value, "null or a positive number");
        return value.get<double>();
    }
    if (key == "variance_type" && value.is_null()) {
        if (cls == "DPMSolverMultistepScheduler") return value;
        bad_value(cls, key, value, "one of " + join(allowed_values(cls, key)));
    }
    if (def.is_boolean()) {
        if (!value.is_boolean()) bad_value(cls, key, value, "true or false");
        return value;
    }
    if (def.is_number_integer()) {
        if (!value.is_number()) bad_value(cls, key, value, "an integer");
        const double d = value.get<double>();
        // Past 2^53 a double is no longer every integer, and past 2^63 the cast below was undefined
        // (1e300 for num_train_timesteps reached it before the range checks).
        if (std::floor(d) != d || std::fabs(d) > kMaxExactInteger)
            bad_value(cls, key, value, "an integer (of at most 2^53 in size)");
        const auto i = static_cast<int64_t>(d);
        if (key == "num_train_timesteps" && (i < 2 || i > 100000)) bad_value(cls, key, value, "an integer in [2, 100000]");
        if (key == "steps_offset" && (i < 0 || i > 1000)) bad_value(cls, key, value, "an integer in [0, 1000]");
        if (key == "solver_order" && (i < 1 || i > 3)) bad_value(cls, key, value, "1, 2 or 3");
        if (key == "original_inference_steps" && i < 1) bad_value(cls, key, value, "a positive integer");
        return i;
    }
    if (def.is_number()) {
        if (!value.is_number()) bad_value(cls, key, value, "a number");
        const double d = value.get<double>();
        if (!std::isfinite(d)) bad_value(cls, key, value, "a finite number");
        // A beta is a variance fraction: outside [0, 1) alphas turn negative and the schedule NaN
        // (fuzz_config_json: beta_start 5 left DPM++ with an empty schedule).
        if ((key == "beta_start" || key == "beta_end") && !(d >= 0 && d < 1))
            bad_value(cls, key, value, "a number from 0 to below 1");
        return d;
    }
    if (def.is_string() || key == "variance_type") {
        const auto allowed = allowed_values(cls, key);
        if (!value.is_string()) bad_value(cls, key, value, "one of " + join(allowed));
        const std::string s = value.get<std::string>();
        bool ok = allowed.empty();
        for (const auto& a : allowed) ok = ok || a == s;
        if (!ok) bad_value(cls, key, value, "one of " + join(allowed));
        return value;
    }
    return value;
}

}  // namespace

const std::vector<SchedulerClassSpec>& scheduler_class_specs() {
    static const std::vector<SchedulerClassSpec> specs = build_specs();
    return specs;
}

const SchedulerClassSpec* find_scheduler_class(const std::string& class_name) {
    for (const auto& spec : scheduler_class_specs())
        if (spec.class_name == class_name) return &spec;
    return nullptr;
}

std::vector<std::string> scheduler_class_names() {
    std::vector<std::string> names;
    for (const auto& spec : scheduler_class_specs()) names.push_back(spec.class_name);
    return names;
}

nlohmann::json resolve_scheduler_config(const std::string& class_name, const nlohmann::json& model_config,
                                        const nlohmann::json& overrides) {
    const SchedulerClassSpec* spec = find_scheduler_class(class_name);
    if (!spec) throw Error("unknown scheduler class '" + class_name + "'; accepted: " + join(scheduler_class_names()));
    if (!model_config.is_null() && !model_config.is_object())
        throw Error(class_name + ": the scheduler config must be a JSON object");
    if (!overrides.is_null() && !overrides.is_object())
        throw Error(class_name + ": scheduler overrides must be a JSON object");

    std::set<std::string> defaulted;  // keys the file's loader filled with defaults (_use_default_values)
    if (model_config.is_object()) {
        auto it = model_config.find("_use_default_values");
        if (it != model_config.end() && it->is_array())
            for (const auto& k : *it)
                if (k.is_string()) defaulted.insert(k.get<std::string>());
    }

    json config = json::object();
    for (auto it = spec->defaults.begin(); it != spec->defaults.end(); ++it) {
        const std::string& key = it.key();
        json value = it.value();
        if (model_config.is_object() && !defaulted.count(key)) {
            auto found = model_config.find(key);
            if (found != model_config.end()) value = *found;
        }
        config[key] = check_value(class_name, key, it.value(), value);
    }
    if (overrides.is_object()) {
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            auto def = spec->defaults.find(it.key());
            if (def == spec->defaults.end()) {
                std::vector<std::string> keys;
                for (auto k = spec->defaults.begin(); k != spec->defaults.end(); ++k) keys.push_back(k.key());
                throw Error(class_name + " does not take the override '" + it.key() + "'; it takes: " + join(keys));
            }
            config[it.key()] = check_value(class_name, it.key(), *def, it.value());
        }
    }

    // Normalisations diffusers' __init__ writes back into the config.
    if (class_name == "DPMSolverMultistepScheduler") {
        if (config["algorithm_type"] == "deis") config["algorithm_type"] = "dpmsolver++";
        const std::string st = config["solver_type"].get<std::string>();
        if (st == "logrho" || st == "bh1" || st == "bh2") config["solver_type"] = "midpoint";
        const std::string alg = config["algorithm_type"].get<std::string>();
        if (config["solver_order"].get<int64_t>() == 3 && alg.rfind("sde-", 0) == 0)
            throw Error(class_name + ": solver_order 3 is not available with algorithm_type '" + alg + "'");
    }
    if (class_name == "UniPCMultistepScheduler") {
        const std::string st = config["solver_type"].get<std::string>();
        if (st == "midpoint" || st == "heun" || st == "logrho") config["solver_type"] = "bh2";
    }
    if (!config["trained_betas"].is_null() &&
        static_cast<int64_t>(config["trained_betas"].size()) != config["num_train_timesteps"].get<int64_t>())
        throw Error(class_name + ": trained_betas has " + std::to_string(config["trained_betas"].size()) +
                    " entries but num_train_timesteps is " + config["num_train_timesteps"].dump());
    return config;
}

}  // namespace stipple
