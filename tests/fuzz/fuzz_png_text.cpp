// libFuzzer target: PNG text chunks (core/image/png_text.h: tEXt, zTXt, iTXt, from bytes and from a
// file read chunk by chunk) and the image check run before any decoder (core/image/image_check.h).
// Any bytes must read or throw stipple::Error in bounded time and memory; the two readers must agree;
// what was read must write back into a PNG and read again unchanged.
#include "common/error.h"
#include "fuzz_memfile.h"
#include "image/image_check.h"
#include "image/png_text.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace {

// A 1x1 RGB PNG (IHDR, IDAT, IEND) to insert chunks into.
const std::vector<uint8_t> kTinyPng = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
    0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xde, 0x00, 0x00, 0x00,
    0x0c, 0x49, 0x44, 0x41, 0x54, 0x08, 0xd7, 0x63, 0xf8, 0xcf, 0xc0, 0x00, 0x00, 0x03, 0x01, 0x01, 0x00, 0x18,
    0xdd, 0x8d, 0xb0, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

bool printable_keyword(const std::string& k) {
    if (k.empty() || k.size() > 79) return false;
    for (char c : k)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7e) return false;
    return true;
}

bool same(const std::vector<stipple::PngTextChunk>& a, const std::vector<stipple::PngTextChunk>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].keyword != b[i].keyword || a[i].text != b[i].text || a[i].kind != b[i].kind) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::vector<uint8_t> bytes(data, data + size);
    try {
        stipple::check_image_bytes("fuzz.png", bytes);
    } catch (const stipple::Error&) {
    }

    std::optional<std::vector<stipple::PngTextChunk>> from_bytes, from_file;
    try {
        from_bytes = stipple::read_png_text(bytes);
    } catch (const stipple::Error&) {
    }
    const FuzzMemFile file(data, size);
    try {
        from_file = stipple::read_png_text_file(file.path());
    } catch (const stipple::Error&) {
    }
    if (from_bytes.has_value() != from_file.has_value()) __builtin_trap();  // one file, two answers
    if (!from_bytes) return 0;
    if (!same(*from_bytes, *from_file)) __builtin_trap();

    std::vector<std::pair<std::string, std::string>> pairs;
    std::vector<stipple::PngTextChunk> kept;
    for (const auto& c : *from_bytes) {
        if (c.keyword.empty() || c.keyword.size() > 79 || c.keyword.find('\0') != std::string::npos) __builtin_trap();
        (void)stipple::png_text_value(*from_bytes, c.keyword);
        if (!printable_keyword(c.keyword)) continue;
        pairs.emplace_back(c.keyword, c.text);
        kept.push_back(c);
    }
    const std::vector<uint8_t> written = stipple::insert_png_text(kTinyPng, pairs);
    const auto back = stipple::read_png_text(written);
    if (back.size() != kept.size()) __builtin_trap();
    for (size_t i = 0; i < back.size(); ++i)
        if (back[i].keyword != kept[i].keyword || back[i].text != kept[i].text) __builtin_trap();
    stipple::check_image_bytes("written.png", written);  // a PNG we wrote is never "damaged"
    return 0;
}
