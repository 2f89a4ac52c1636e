#include "text/python_text.h"

#include <unicode/uchar.h>

#include <clocale>
#include <cstdlib>
#include <locale.h>
#include <string>

namespace stipple::python_text {

CodePoint decode_at(std::string_view text, size_t pos) {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length <= 1 || pos + length > text.size()) return {lead, 1};
    char32_t value = lead & (0x7F >> length);
    for (size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80) return {lead, 1};
        value = (value << 6) | (byte(pos + i) & 0x3F);
    }
    return {value, length};
}

CodePoint decode_before(std::string_view text, size_t pos) {
    size_t start = pos - 1;
    // Step back over at most three continuation bytes to the lead byte.
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    CodePoint c = decode_at(text, start);
    if (start + c.length != pos) return {static_cast<unsigned char>(text[pos - 1]), 1};
    return c;
}

bool is_space(char32_t c) {
    // CPython: bidirectional class WS, B or S, or general category Zs (which covers 0x1C-0x1F too).
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    const auto bidi = u_charDirection(static_cast<UChar32>(c));
    return u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR || bidi == U_WHITE_SPACE_NEUTRAL ||
           bidi == U_BLOCK_SEPARATOR || bidi == U_SEGMENT_SEPARATOR;
}

bool is_word(char32_t c) {
    if (c < 0x80) return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    // CPython's isalnum: a letter (Lu Ll Lt Lm Lo) or any numeric character.
    const auto cp = static_cast<UChar32>(c);
    return u_isalpha(cp) || u_getIntPropertyValue(cp, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

size_t space_run(std::string_view text, size_t pos) {
    size_t end = pos;
    while (end < text.size()) {
        const CodePoint c = decode_at(text, end);
        if (!is_space(c.value)) break;
        end += c.length;
    }
    return end - pos;
}

bool word_boundary(std::string_view text, size_t pos) {
    const bool before = pos > 0 && is_word(decode_before(text, pos).value);
    const bool after = pos < text.size() && is_word(decode_at(text, pos).value);
    return before != after;
}

std::optional<double> parse_float(std::string_view text) {
    // Callers pass only what A1111's patterns matched: an optional sign, digits, '.', and for
    // prompt-editing steps an exponent. Check the shape float() accepts, then convert in the "C"
    // locale (the app runs under the user's locale, where strtod may expect a decimal comma);
    // strtod rounds correctly and overflows to inf as Python does.
    size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    size_t digits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++digits;
    }
    if (digits == 0) return std::nullopt;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        size_t exponent_digits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i, ++exponent_digits;
        if (exponent_digits == 0) return std::nullopt;
    }
    if (i != text.size()) return std::nullopt;
    static const locale_t c_locale = newlocale(LC_NUMERIC_MASK, "C", nullptr);
    const std::string copy(text);
    return strtod_l(copy.c_str(), nullptr, c_locale);
}

}  // namespace stipple::python_text
