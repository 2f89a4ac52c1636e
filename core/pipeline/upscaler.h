// Image upscalers by name, as AUTOMATIC1111 offers them ("Lanczos", "Nearest", or an ESRGAN-family
// model file): one API for the CLI's `upscale`, the gallery's "Upscale" action and the hires fix.
// Models run tile by tile, so the memory of a 4x upscale of a 1024 x 1024 image is that of one
// tile's activations plus the two images, whatever the image size. Safe to call from a worker
// thread; one Upscaler is used by one thread at a time. This header includes no libtorch header,
// so UI code may include it.
#pragma once

#include "common/image.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace stipple {

struct UpscalerNetwork;  // nn/upscaler_network.h

struct UpscaleOptions {
    // Input tile side in px for model upscalers (A1111's ESRGAN_tile default); 0 runs the whole image at once.
    int tile = 192;
    // Input px of context on each side of a tile, run through the network and cut off its output, so
    // each output pixel sees (up to this many px of) its real neighbours instead of the tile's zero
    // padding: seams do not show. An output pixel is exactly as untiled when the overlap is at least
    // the network's receptive radius (UpscalerNetwork::receptive_radius).
    int overlap = 16;
    // Called on the calling thread after each tile (model passes) or resampling: work units done, total.
    std::function<void(int done, int total)> progress;
    // Checked before each tile; once true, the upscale stops and returns an empty Image.
    const std::atomic<bool>* cancel = nullptr;
};

class Upscaler {
public:
    virtual ~Upscaler() = default;
    // "Lanczos", "Nearest", or a model's file name without its extension (the name A1111 writes).
    virtual std::string name() const = 0;
    // What it is, for logs: "Lanczos (OpenCV INTER_LANCZOS4)", "RRDBNet 4x (…)".
    virtual std::string description() const = 0;
    // The model's own scale (4 for a 4x model); 0 for resamplers, which reach any size in one step.
    virtual int native_scale() const = 0;

protected:
    friend Image upscale_image(Upscaler&, const Image&, int, int, const UpscaleOptions&);
    // `image` at width x height; sizes already checked. Empty Image when cancelled.
    virtual Image run(const Image& image, int width, int height, const UpscaleOptions& options) = 0;
};

// "Lanczos" or "Nearest" (any case), else a path to a .safetensors ESRGAN (RRDBNet) or Real-ESRGAN
// compact (SRVGGNetCompact) model (nn/upscaler_network.h). Throws stipple::Error naming the name or file.
std::unique_ptr<Upscaler> make_upscaler(const std::string& name_or_path);
// A model upscaler around a network built elsewhere (tests, benchmarks); `name` as name() returns.
std::unique_ptr<Upscaler> make_network_upscaler(UpscalerNetwork network, const std::string& name);

// `image` (8-bit RGB) resized to width x height by `upscaler`. A model runs as A1111's Upscaler.upscale
// does: passes of the network (at least one, at most three) until the image is at least the target
// size, then a resample to exactly that size (OpenCV Lanczos when enlarging, area averaging when
// shrinking: OpenCV's Lanczos does not widen its kernel on shrinking as PIL's does, and would alias).
// Throws stipple::Error (nothing allocated) for an empty or inconsistent image, or when the target or
// an intermediate pass would exceed kMaxImagePixels (image/image_check.h). Empty Image when cancelled.
Image upscale_image(Upscaler& upscaler, const Image& image, int width, int height, const UpscaleOptions& options = {});

// The size A1111's extras tab makes of a w x h image "upscaled by" `scale`: int(w * scale) // 8 * 8
// and likewise for h (modules/upscaler.py). Throws Error for a scale outside (0, 16] or a side below 8.
std::pair<int, int> upscale_by_size(int width, int height, double scale);

// Throws the Error upscale_image would for a width x height image made target_width x target_height by
// an upscaler of `native_scale` (0 for a resampler) named `name`: an input or target size out of
// bounds, or a model pass whose output would exceed kMaxImagePixels. Reads nothing: for a dialog that
// explains a refused size before anything starts.
void check_upscale_plan(int native_scale, int width, int height, int target_width, int target_height, const std::string& name);

// Throws Error naming the size when width x height is empty or more than kMaxImagePixels.
void check_upscale_size(int width, int height, const std::string& what = "the upscaled image");

}  // namespace stipple
