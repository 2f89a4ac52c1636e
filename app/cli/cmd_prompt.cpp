// `stipple-cli prompt`: how Stipple reads a prompt in AUTOMATIC1111's syntax, as JSON with the
// field layout of ../shared/fixtures/a1111/a1111_prompts.json (attention runs, the prompt-editing
// schedule for --steps, the AND split), so outside checks can compare it with A1111's own parser.
#include "cli/commands.h"
#include "common/error.h"
#include "text/prompt_parser.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace stipple::cli {

namespace {

const char* kUsage =
    "usage: stipple-cli prompt [--steps N] [--] PROMPT\n\n"
    "Print how Stipple reads PROMPT in AUTOMATIC1111's syntax, as JSON:\n"
    "  attention   runs of text and their weights: (x) x1.1, [x] /1.1, (x:1.3); [\"BREAK\", -1] marks BREAK\n"
    "  schedules   [last step, text] for prompt editing [a:b:when] and alternation [a|b]\n"
    "  and_split   the AND sub-prompts (texts, once each) and each sub-prompt's weight\n"
    "  attention_of_each_scheduled_text   the attention runs of each scheduled text\n\n"
    "options:\n"
    "  --steps N   sampling steps the schedule is made for (default 20)\n"
    "  --          ends the options: the next argument is the prompt even if it starts with '-'\n";

nlohmann::json attention_json(const std::string& text) {
    nlohmann::json runs = nlohmann::json::array();
    for (const auto& run : parse_prompt_attention(text)) {
        if (run.is_break())
            runs.push_back({run.text, -1});
        else
            runs.push_back({run.text, run.weight});
    }
    return runs;
}

}  // namespace

int run_prompt(const std::vector<std::string>& argv) {
    int steps = 20;
    std::optional<std::string> prompt;
    for (size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (prompt) throw Error("prompt takes one PROMPT argument; quote the whole prompt (extra argument \"" + arg + "\")");
        if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (arg == "--") {
            if (i + 2 != argv.size()) throw Error("prompt needs exactly one PROMPT after --");
            prompt = argv[i + 1];
            break;
        }
        if (arg == "--steps" || arg.rfind("--steps=", 0) == 0) {
            std::string value;
            if (arg == "--steps") {
                if (i + 1 >= argv.size()) throw Error("--steps needs a number of steps");
                value = argv[++i];
            } else {
                value = arg.substr(8);
            }
            size_t used = 0;
            long parsed = 0;
            try {
                parsed = std::stol(value, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != value.size() || value.empty() || parsed < 1 || parsed > 100000)
                throw Error("--steps must be a whole number from 1 to 100000, not \"" + value.substr(0, 40) + "\"");
            steps = static_cast<int>(parsed);
            continue;
        }
        if (arg.size() > 1 && arg[0] == '-')
            throw Error("unknown option " + arg.substr(0, 40) + " (a prompt that starts with '-' goes after --)");
        prompt = arg;
    }
    if (!prompt) throw Error("prompt needs a PROMPT (see stipple-cli prompt --help)");

    const std::vector<ScheduledText> schedule = prompt_schedule(*prompt, steps);
    nlohmann::json schedules = nlohmann::json::array();
    nlohmann::json scheduled_attention = nlohmann::json::array();
    for (const auto& entry : schedule) {
        schedules.push_back({entry.end_at_step, entry.text});
        scheduled_attention.push_back(attention_json(entry.text));
    }
    nlohmann::json texts = nlohmann::json::array();
    nlohmann::json weights = nlohmann::json::array();
    for (const auto& sub : split_and(*prompt)) {
        if (std::find(texts.begin(), texts.end(), sub.text) == texts.end()) texts.push_back(sub.text);
        weights.push_back(sub.weight);
    }
    const nlohmann::json out = {
        {"prompt", *prompt},
        {"steps", steps},
        {"attention", attention_json(*prompt)},
        {"schedules", schedules},
        {"and_split", {{"texts", texts}, {"weights", weights}}},
        {"attention_of_each_scheduled_text", scheduled_attention},
    };
    // Invalid UTF-8 in a prompt is printed with U+FFFD rather than refused: the parse above is bytewise.
    std::printf("%s\n", out.dump(1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
    return 0;
}

}  // namespace stipple::cli
