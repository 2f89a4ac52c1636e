// Reading JSON files (configs, model_index.json, vocabularies) with errors that name the file.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace stipple {

nlohmann::json read_json_file(const std::string& path);

// Every JSON Stipple reads (configs, vocabularies, safetensors headers, PNG metadata, options)
// goes through here. nlohmann-json parses any depth, but dump(), copies and comparisons recurse:
// a value nested 100,000 deep from a stranger's file overflowed the stack when an error message
// printed it. Nesting deeper than kMaxJsonDepth is refused before parsing (a linear scan).
// Throws stipple::Error for too deep, and nlohmann::json::exception for malformed text: parse_error,
// or out_of_range (406) for a number too large for a double such as 1e400 (fuzz_config_json found
// it), so callers catch std::exception, not parse_error alone.
constexpr int kMaxJsonDepth = 64;
nlohmann::json parse_json(const char* begin, const char* end);
inline nlohmann::json parse_json(const std::string& text) { return parse_json(text.data(), text.data() + text.size()); }

// Value of `key` in `object`, or `fallback` when absent or null (diffusers' default for absent keys).
template <typename T>
T json_value_or(const nlohmann::json& object, const std::string& key, const T& fallback) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return fallback;
    return it->get<T>();
}

}  // namespace stipple
