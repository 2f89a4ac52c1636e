// PNG files with text chunks: encode an Image with OpenCV and insert tEXt/iTXt chunks (the A1111
// "parameters" key), read tEXt, zTXt and iTXt back, and write files atomically (temp + rename).
#pragma once

#include "common/image.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace stipple {

enum class PngTextKind { tEXt, zTXt, iTXt };

struct PngTextChunk {
    std::string keyword;  // Latin-1 keyword, 1-79 bytes (ASCII in practice)
    std::string text;     // always UTF-8 here, whatever the chunk's own encoding
    PngTextKind kind = PngTextKind::tEXt;
};

// True when every code point of the UTF-8 string is <= U+00FF (what a tEXt chunk can hold).
// Invalid UTF-8 counts as not Latin-1.
bool is_latin1(const std::string& utf8);

// A PNG of `image` (8-bit RGB) with one text chunk per (keyword, UTF-8 text) pair, placed just
// before IEND: tEXt when the text is Latin-1 (stored as Latin-1 bytes), else uncompressed iTXt
// (as PIL's PngInfo.add_text does). Throws stipple::Error on an empty image or a bad keyword.
std::vector<uint8_t> encode_png_with_text(const Image& image,
                                          const std::vector<std::pair<std::string, std::string>>& text);

// Inserts the chunks into an existing PNG byte stream (before IEND); throws on a non-PNG.
std::vector<uint8_t> insert_png_text(const std::vector<uint8_t>& png,
                                     const std::vector<std::pair<std::string, std::string>>& text);

// Writes `bytes` to `path` through a temp_path_for name + rename (common/temp_file.h), so the path
// holds the old file or the new one, never half of one. Throws stipple::Error naming the path on
// failure (the temp file is removed).
void write_file_atomically(const std::string& path, const std::vector<uint8_t>& bytes);

// encode_png_with_text + write_file_atomically.
void write_png_with_text(const std::string& path, const Image& image,
                         const std::vector<std::pair<std::string, std::string>>& text);

// All tEXt, zTXt and iTXt chunks of a PNG, in file order, texts converted to UTF-8 (zTXt and
// compressed iTXt inflated). Throws stipple::Error for a file that is not a PNG or whose chunk
// structure or CRC is broken; a damaged text chunk alone is skipped.
std::vector<PngTextChunk> read_png_text(const std::vector<uint8_t>& png);
std::vector<PngTextChunk> read_png_text_file(const std::string& path);
// Whether the file starts with PNG's 8-byte signature (false when it cannot be read).
bool is_png_file(const std::string& path);

// The text of the first chunk named `keyword` ("parameters"), or "" when absent.
std::string png_text_value(const std::vector<PngTextChunk>& chunks, const std::string& keyword);


}  // namespace stipple
