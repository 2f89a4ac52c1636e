// Picks the tokenizer a diffusers tokenizer/ folder holds: CLIP BPE (vocab.json + merges.txt) or
// SentencePiece (spiece.model / tokenizer.model, as the built-in model ships).
#pragma once

#include "text/tokenizer.h"

#include <memory>
#include <string>

namespace stipple {

// Throws stipple::Error naming the folder when it holds neither kind of tokenizer.
std::shared_ptr<Tokenizer> load_tokenizer(const std::string& folder);

}  // namespace stipple
