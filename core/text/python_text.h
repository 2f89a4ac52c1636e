// The few pieces of Python's text semantics that AUTOMATIC1111's prompt syntax depends on, for
// UTF-8 strings: what `\s` and `\w` match in a Python 3 `re` pattern on str (Unicode-aware), and
// what `float()` accepts for the ASCII number forms those patterns let through. Written here
// because A1111's parser is defined by them (std::regex is neither Unicode-aware nor safe on long
// input: it recurses per character).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace stipple::python_text {

// The code point starting at byte `pos` and its length in bytes; invalid UTF-8 yields the byte
// itself with length 1 (Python would never see it: such bytes are not text).
struct CodePoint {
    char32_t value = 0;
    size_t length = 1;
};
CodePoint decode_at(std::string_view text, size_t pos);
// The code point that ends just before byte `pos` (pos > 0).
CodePoint decode_before(std::string_view text, size_t pos);

bool is_space(char32_t c);  // Python's str.isspace(), which is what `\s` matches
bool is_word(char32_t c);   // Python's `\w`: str.isalnum() or '_'

// Whitespace that starts at `pos`: the number of bytes it covers (0 when none).
size_t space_run(std::string_view text, size_t pos);

// `\b` at byte `pos`: a word character on exactly one side.
bool word_boundary(std::string_view text, size_t pos);

// Python's float() of an ASCII decimal literal as A1111's patterns capture it ("1", "+2", "-.5",
// "1.", "1e3"); nullopt where float() would raise. Independent of the C locale.
std::optional<double> parse_float(std::string_view text);

}  // namespace stipple::python_text
