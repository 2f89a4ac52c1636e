// How much prompt text Stipple reads. A1111 sets no limit, but its attention parser is quadratic in
// the number of bracket groups and a CLIP encoder needs one pass per 75 tokens: 64 KiB (about
// 16,000 tokens, 220 chunks) is far beyond any real prompt and keeps the worst case under a second.
#pragma once

#include "common/error.h"

#include <cstddef>
#include <string>

namespace stipple {

inline constexpr size_t kMaxPromptBytes = 64 * 1024;
// Brackets nested deeper than this are read as plain text by the prompt-editing parser (A1111's own
// parser fails with a recursion error long before: Python's limit is 1,000 frames).
inline constexpr int kMaxPromptNesting = 200;

inline void check_prompt_length(const std::string& prompt) {
    if (prompt.size() > kMaxPromptBytes)
        throw Error("the prompt is " + std::to_string(prompt.size()) + " bytes long; Stipple reads prompts of up to " +
                    std::to_string(kMaxPromptBytes) + " bytes");
}

}  // namespace stipple
