// A1111 infotext formatting and parsing (see infotext.h).
#include "image/infotext.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

namespace stipple {

const char* const kInfotextParamPattern = R"re(\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$))re";

namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
// Python's \w on str is Unicode-aware: treat every byte of a multi-byte UTF-8 sequence as a word char.
bool is_word(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }
bool is_key_char(unsigned char c) { return is_word(c) || c == ' ' || c == '-' || c == '/'; }

std::string strip(const std::string& s) {
    size_t b = 0, e = s.size();
    while (b < e && is_space(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && is_space(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

// One attempt of kInfotextParamPattern at `pos` (Python re.match semantics). The pattern is
// deterministic enough to match by hand, which avoids std::regex's recursion on long lines.
// On failure `resume` is the first later position where an attempt could succeed: every start
// before it scans to the same place and fails the same way (a key run is the same run from any
// of its characters), so findall over a line stays linear instead of rescanning a long run of
// key characters from each of its positions (a 1 MB parameters line took minutes).
bool match_param_at(const std::string& s, size_t pos, size_t& end, std::string& key, std::string& value,
                    size_t& resume) {
    const size_t n = s.size();
    size_t p = pos;
    while (p < n && is_space(static_cast<unsigned char>(s[p]))) ++p;
    if (p >= n || !is_word(static_cast<unsigned char>(s[p]))) {
        resume = std::max(pos + 1, p + 1);
        return false;
    }
    const size_t key_begin = p++;
    const size_t run_begin = p;
    while (p < n && is_key_char(static_cast<unsigned char>(s[p]))) ++p;
    if (p == run_begin || p >= n || s[p] != ':') {  // [\w \-/]+ needs one char, then ':'
        resume = std::max(pos + 1, p);
        return false;
    }
    key = s.substr(key_begin, p - key_begin);
    ++p;
    while (p < n && is_space(static_cast<unsigned char>(s[p]))) ++p;
    // Alternative 1: a double-quoted string with backslash escapes, then ',' or the end.
    if (p < n && s[p] == '"') {
        size_t q = p + 1;
        size_t inner = 0;
        bool closed = false;
        while (q < n) {
            if (s[q] == '\\') {
                if (q + 1 >= n) break;
                q += 2;
                ++inner;
            } else if (s[q] == '"') {
                closed = true;
                break;
            } else {
                ++q;
                ++inner;
            }
        }
        if (closed && inner > 0 && (q + 1 == n || s[q + 1] == ',')) {
            value = s.substr(p, q + 1 - p);
            end = q + 1 == n ? n : q + 2;
            return true;
        }
    }
    // Alternative 2: everything up to the next ',' (always matches).
    size_t q = p;
    while (q < n && s[q] != ',') ++q;
    value = s.substr(p, q - p);
    end = q == n ? n : q + 1;
    return true;
}

}  // namespace

std::optional<std::string> Infotext::get(const std::string& key) const {
    for (const auto& [k, v] : params)
        if (k == key) return v;
    return std::nullopt;
}

void Infotext::set(const std::string& key, const std::string& value) {
    for (auto& [k, v] : params)
        if (k == key) {
            v = value;
            return;
        }
    params.emplace_back(key, value);
}

void Infotext::erase(const std::string& key) {
    for (auto it = params.begin(); it != params.end();)
        it = it->first == key ? params.erase(it) : it + 1;
}

std::string quote_infotext_value(const std::string& value) {
    if (value.find_first_of(",\n:") == std::string::npos) return value;
    // json.dumps(text, ensure_ascii=False); invalid UTF-8 is replaced rather than thrown on.
    return nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string unquote_infotext_value(const std::string& value) {
    if (value.size() < 2 || value.front() != '"' || value.back() != '"') return value;
    try {
        const auto parsed = nlohmann::json::parse(value);
        if (parsed.is_string()) return parsed.get<std::string>();
    } catch (const std::exception&) {
    }
    return value;
}

std::vector<std::pair<std::string, std::string>> find_infotext_params(const std::string& line) {
    std::vector<std::pair<std::string, std::string>> out;
    size_t pos = 0;
    while (pos <= line.size()) {
        size_t end = 0, resume = pos + 1;
        std::string key, value;
        if (match_param_at(line, pos, end, key, value, resume)) {
            out.emplace_back(std::move(key), std::move(value));
            pos = end;
        } else {
            pos = resume;
        }
        if (pos >= line.size()) break;
    }
    return out;
}

std::string format_infotext(const Infotext& infotext) {
    std::string text = infotext.prompt;
    if (!infotext.negative_prompt.empty()) text += "\nNegative prompt: " + infotext.negative_prompt;
    std::string line;
    for (const auto& [k, v] : infotext.params) {
        if (!line.empty()) line += ", ";
        line += k == v ? k : k + ": " + quote_infotext_value(v);
    }
    text += "\n" + line;
    return strip(text);
}

Infotext parse_infotext(const std::string& text) {
    Infotext out;
    std::vector<std::string> lines;
    const std::string body = strip(text);
    size_t start = 0;
    while (true) {
        const size_t nl = body.find('\n', start);
        lines.push_back(body.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    std::string last = lines.back();
    lines.pop_back();
    auto found = find_infotext_params(last);
    if (found.size() < 3) {
        lines.push_back(last);
        found.clear();
    }
    bool done_with_prompt = false;
    for (std::string line : lines) {
        line = strip(line);
        if (line.rfind("Negative prompt:", 0) == 0) {
            done_with_prompt = true;
            line = strip(line.substr(16));
        }
        std::string& target = done_with_prompt ? out.negative_prompt : out.prompt;
        target += (target.empty() ? "" : "\n") + line;
    }
    for (auto& [k, v] : found) {
        if (v.empty()) continue;  // A1111 fails on v[0] for an empty value and skips the pair
        out.set(k, unquote_infotext_value(v));
    }
    return out;
}

std::optional<std::pair<int, int>> parse_infotext_size(const std::string& value) {
    const size_t x = value.find('x');
    if (x == 0 || x == std::string::npos || x + 1 >= value.size()) return std::nullopt;
    int w = 0, h = 0;
    const char* b = value.data();
    const char* e = b + value.size();
    auto r1 = std::from_chars(b, b + x, w);
    auto r2 = std::from_chars(b + x + 1, e, h);
    if (r1.ec != std::errc() || r1.ptr != b + x || r2.ec != std::errc() || r2.ptr != e) return std::nullopt;
    return std::make_pair(w, h);
}

std::string format_infotext_number(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, r.ptr);
}

namespace {
// A1111 1.10's schedule types that may end an old-style sampler label ("DPM++ 2M Karras").
const char* const kScheduleSuffixes[] = {"Karras", "Exponential", "Polyexponential", "SGM Uniform", "Uniform",
                                         "KL Optimal", "Align Your Steps", "Simple", "Normal", "Beta"};
bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

SamplerFields sampler_fields_from_label(const std::string& label) {
    for (const char* suffix : kScheduleSuffixes) {
        const std::string tail = std::string(" ") + suffix;
        if (ends_with(label, tail) && label.size() > tail.size())
            return {label.substr(0, label.size() - tail.size()), suffix};
    }
    return {label, "Automatic"};
}

std::string sampler_label_from_fields(const std::string& sampler, const std::string& schedule_type) {
    // Older infotexts carry the schedule in the sampler name itself.
    for (const char* suffix : kScheduleSuffixes)
        if (ends_with(sampler, std::string(" ") + suffix)) return sampler;
    if (schedule_type == "Karras") return sampler + " Karras";
    return sampler;
}

}  // namespace stipple
