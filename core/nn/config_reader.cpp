#include "nn/config_reader.h"

#include "common/error.h"

namespace stipple::nn_config {

Reader::Reader(const nlohmann::json& json, std::string source) : json_(json), source_(std::move(source)) {
    if (!json_.is_object()) throw Error("'" + source_ + "' is not a JSON object");
}

bool Reader::has(const std::string& key) const {
    auto it = json_.find(key);
    return it != json_.end() && !it->is_null();
}

const nlohmann::json& Reader::at(const std::string& key) const { return json_.at(key); }

void Reader::fail(const std::string& key, const std::string& problem) const {
    std::string value = has(key) ? at(key).dump() : std::string("null");
    if (value.size() > 120) value = value.substr(0, 117) + "...";
    throw Error("'" + source_ + "': key '" + key + "' = " + value + ": " + problem);
}

// Every integer of a model config is a size, a count or a padding: never negative, and a value past
// 2^20 is no real model's (it would only ask libtorch for an absurd tensor, or overflow one).
int64_t Reader::in_range(const std::string& key, int64_t value) const {
    constexpr int64_t kLargest = int64_t{1} << 20;
    if (value < 0 || value > kLargest) fail(key, "expected a whole number from 0 to " + std::to_string(kLargest));
    return value;
}

int64_t Reader::integer(const std::string& key, int64_t fallback) const {
    if (!has(key)) return fallback;
    const auto& v = at(key);
    if (v.is_number_integer()) return in_range(key, v.get<int64_t>());
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (d >= 0 && d <= 1048576 && d == static_cast<double>(static_cast<int64_t>(d))) return static_cast<int64_t>(d);
    }
    fail(key, "expected an integer");
}

double Reader::number(const std::string& key, double fallback) const {
    if (!has(key)) return fallback;
    const auto& v = at(key);
    if (!v.is_number()) fail(key, "expected a number");
    return v.get<double>();
}

bool Reader::boolean(const std::string& key, bool fallback) const {
    if (!has(key)) return fallback;
    const auto& v = at(key);
    if (!v.is_boolean()) fail(key, "expected true or false");
    return v.get<bool>();
}

std::string Reader::string(const std::string& key, const std::string& fallback) const {
    if (!has(key)) return fallback;
    const auto& v = at(key);
    if (!v.is_string()) fail(key, "expected a string");
    return v.get<std::string>();
}

std::vector<std::string> Reader::strings(const std::string& key, const std::vector<std::string>& fallback) const {
    if (!has(key)) return fallback;
    const auto& v = at(key);
    if (!v.is_array() || v.empty()) fail(key, "expected a non-empty list of strings");
    std::vector<std::string> out;
    for (const auto& e : v) {
        if (!e.is_string()) fail(key, "expected a list of strings");
        out.push_back(e.get<std::string>());
    }
    return out;
}

std::vector<int64_t> Reader::integers(const std::string& key, const std::vector<int64_t>& fallback) const {
    if (!has(key)) return fallback;
    const auto& v = at(key);
    if (!v.is_array() || v.empty()) fail(key, "expected a non-empty list of integers");
    std::vector<int64_t> out;
    for (const auto& e : v) {
        if (!e.is_number_integer()) fail(key, "expected a list of integers");
        out.push_back(in_range(key, e.get<int64_t>()));
    }
    return out;
}

std::vector<int64_t> Reader::int_or_list(const std::string& key, int64_t fallback, size_t count) const {
    if (!has(key)) return std::vector<int64_t>(count, fallback);
    const auto& v = at(key);
    if (v.is_number_integer()) return std::vector<int64_t>(count, in_range(key, v.get<int64_t>()));
    if (!v.is_array()) fail(key, "expected an integer or a list of integers");
    std::vector<int64_t> out;
    for (const auto& e : v) {
        if (!e.is_number_integer())
            fail(key, "expected an integer or a flat list of integers (nested lists are not supported)");
        out.push_back(in_range(key, e.get<int64_t>()));
    }
    if (out.size() != count)
        fail(key, "has " + std::to_string(out.size()) + " entries but there are " + std::to_string(count) +
                      " blocks");
    return out;
}

void Reader::require_unset(const std::string& key, const std::string& why) const {
    if (has(key)) fail(key, why);
}

void Reader::require_value(const std::string& key, const nlohmann::json& allowed, const std::string& why) const {
    if (!has(key)) return;
    if (at(key) != allowed) fail(key, why);
}

}  // namespace stipple::nn_config
