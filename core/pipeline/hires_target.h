// The hires fix's sizes and upscaler names without libtorch (pipeline/hires_fix.h has the rest),
// so the app's hires section can show what will run from the GUI thread.
#pragma once

#include "common/generation_request.h"

#include <cstdint>
#include <string>
#include <vector>

namespace stipple {

// The second pass's size. A1111 upscales to upscale_width x upscale_height (covering "Hires
// resize" when both sides are given), then cuts `truncate_*` latent columns/rows off the centre
// (truncate/2 before, the rest after). Stipple's sizes are multiples of the VAE factor, so the
// upscaled size is rounded down to one (A1111 resizes to the unrounded size; its VAE drops the
// remainder).
struct HiresTarget {
    int upscale_width = 0, upscale_height = 0;  // multiples of the VAE factor
    int truncate_x = 0, truncate_y = 0;         // in latent pixels
    int width = 0, height = 0;                  // the second pass's image size (after the cut)
};

// A1111's calculate_target_resolution for a first pass of width x height. Throws Error for a scale
// outside 1–4 (without a resize), a negative resize side, or a target beyond `max_side` per side /
// `max_pixels` in all, or below one latent pixel.
HiresTarget hires_target(const HiresFix& hires, int width, int height, int factor, int max_side, int64_t max_pixels);

// The names find_hires_upscaler knows without a file: the latent modes, then None, Lanczos, Nearest.
std::vector<std::string> builtin_hires_upscaler_names();

}  // namespace stipple
