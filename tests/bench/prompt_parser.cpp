// stipple-bench-prompt: how long A1111 prompt parsing takes on hostile prompts (10,000 brackets,
// deep nesting, 64 KiB worst cases, a 1 MB prompt), and what each gives. A benchmark that prints
// figures, not a test: tests/test_text_prompt_parser.cpp checks the results, this times them.
#include "common/error.h"
#include "text/prompt_parser.h"

#include <chrono>
#include <cstdio>
#include <functional>
#include <string>

namespace {

std::string repeat(const std::string& s, size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (size_t i = 0; i < n; ++i) out += s;
    return out;
}

void time_case(const char* name, const std::string& prompt) {
    using Clock = std::chrono::steady_clock;
    auto run = [&](const char* what, const std::function<std::string()>& f) {
        const auto start = Clock::now();
        std::string result;
        try {
            result = f();
        } catch (const stipple::Error& e) {
            result = std::string("error: ") + e.what();
        }
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (result.size() > 70) result = result.substr(0, 67) + "...";
        std::printf("  %-10s %9.2f ms  %s\n", what, ms, result.c_str());
    };
    std::printf("%s (%zu bytes)\n", name, prompt.size());
    run("attention", [&] { return std::to_string(stipple::parse_prompt_attention(prompt).size()) + " runs"; });
    run("schedule", [&] { return std::to_string(stipple::prompt_schedule(prompt, 150).size()) + " entries (150 steps)"; });
    run("AND", [&] { return std::to_string(stipple::split_and(prompt).size()) + " sub-prompts"; });
}

}  // namespace

int main() {
    time_case("10,000 '['", std::string(10000, '['));
    time_case("10,000 '(' then 'a' then 10,000 ')'", std::string(10000, '(') + "a" + std::string(10000, ')'));
    time_case("3,000 nested edits [a:…:1]", repeat("[a:", 3000) + "x" + repeat(":1]", 3000));
    time_case("64 KiB of '(a' never closed (the attention worst case)", repeat("(a", 32768));
    time_case("64 KiB of '[a|b]' alternations", repeat("[a|b]", 13107));
    time_case("64 KiB of 'a AND '", repeat("a AND ", 10922));
    time_case("(x:1e30)", "(x:1e30)");
    time_case("[a:b:-3]", "[a:b:-3]");
    time_case("1 MB prompt", std::string(1 << 20, 'a'));
    return 0;
}
