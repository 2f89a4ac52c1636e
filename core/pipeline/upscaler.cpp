#include "pipeline/upscaler.h"

#include "common/error.h"
#include "image/image_check.h"
#include "nn/upscaler_network.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <filesystem>

namespace stipple {

namespace {

std::string lower(std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

std::string size_text(int64_t w, int64_t h) { return std::to_string(w) + "x" + std::to_string(h); }

// A1111's Upscaler.upscale: at least one pass of a `scale`x model, then more while smaller than the
// target (three at most). The input size of each pass; throws (check_upscale_size) when a pass's
// output would be too large.
std::vector<std::pair<int64_t, int64_t>> model_pass_inputs(int64_t s, int64_t width, int64_t height, int64_t target_width,
                                                           int64_t target_height, const std::string& name);

// OpenCV resize of 8-bit RGB (channel order does not matter to it) into a new Image.
Image resize_rgb(const Image& image, int width, int height, int interpolation) {
    const cv::Mat src(image.height, image.width, CV_8UC3, const_cast<uint8_t*>(image.rgb.data()));
    Image out;
    out.width = width;
    out.height = height;
    out.rgb.resize(static_cast<size_t>(width) * height * 3);
    cv::Mat dst(height, width, CV_8UC3, out.rgb.data());
    cv::resize(src, dst, cv::Size(width, height), 0, 0, interpolation);
    return out;
}

// Enlarging: Lanczos (8x8 kernel); shrinking: area averaging (see upscale_image in the header).
Image lanczos_resize(const Image& image, int width, int height) {
    if (image.width == width && image.height == height) return image;
    const bool shrinking = width <= image.width && height <= image.height;
    return resize_rgb(image, width, height, shrinking ? cv::INTER_AREA : cv::INTER_LANCZOS4);
}

bool cancelled(const UpscaleOptions& o) { return o.cancel && o.cancel->load(); }

class ResamplingUpscaler : public Upscaler {
public:
    explicit ResamplingUpscaler(bool nearest) : nearest_(nearest) {}
    std::string name() const override { return nearest_ ? "Nearest" : "Lanczos"; }
    std::string description() const override {
        return nearest_ ? "Nearest (OpenCV INTER_NEAREST_EXACT)" : "Lanczos (OpenCV INTER_LANCZOS4; INTER_AREA when shrinking)";
    }
    int native_scale() const override { return 0; }

protected:
    Image run(const Image& image, int width, int height, const UpscaleOptions& options) override {
        if (cancelled(options)) return {};
        // INTER_NEAREST_EXACT samples pixel centres as PIL's NEAREST does; INTER_NEAREST is off by half a pixel.
        Image out = nearest_ ? resize_rgb(image, width, height, cv::INTER_NEAREST_EXACT) : lanczos_resize(image, width, height);
        if (options.progress) options.progress(1, 1);
        return out;
    }

private:
    bool nearest_;
};

struct TileGrid {
    int64_t side = 0, overlap = 0, nx = 0, ny = 0;
    int64_t count() const { return nx * ny; }
};

// Tiles over a w x h input (already a multiple of `multiple`): sides and context are multiples of
// it, so pixel-unshuffle networks see whole cells and never pad a tile.
TileGrid tile_grid(int64_t w, int64_t h, int64_t multiple, const UpscaleOptions& o) {
    const auto round_up = [&](int64_t v) { return (v + multiple - 1) / multiple * multiple; };
    TileGrid g;
    g.side = o.tile <= 0 ? std::max(w, h) : round_up(std::max<int64_t>(o.tile, 8));
    g.overlap = round_up(std::max(o.overlap, 0));
    g.nx = (w + g.side - 1) / g.side;
    g.ny = (h + g.side - 1) / g.side;
    return g;
}

class NetworkUpscaler : public Upscaler {
public:
    NetworkUpscaler(UpscalerNetwork network, std::string name) : net_(std::move(network)), name_(std::move(name)) {}
    std::string name() const override { return name_; }
    std::string description() const override { return net_.description; }
    int native_scale() const override { return static_cast<int>(net_.scale); }

protected:
    Image run(const Image& image, int width, int height, const UpscaleOptions& options) override {
        // A1111's Upscaler.upscale: at least one pass, then more while smaller than the target (three at most).
        const auto inputs = model_pass_inputs(net_.scale, image.width, image.height, width, height, name_);
        int total = 0;
        for (const auto& [w, h] : inputs) {
            const int64_t m = net_.size_multiple;
            total += static_cast<int>(tile_grid((w + m - 1) / m * m, (h + m - 1) / m * m, m, options).count());
        }
        Image current = image;
        int done = 0;
        for (size_t pass = 0; pass < inputs.size(); ++pass) {
            current = run_pass(current, options, done, total);
            if (current.empty()) return {};
        }
        if (cancelled(options)) return {};
        return lanczos_resize(current, width, height);
    }

private:
    // One pass of the network over `image`, tile by tile: exactly scale x its size.
    Image run_pass(const Image& image, const UpscaleOptions& options, int& done, int total) {
        c10::InferenceMode inference;
        const int64_t s = net_.scale, m = net_.size_multiple, w = image.width, h = image.height;
        // Pixel-unshuffle networks pad the image to a multiple of their factor by reflection; here the
        // whole image is padded once (as an untiled run pads it), so the tiles need not be.
        const int64_t pw = (m - w % m) % m, ph = (m - h % m) % m;
        cv::Mat padded(static_cast<int>(h), static_cast<int>(w), CV_8UC3, const_cast<uint8_t*>(image.rgb.data()));
        if (pw || ph) {
            cv::Mat src = padded;
            const int border = ph < h && pw < w ? cv::BORDER_REFLECT_101 : cv::BORDER_REPLICATE;
            cv::copyMakeBorder(src, padded, 0, static_cast<int>(ph), 0, static_cast<int>(pw), border);
        }
        const int64_t W = w + pw, H = h + ph;
        const TileGrid g = tile_grid(W, H, m, options);
        Image out;
        out.width = static_cast<int>(w * s);
        out.height = static_cast<int>(h * s);
        out.rgb.resize(static_cast<size_t>(out.width) * out.height * 3);
        for (int64_t ty = 0; ty < g.ny; ++ty) {
            for (int64_t tx = 0; tx < g.nx; ++tx) {
                if (cancelled(options)) return {};
                const int64_t x0 = tx * g.side, x1 = std::min(W, x0 + g.side), y0 = ty * g.side, y1 = std::min(H, y0 + g.side);
                const int64_t cx0 = std::max<int64_t>(0, x0 - g.overlap), cx1 = std::min(W, x1 + g.overlap);
                const int64_t cy0 = std::max<int64_t>(0, y0 - g.overlap), cy1 = std::min(H, y1 + g.overlap);
                // HWC bytes of the context box -> [1,3,h,w] floats in [0,1].
                const cv::Mat box = padded(cv::Rect(static_cast<int>(cx0), static_cast<int>(cy0), static_cast<int>(cx1 - cx0),
                                                    static_cast<int>(cy1 - cy0)));
                at::Tensor hwc = at::empty({cy1 - cy0, cx1 - cx0, 3}, at::kByte);
                for (int64_t r = 0; r < cy1 - cy0; ++r)
                    std::memcpy(hwc.data_ptr<uint8_t>() + r * (cx1 - cx0) * 3, box.ptr(static_cast<int>(r)), (cx1 - cx0) * 3);
                const at::Tensor x = hwc.permute({2, 0, 1}).unsqueeze(0).to(at::kFloat).div_(255.0).contiguous();
                at::Tensor y = net_.forward(x);
                // The tile's own part of the output, inside the unpadded image.
                const int64_t ox0 = x0 * s, ox1 = std::min(x1, w) * s, oy0 = y0 * s, oy1 = std::min(y1, h) * s;
                if (ox1 > ox0 && oy1 > oy0) {
                    y = y[0].slice(1, oy0 - cy0 * s, oy1 - cy0 * s).slice(2, ox0 - cx0 * s, ox1 - cx0 * s);
                    // numpy's round (Real-ESRGAN's output * 255.0).round()) is half-to-even, as is at::round.
                    const at::Tensor bytes = y.clamp(0, 1).mul_(255.0).round_().to(at::kByte).permute({1, 2, 0}).contiguous();
                    const int64_t row = (ox1 - ox0) * 3;
                    for (int64_t r = 0; r < oy1 - oy0; ++r)
                        std::memcpy(out.rgb.data() + ((oy0 + r) * out.width + ox0) * 3, bytes.data_ptr<uint8_t>() + r * row, row);
                }
                ++done;
                if (options.progress) options.progress(done, total);
            }
        }
        return out;
    }

    UpscalerNetwork net_;
    std::string name_;
};

std::vector<std::pair<int64_t, int64_t>> model_pass_inputs(int64_t s, int64_t width, int64_t height, int64_t target_width,
                                                           int64_t target_height, const std::string& name) {
    std::vector<std::pair<int64_t, int64_t>> inputs{{width, height}};
    while (inputs.size() < 3 && s > 1) {
        const auto [w, h] = inputs.back();
        if (w * s >= target_width && h * s >= target_height) break;
        inputs.push_back({w * s, h * s});
    }
    for (const auto& [w, h] : inputs)
        check_upscale_size(static_cast<int>(std::min<int64_t>(w * s, 1 << 30)), static_cast<int>(std::min<int64_t>(h * s, 1 << 30)),
                           "a " + std::to_string(s) + "x pass of " + name + " over " + size_text(w, h));
    return inputs;
}

}  // namespace

void check_upscale_plan(int native_scale, int width, int height, int target_width, int target_height, const std::string& name) {
    check_upscale_size(width, height, "the input image");
    check_upscale_size(target_width, target_height);
    if (native_scale > 0) model_pass_inputs(native_scale, width, height, target_width, target_height, name);
}

void check_upscale_size(int width, int height, const std::string& what) {
    if (width < 1 || height < 1) throw Error(what + " would be " + size_text(width, height) + " px, which is empty");
    if (static_cast<uint64_t>(width) * static_cast<uint64_t>(height) > kMaxImagePixels)
        throw Error(what + " would be " + size_text(width, height) + " px, over Stipple's limit of " +
                    std::to_string(kMaxImagePixels >> 20) + " megapixels (8192 x 8192); choose a smaller scale");
}

std::pair<int, int> upscale_by_size(int width, int height, double scale) {
    if (!(scale > 0 && scale <= 16)) throw Error("upscale factor " + std::to_string(scale) + " is outside (0, 16]");
    const auto side = [&](int v) { return static_cast<int64_t>(std::floor(v * scale / 8)) * 8; };
    const int64_t w = side(width), h = side(height);
    if (w < 8 || h < 8)
        throw Error("upscaling " + size_text(width, height) + " by " + std::to_string(scale) + " leaves a side under 8 px");
    if (w > (1 << 30) || h > (1 << 30)) throw Error("upscaling " + size_text(width, height) + " by " + std::to_string(scale) + " is too large");
    return {static_cast<int>(w), static_cast<int>(h)};
}

std::unique_ptr<Upscaler> make_network_upscaler(UpscalerNetwork network, const std::string& name) {
    return std::make_unique<NetworkUpscaler>(std::move(network), name);
}

std::unique_ptr<Upscaler> make_upscaler(const std::string& name_or_path) {
    const std::string key = lower(name_or_path);
    if (key == "lanczos") return std::make_unique<ResamplingUpscaler>(false);
    if (key == "nearest") return std::make_unique<ResamplingUpscaler>(true);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(name_or_path, ec))
        throw Error("upscaler '" + name_or_path + "' is neither Lanczos, Nearest nor an existing model file (.safetensors)");
    return make_network_upscaler(read_upscaler_file(name_or_path), std::filesystem::path(name_or_path).stem().string());
}

Image upscale_image(Upscaler& upscaler, const Image& image, int width, int height, const UpscaleOptions& options) {
    if (image.empty() || image.width < 0 || image.height < 0 ||
        image.rgb.size() != static_cast<size_t>(image.width) * static_cast<size_t>(image.height) * 3)
        throw Error("cannot upscale an empty or inconsistent image (" + size_text(image.width, image.height) + ", " +
                    std::to_string(image.rgb.size()) + " bytes)");
    check_upscale_size(image.width, image.height, "the input image");
    check_upscale_size(width, height);
    return upscaler.run(image, width, height, options);
}

}  // namespace stipple
