// A1111's AND split (get_multicond_prompt_list): split at `\bAND\b`, then take a trailing
// ":number" of each part as its weight, as its pattern
//   ^(\s*.*?)(?:\s*:\s*([-+]?(?:\d+\.?|\d*\.\d+)))?\s*$
// does. That pattern is evaluated here in closed form (one pass), not by backtracking.
#include "text/prompt_limits.h"
#include "text/prompt_parser.h"
#include "text/python_text.h"

#include <algorithm>
#include <string_view>

namespace stipple {

namespace {

using python_text::decode_at;
using python_text::decode_before;
using python_text::is_space;

// `[-+]?(?:\d+\.?|\d*\.\d+)` matching the whole of `t`.
bool is_weight_number(std::string_view t) {
    size_t i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    size_t before = 0, after = 0;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i, ++before;
    bool dot = false;
    if (i < t.size() && t[i] == '.') {
        dot = true;
        ++i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i, ++after;
    }
    if (i != t.size()) return false;
    return dot ? (after > 0 || before > 0) : before > 0;
}

// Byte offset where the whitespace run ending at `end` begins (not before `floor`).
size_t space_run_start(std::string_view s, size_t end, size_t floor) {
    while (end > floor) {
        const auto c = decode_before(s, end);
        if (!is_space(c.value)) break;
        end -= c.length;
    }
    return end;
}

SubPrompt weighted(std::string_view s) {
    // Group 1 is `\s*.*?`: leading whitespace (greedy, so a text keeps all of it), then the fewest
    // characters other than '\n' after which the rest matches.
    size_t first_text = 0;
    while (first_text < s.size()) {
        const auto c = decode_at(s, first_text);
        if (!is_space(c.value)) break;
        first_text += c.length;
    }
    auto prefix_ok = [&](size_t k) { return s.substr(first_text < k ? first_text : k, k > first_text ? k - first_text : 0).find('\n') == std::string_view::npos; };

    // The weight form holds the last ':' (a weight never contains one), followed by whitespace, a
    // number and whitespace; the text then ends where the whitespace before that ':' starts.
    const size_t colon = s.rfind(':');
    if (colon != std::string_view::npos) {
        const size_t number_begin = colon + 1 + python_text::space_run(s, colon + 1);
        const size_t number_end = space_run_start(s, s.size(), number_begin);
        const std::string_view number = s.substr(number_begin, number_end - number_begin);
        if (is_weight_number(number)) {
            const size_t k = std::max(space_run_start(s, colon, 0), first_text);
            if (!prefix_ok(k)) return {std::string(s), 1.0};
            return {std::string(s.substr(0, k)), *python_text::parse_float(number)};
        }
    }
    const size_t k = std::max(space_run_start(s, s.size(), 0), first_text);
    if (!prefix_ok(k)) return {std::string(s), 1.0};
    return {std::string(s.substr(0, k)), 1.0};
}

}  // namespace

std::vector<SubPrompt> split_and(const std::string& prompt) {
    check_prompt_length(prompt);
    const std::string_view s(prompt);
    std::vector<SubPrompt> parts;
    size_t part_begin = 0, search = 0;
    while (true) {
        const size_t at = s.find("AND", search);
        if (at == std::string_view::npos) break;
        if (python_text::word_boundary(s, at) && python_text::word_boundary(s, at + 3)) {
            parts.push_back(weighted(s.substr(part_begin, at - part_begin)));
            part_begin = search = at + 3;
        } else {
            search = at + 1;
        }
    }
    parts.push_back(weighted(s.substr(part_begin)));
    return parts;
}

}  // namespace stipple
