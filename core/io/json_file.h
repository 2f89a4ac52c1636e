// Reading JSON files (configs, model_index.json, vocabularies) with errors that name the file.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace stipple {

nlohmann::json read_json_file(const std::string& path);

// Value of `key` in `object`, or `fallback` when absent or null (diffusers' default for absent keys).
template <typename T>
T json_value_or(const nlohmann::json& object, const std::string& key, const T& fallback) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return fallback;
    return it->get<T>();
}

}  // namespace stipple
