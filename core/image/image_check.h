// Checks an image file from a stranger before a decoder sees it. OpenCV's PNG and JPEG decoders
// report damage by printing libpng/libjpeg messages on stderr and returning nothing (or a partly
// decoded picture); these checks find the damage first and say what it is in one Error, and they
// refuse pictures too large to decode in bounded memory.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace stipple {

// Pixels an image may have: 64 megapixels (8192 x 8192, 192 MiB as 8-bit RGB, a few times that while
// it is converted); a 20,000 x 20,000 picture is refused.
inline constexpr uint64_t kMaxImagePixels = 64ull << 20;

// Throws Error naming `path` when `bytes` (the whole file) is a PNG with a broken chunk, a wrong
// CRC, a truncated or corrupt compressed stream, a missing IEND, or too many pixels; or a JPEG that
// is truncated (no end-of-image marker) or too large. Other formats pass through unchecked.
void check_image_bytes(const std::string& path, const std::vector<uint8_t>& bytes);

}  // namespace stipple
