// Small images and comparisons the pipeline suites share.
#pragma once

#include "common/image.h"
#include "pipeline/pipeline.h"

#include <cstdint>
#include <vector>

namespace stipple::test {

// A w x h RGB gradient: red grows left to right, green top to bottom, blue fixed at 90.
inline Image gradient(int w, int h) {
    Image image{w, h, std::vector<uint8_t>(static_cast<size_t>(w) * h * 3)};
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            uint8_t* p = &image.rgb[(static_cast<size_t>(y) * w + x) * 3];
            p[0] = static_cast<uint8_t>(x * 255 / w), p[1] = static_cast<uint8_t>(y * 255 / h), p[2] = 90;
        }
    return image;
}

// Every image of two results equal byte for byte.
inline bool same_pixels(const GenerationResult& a, const GenerationResult& b) {
    if (a.images.size() != b.images.size()) return false;
    for (size_t i = 0; i < a.images.size(); ++i)
        if (a.images[i].rgb != b.images[i].rgb) return false;
    return true;
}

}  // namespace stipple::test
