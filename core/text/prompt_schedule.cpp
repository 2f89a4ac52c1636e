// A1111's prompt editing and alternation (get_learned_conditioning_prompt_schedules). Its grammar:
//   start      := (prompt | one or more of [ ] ( ) : as literal text)*
//   prompt     := (emphasized | scheduled | alternate | plain | whitespace)*
//   emphasized := "(" prompt ")" | "(" prompt ":" prompt ")" | "[" prompt "]"
//   scheduled  := "[" [prompt ":"] prompt ":" [whitespace] NUMBER "]"
//   alternate  := "[" prompt ("|" prompt)+ "]"
//   plain      := (any character but \ [ ] ( ) : |, or \ and any character but a newline)+
// A bracket that opens a well-formed construct is that construct (lark's Earley parser resolves the
// ambiguity with literal brackets that way: "a [b:3]" is an edit); one that does not is literal text
// at the top level and makes its enclosing construct fail inside one. A prompt the grammar rejects
// (a '|' outside an alternation, a trailing backslash) is used as it is for every step.
//
// Constructs are parsed once per starting position (memoized), so the parse is linear in the prompt.
#include "text/prompt_limits.h"
#include "text/prompt_parser.h"
#include "text/python_text.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string_view>
#include <unordered_map>

namespace stipple {

namespace {

// Raw prompt text [begin, end) whose structured parts (`holes`, in order) are replaced when a step's
// text is made; everything else, brackets and escapes included, is kept as written (A1111 too).
struct Span {
    size_t begin = 0, end = 0;
    std::vector<int> holes;
};

struct Hole {
    bool alternate = false;
    size_t begin = 0, end = 0;
    // scheduled: `before` (empty when absent) up to and including step `when`, `after` later.
    Span before, after;
    int when = 0;
    // alternate: each option in full (for the steps it schedules) and its first element. A1111's
    // transformer yields only the first element of the chosen option ("[a (b)|c]" gives "a "), an
    // empty option raises an error there.
    std::vector<Span> options, firsts;
    std::vector<bool> empty;
};

struct Construct {
    bool ok = false;
    size_t end = 0;
    std::vector<int> holes;  // the structured parts it contains, outermost only
};

class ScheduleParser {
public:
    ScheduleParser(std::string_view text, int steps) : s_(text), steps_(steps) {}

    // The top level; false when the grammar rejects the prompt.
    bool parse(Span& top) {
        top = {0, s_.size(), {}};
        size_t pos = 0;
        while (pos < s_.size()) {
            const char c = s_[pos];
            if (c == '(' || c == '[') {
                const Construct& k = construct(pos, 1);
                if (k.ok) {
                    top.holes.insert(top.holes.end(), k.holes.begin(), k.holes.end());
                    pos = k.end;
                } else {
                    ++pos;  // a literal bracket
                }
            } else if (c == '|') {
                return false;
            } else if (c == '\\') {
                if (pos + 1 >= s_.size() || s_[pos + 1] == '\n') return false;
                pos += 2;
            } else {
                ++pos;
            }
        }
        return true;
    }

    const Hole& hole(int index) const { return holes_[static_cast<size_t>(index)]; }

private:
    struct Prompt {
        Span span;
        Span first;          // its first element
        bool empty = true;   // no element at all
    };

    static bool plain_char(char c) { return c != '[' && c != ']' && c != '(' && c != ')' && c != ':' && c != '|'; }

    // The end of the plain run that starts at `pos`.
    size_t plain_end(size_t pos) const {
        while (pos < s_.size()) {
            if (s_[pos] == '\\') {
                if (pos + 1 >= s_.size() || s_[pos + 1] == '\n') break;
                pos += 2;
            } else if (plain_char(s_[pos])) {
                ++pos;
            } else {
                break;
            }
        }
        return pos;
    }

    // A nested prompt from `pos`: stops at a separator or at a bracket that opens no construct.
    Prompt prompt(size_t pos, int depth) {
        Prompt p;
        p.span.begin = pos;
        while (pos < s_.size()) {
            const char c = s_[pos];
            size_t end = pos;
            std::vector<int> holes;
            if (c == '(' || c == '[') {
                const Construct& k = construct(pos, depth + 1);
                if (!k.ok) break;
                end = k.end;
                holes = k.holes;
            } else {
                // One plain run, leading whitespace included: lark lexes " a" as one plain
                // token, not WHITESPACE then plain ("[ a|b]" alternates " a" and "b").
                end = plain_end(pos);
                if (end == pos) break;
            }
            if (p.empty) p.first = {pos, end, holes};
            p.empty = false;
            p.span.holes.insert(p.span.holes.end(), holes.begin(), holes.end());
            pos = end;
        }
        p.span.end = pos;
        return p;
    }

    // [whitespace] NUMBER "]" from `pos`: the step and the end after ']', or nothing.
    std::optional<std::pair<int, size_t>> when_and_close(size_t pos) const {
        pos += python_text::space_run(s_, pos);
        const size_t begin = pos;
        auto digits = [&] {
            const size_t from = pos;
            while (pos < s_.size() && s_[pos] >= '0' && s_[pos] <= '9') ++pos;
            return pos - from;
        };
        if (pos < s_.size() && (s_[pos] == '+' || s_[pos] == '-')) ++pos;
        size_t count = digits();
        if (pos < s_.size() && s_[pos] == '.') {
            ++pos;
            count += digits();
        }
        if (count == 0) return std::nullopt;
        if (pos < s_.size() && (s_[pos] == 'e' || s_[pos] == 'E')) {
            const size_t mark = pos;
            ++pos;
            if (pos < s_.size() && (s_[pos] == '+' || s_[pos] == '-')) ++pos;
            if (digits() == 0) pos = mark;
        }
        if (pos >= s_.size() || s_[pos] != ']') return std::nullopt;
        const auto value = python_text::parse_float(s_.substr(begin, pos - begin));
        if (!value) return std::nullopt;
        return std::make_pair(step_of(*value, s_.substr(begin, pos - begin)), pos + 1);
    }

    // A1111: a fraction below 1 is of the steps; then int() and at most `steps`.
    int step_of(double value, std::string_view written) const {
        if (value < 1) value *= steps_;
        if (!std::isfinite(value))
            throw Error("the prompt-editing step \"" + std::string(written.substr(0, 32)) + "\" is not a finite number");
        if (value >= steps_) return steps_;
        const double truncated = std::trunc(value);
        if (truncated < std::numeric_limits<int>::min()) return std::numeric_limits<int>::min();
        return static_cast<int>(truncated);
    }

    const Construct& construct(size_t pos, int depth) {
        if (auto found = memo_.find(pos); found != memo_.end()) return found->second;
        Construct k = depth > kMaxPromptNesting ? Construct{} : (s_[pos] == '(' ? round(pos, depth) : square(pos, depth));
        return memo_.emplace(pos, std::move(k)).first->second;
    }

    Construct round(size_t pos, int depth) {
        Prompt first = prompt(pos + 1, depth);
        std::vector<int> holes = first.span.holes;
        size_t at = first.span.end;
        if (at < s_.size() && s_[at] == ':') {
            Prompt second = prompt(at + 1, depth);
            holes.insert(holes.end(), second.span.holes.begin(), second.span.holes.end());
            at = second.span.end;
        }
        if (at >= s_.size() || s_[at] != ')') return {};
        return {true, at + 1, holes};
    }

    Construct square(size_t pos, int depth) {
        Prompt first = prompt(pos + 1, depth);
        const size_t at = first.span.end;
        if (at >= s_.size()) return {};
        if (s_[at] == ']') return {true, at + 1, first.span.holes};
        if (s_[at] == '|') {
            Hole h;
            h.alternate = true;
            h.begin = pos;
            size_t next = at;
            Prompt option = std::move(first);
            while (true) {
                h.options.push_back(option.span);
                h.firsts.push_back(option.first);
                h.empty.push_back(option.empty);
                if (next >= s_.size()) return {};
                if (s_[next] == ']') break;
                if (s_[next] != '|') return {};
                option = prompt(next + 1, depth);
                next = option.span.end;
            }
            h.end = next + 1;
            return add(std::move(h));
        }
        if (s_[at] != ':') return {};
        Hole h;
        h.begin = pos;
        if (auto when = when_and_close(at + 1)) {  // [after:when]
            h.before = {at, at, {}};
            h.after = first.span;
            h.when = when->first;
            h.end = when->second;
            return add(std::move(h));
        }
        Prompt second = prompt(at + 1, depth);  // [before:after:when]
        const size_t colon = second.span.end;
        if (colon >= s_.size() || s_[colon] != ':') return {};
        auto when = when_and_close(colon + 1);
        if (!when) return {};
        h.before = first.span;
        h.after = second.span;
        h.when = when->first;
        h.end = when->second;
        return add(std::move(h));
    }

    Construct add(Hole h) {
        const size_t end = h.end;
        holes_.push_back(std::move(h));
        return {true, end, {static_cast<int>(holes_.size() - 1)}};
    }

    std::string_view s_;
    int steps_;
    std::vector<Hole> holes_;
    std::unordered_map<size_t, Construct> memo_;
};

// Python's a % n (never negative for n > 0), in 64 bits: a step may be INT_MIN.
int64_t python_mod(int64_t a, int64_t n) {
    const int64_t r = a % n;
    return r < 0 ? r + n : r;
}

class StepText {
public:
    StepText(std::string_view text, const ScheduleParser& parser) : s_(text), parser_(parser) {}

    void collect_steps(const Span& span, int steps, std::set<int>& out) const {
        for (int index : span.holes) {
            const Hole& h = parser_.hole(index);
            if (h.alternate) {
                for (int step = 1; step <= steps; ++step) out.insert(step);
                for (const Span& option : h.options) collect_steps(option, steps, out);
            } else {
                out.insert(h.when);
                collect_steps(h.before, steps, out);
                collect_steps(h.after, steps, out);
            }
        }
    }

    void append(const Span& span, int step, std::string& out) const {
        size_t pos = span.begin;
        for (int index : span.holes) {
            const Hole& h = parser_.hole(index);
            out.append(s_.substr(pos, h.begin - pos));
            if (h.alternate) {
                const size_t pick = static_cast<size_t>(python_mod(int64_t{step} - 1, static_cast<int64_t>(h.options.size())));
                if (h.empty[pick])
                    throw Error("the prompt's alternation \"" + std::string(s_.substr(h.begin, std::min<size_t>(h.end - h.begin, 40))) +
                                "\" has an empty choice; write [a|b] with text in every choice");
                append(h.firsts[pick], step, out);
            } else {
                append(step <= h.when ? h.before : h.after, step, out);
            }
            pos = h.end;
        }
        out.append(s_.substr(pos, span.end - pos));
    }

private:
    std::string_view s_;
    const ScheduleParser& parser_;
};

}  // namespace

std::vector<ScheduledText> prompt_schedule(const std::string& prompt, int steps) {
    check_prompt_length(prompt);
    if (steps < 1) throw Error("a prompt schedule needs at least 1 step, not " + std::to_string(steps));
    ScheduleParser parser(prompt, steps);
    Span top;
    if (!parser.parse(top)) return {{steps, prompt}};
    StepText texts(prompt, parser);
    std::set<int> ends{steps};
    texts.collect_steps(top, steps, ends);
    std::vector<ScheduledText> schedule;
    for (int end : ends) {
        ScheduledText entry{end, {}};
        texts.append(top, end, entry.text);
        schedule.push_back(std::move(entry));
    }
    return schedule;
}

const std::string& scheduled_text_at(const std::vector<ScheduledText>& schedule, int step) {
    if (schedule.empty()) throw Error("an empty prompt schedule");
    for (const auto& entry : schedule)
        if (step <= entry.end_at_step) return entry.text;
    return schedule.front().text;  // A1111: past every entry, the first one (target_index stays 0)
}

}  // namespace stipple
