// PIL's "L" conversion of one RGB pixel, which A1111 applies to every mask:
// (R*19595 + G*38470 + B*7471 + 0x8000) >> 16. One definition for the image code that reads masks.
#pragma once

#include <cstdint>

namespace stipple {

inline uint8_t pil_luma(const uint8_t* rgb) {
    return static_cast<uint8_t>((rgb[0] * 19595 + rgb[1] * 38470 + rgb[2] * 7471 + 0x8000) >> 16);
}

}  // namespace stipple
