// Picks the tokenizer a diffusers tokenizer/ folder holds: CLIP BPE (vocab.json + merges.txt) or
// SentencePiece (spiece.model / tokenizer.model, as the built-in model ships).
#pragma once

#include "text/tokenizer.h"

#include <memory>
#include <string>

namespace stipple {

// A folder with only tokenizer_config.json / special_tokens_map.json (resources/configs/*) takes
// vocab.json + merges.txt from `clip_vocab_dir` when given. Throws stipple::Error naming the
// folder when it holds neither kind of tokenizer.
std::shared_ptr<Tokenizer> load_tokenizer(const std::string& folder, const std::string& clip_vocab_dir = "");

}  // namespace stipple
