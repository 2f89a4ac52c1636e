// What one token id reads as, for showing a prompt as its tokens: the text piece and where words
// begin or end around it, for CLIP's byte-level BPE and SentencePiece alike. (A free function over
// the two concrete tokenizers rather than a new virtual of Tokenizer: only the prompt-as-tokens
// view needs it, and tokenizer.h is included nearly everywhere.)
#pragma once

#include "text/tokenizer.h"

#include <cstdint>
#include <string>

namespace stipple {

struct TokenText {
    std::string text;           // UTF-8 (a CLIP piece may hold part of a character: shown as U+FFFD)
    bool word_start = false;    // SentencePiece: the piece began with "▁" (dropped from `text`)
    bool word_end = false;      // CLIP: the piece ended with "</w>" (dropped from `text`)
    bool known = true;          // false: the tokenizer cannot name this id (`text` is then empty)
};

// The piece of `id` in `tokenizer`. Unknown tokenizer kinds and ids outside the vocabulary give
// known = false. Thread-safe as the tokenizers' encode() is.
TokenText token_text(const Tokenizer& tokenizer, int64_t id);

}  // namespace stipple
