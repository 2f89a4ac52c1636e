// AUTOMATIC1111's prompt syntax, reproduced from its behaviour (modules/prompt_parser.py at
// commit 0674fab; ../shared/fixtures/a1111 holds what its own code returns for 96 prompts):
//   attention  (x) ×1.1, [x] ÷1.1, (x:1.3), \( \) \[ \] \\ literal, BREAK starts a new chunk
//   schedules  prompt editing [a:b:when], [a:when], [a::when] and alternation [a|b], per step
//   AND        composable diffusion: "a AND b :0.5" -> sub-prompts with weights
// A1111 parses the editing syntax with a lark Earley grammar; this is a hand-written parser of
// the same language (why not a library: no C++ Earley parser is packaged in Debian, and the
// grammar is small). Every function is linear or near-linear in the prompt's length and never
// recurses per character, so a hostile prompt (10,000 brackets, 1 MB) cannot overflow the stack.
#pragma once

#include <string>
#include <vector>

namespace stipple {

// One run of prompt text with the attention weight A1111 gives it. A BREAK is the run
// {"BREAK", -1.0} (only a weight of exactly -1 marks one: a BREAK inside brackets gets its
// weight multiplied and is then ordinary text, as in A1111).
struct WeightedText {
    std::string text;
    double weight = 1.0;
    bool is_break() const { return text == "BREAK" && weight == -1.0; }
};

// A1111's parse_prompt_attention: runs of text with their weights, neighbouring runs of equal
// weight merged; [{"", 1}] for an empty prompt. Throws Error where A1111's own float() would
// raise (a weight such as "(x:1.2.3)" inside open round brackets).
std::vector<WeightedText> parse_prompt_attention(const std::string& prompt);

// One entry of a prompt-editing schedule: `text` is the prompt used for sampling steps up to and
// including `end_at_step` (1-based, as A1111 counts; may be < 1 for negative `when` values).
struct ScheduledText {
    int end_at_step = 0;
    std::string text;
};

// A1111's get_learned_conditioning_prompt_schedules for one prompt and `steps` sampling steps.
// A prompt the grammar does not accept (e.g. a stray '|') is one entry {steps, prompt}, as A1111.
std::vector<ScheduledText> prompt_schedule(const std::string& prompt, int steps);

// The text in force at a sampling step (A1111's reconstruct_cond_batch). `step` counts from 0, as
// A1111's denoiser does while the schedule's ends count from 1: "[a:b:10]" uses a for steps 0-10.
const std::string& scheduled_text_at(const std::vector<ScheduledText>& schedule, int step);

// A1111's get_multicond_prompt_list for one prompt: the AND sub-prompts in order, each with its
// weight ("a :0.5 AND b" -> {"a", 0.5}, {" b", 1}). A1111 encodes a repeated sub-prompt once.
struct SubPrompt {
    std::string text;
    double weight = 1.0;
};
std::vector<SubPrompt> split_and(const std::string& prompt);

}  // namespace stipple
