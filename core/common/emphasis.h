// How prompt weights such as (word:1.3) act: AUTOMATIC1111's "Emphasis mode" setting with its
// names. A request carries one (GenerationRequest::emphasis); only A1111-style prompts use it.
#pragma once

#include <string>

namespace stipple {

// Original: weights multiply the token embeddings, then the chunk is rescaled to its original mean.
// NoNorm:   the same without the mean restore (A1111 says it suits SDXL better).
// Ignore:   the syntax is parsed (brackets and weights vanish, BREAK still splits) but weights do nothing.
// None:     no attention syntax at all: brackets, weights and BREAK are literal prompt text.
enum class Emphasis { Original, NoNorm, Ignore, None };

// "Original", "No norm", "Ignore", "None": the infotext value (`Emphasis: No norm`).
const char* emphasis_name(Emphasis emphasis);
// Those names in any case (also "no-norm", "nonorm"); throws stipple::Error naming the accepted values.
Emphasis parse_emphasis(const std::string& text);

}  // namespace stipple
