// Python's html.unescape() for prompt cleaning: CLIP's tokenizer unescapes HTML entities
// twice before BPE, so "&amp;" in a prompt must become "&" exactly as openai's code does it.
#pragma once

#include <string>

namespace stipple {

// Replaces numeric character references (&#38; &#x26;, with Python's fixes for invalid code
// points) and the HTML 4 named entities plus &apos; (the 106 legacy names also without ';'),
// following the rules of CPython's html.unescape. Works on code points (UTF-32).
std::u32string html_unescape(const std::u32string& text);

}  // namespace stipple
