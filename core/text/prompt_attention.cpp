// A1111's parse_prompt_attention: a left-to-right scan with the same token alternatives, in the
// same order, as its re_attention pattern, and its bracket bookkeeping. Weights are doubles
// multiplied in the same order as Python does, so they are equal to the bit.
#include "text/prompt_limits.h"
#include "text/prompt_parser.h"
#include "text/python_text.h"

#include "common/error.h"

#include <string_view>

namespace stipple {

namespace {

bool is_special(char c) { return c == '\\' || c == '(' || c == ')' || c == '[' || c == ']' || c == ':'; }

// re_break, `\s*\bBREAK\b\s*`: appends the parts of a text run, with {"BREAK", -1} between them.
void append_split_at_break(std::vector<WeightedText>& out, std::string_view run) {
    size_t part_begin = 0;
    size_t search = 0;
    while (true) {
        const size_t at = run.find("BREAK", search);
        if (at == std::string_view::npos) break;
        const size_t after = at + 5;
        if (!python_text::word_boundary(run, at) || !python_text::word_boundary(run, after)) {
            search = at + 1;
            continue;
        }
        // The leading \s* of the match: the whitespace directly before BREAK, back to part_begin.
        size_t match_begin = at;
        while (match_begin > part_begin) {
            const auto c = python_text::decode_before(run, match_begin);
            if (!python_text::is_space(c.value)) break;
            match_begin -= c.length;
        }
        const size_t match_end = after + python_text::space_run(run, after);
        out.push_back({std::string(run.substr(part_begin, match_begin - part_begin)), 1.0});
        out.push_back({"BREAK", -1.0});
        part_begin = search = match_end;
    }
    out.push_back({std::string(run.substr(part_begin)), 1.0});
}

// `:([+-]?[.\d]+)\)` at `pos` (which holds ':'): the end of the match and the weight text.
bool match_weight_close(std::string_view text, size_t pos, size_t& end, std::string_view& weight) {
    size_t i = pos + 1;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    const size_t number_begin = i;
    while (i < text.size() && (text[i] == '.' || (text[i] >= '0' && text[i] <= '9'))) ++i;
    if (i == number_begin || i >= text.size() || text[i] != ')') return false;
    weight = text.substr(pos + 1, i - pos - 1);
    end = i + 1;
    return true;
}

}  // namespace

std::vector<WeightedText> parse_prompt_attention(const std::string& prompt) {
    check_prompt_length(prompt);
    const std::string_view text(prompt);
    std::vector<WeightedText> res;
    std::vector<size_t> round_brackets, square_brackets;
    const double round_multiplier = 1.1;
    const double square_multiplier = 1 / 1.1;
    auto multiply_range = [&](size_t start, double multiplier) {
        for (size_t p = start; p < res.size(); ++p) res[p].weight *= multiplier;
    };

    size_t pos = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '\\') {
            // \( \) \[ \] \\ are the escaped character; a lone backslash is an empty run.
            const bool escape = pos + 1 < text.size() && (text[pos + 1] == '(' || text[pos + 1] == ')' ||
                                                          text[pos + 1] == '[' || text[pos + 1] == ']' ||
                                                          text[pos + 1] == '\\');
            res.push_back({escape ? std::string(1, text[pos + 1]) : std::string(), 1.0});
            pos += escape ? 2 : 1;
        } else if (c == '(') {
            round_brackets.push_back(res.size());
            ++pos;
        } else if (c == '[') {
            square_brackets.push_back(res.size());
            ++pos;
        } else if (c == ':') {
            size_t end = 0;
            std::string_view weight;
            if (match_weight_close(text, pos, end, weight)) {
                if (!round_brackets.empty()) {
                    const auto value = python_text::parse_float(weight);
                    if (!value)
                        throw Error("the prompt's weight \"(…:" + std::string(weight) +
                                    ")\" is not a number: write it as (text:1.2)");
                    multiply_range(round_brackets.back(), *value);
                    round_brackets.pop_back();
                } else {
                    append_split_at_break(res, text.substr(pos, end - pos));
                }
                pos = end;
            } else {
                append_split_at_break(res, text.substr(pos, 1));
                ++pos;
            }
        } else if (c == ')') {
            if (!round_brackets.empty()) {
                multiply_range(round_brackets.back(), round_multiplier);
                round_brackets.pop_back();
            } else {
                append_split_at_break(res, ")");
            }
            ++pos;
        } else if (c == ']') {
            if (!square_brackets.empty()) {
                multiply_range(square_brackets.back(), square_multiplier);
                square_brackets.pop_back();
            } else {
                append_split_at_break(res, "]");
            }
            ++pos;
        } else {
            size_t end = pos;
            while (end < text.size() && !is_special(text[end])) ++end;
            append_split_at_break(res, text.substr(pos, end - pos));
            pos = end;
        }
    }
    for (size_t start : round_brackets) multiply_range(start, round_multiplier);
    for (size_t start : square_brackets) multiply_range(start, square_multiplier);
    if (res.empty()) res.push_back({"", 1.0});

    // Merge neighbouring runs of equal weight (a BREAK merges with a neighbouring BREAK, as in A1111).
    std::vector<WeightedText> merged;
    merged.reserve(res.size());
    for (auto& run : res) {
        if (!merged.empty() && merged.back().weight == run.weight)
            merged.back().text += run.text;
        else
            merged.push_back(std::move(run));
    }
    return merged;
}

}  // namespace stipple
