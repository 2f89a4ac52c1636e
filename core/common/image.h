// A plain 8-bit RGB image: what the pipeline returns and what previews are, free of Qt and torch
// so the UI and the CLI can both use it.
#pragma once

#include <cstdint>
#include <vector>

namespace stipple {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<uint8_t> rgb;  // height * width * 3 bytes, row-major, interleaved RGB
    bool empty() const { return width == 0 || height == 0; }
};

}  // namespace stipple
