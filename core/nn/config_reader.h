// Typed access to a diffusers config.json object for the nn configs: absent or null keys take the
// given default, a wrong type or an unsupported value is an Error naming the file, key and value.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace stipple::nn_config {

class Reader {
public:
    Reader(const nlohmann::json& json, std::string source);

    bool has(const std::string& key) const;  // present and not null
    // A size, count or padding: 0 to 2^20, else Error naming the file, key and value.
    int64_t integer(const std::string& key, int64_t fallback) const;
    double number(const std::string& key, double fallback) const;
    bool boolean(const std::string& key, bool fallback) const;
    std::string string(const std::string& key, const std::string& fallback) const;
    std::vector<std::string> strings(const std::string& key, const std::vector<std::string>& fallback) const;
    std::vector<int64_t> integers(const std::string& key, const std::vector<int64_t>& fallback) const;
    // An int broadcast to `count` entries, or a list that must have `count` entries.
    std::vector<int64_t> int_or_list(const std::string& key, int64_t fallback, size_t count) const;

    // The key must be absent/null (or equal to `allowed` when given as a JSON value).
    void require_unset(const std::string& key, const std::string& why) const;
    void require_value(const std::string& key, const nlohmann::json& allowed, const std::string& why) const;

    int64_t in_range(const std::string& key, int64_t value) const;
    [[noreturn]] void fail(const std::string& key, const std::string& problem) const;
    const std::string& source() const { return source_; }

private:
    const nlohmann::json& at(const std::string& key) const;
    const nlohmann::json& json_;
    std::string source_;
};

}  // namespace stipple::nn_config
