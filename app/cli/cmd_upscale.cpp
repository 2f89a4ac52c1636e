// `stipple-cli upscale`: one image enlarged by Lanczos, Nearest or an ESRGAN-family model file
// (core/pipeline/upscaler.h), written whole or not at all, keeping the input PNG's text chunks
// (its `parameters`) and adding what AUTOMATIC1111's extras tab adds. --bench times a full-size
// RRDBNet with random weights instead.
#include "cli/args.h"
#include "cli/commands.h"
#include "common/error.h"
#include "common/image.h"
#include "common/process_stats.h"
#include "image/image_io.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "image/postprocess_png.h"
#include "io/state_dict.h"
#include "nn/rrdbnet.h"
#include "nn/upscaler_network.h"
#include "pipeline/runtime.h"
#include "pipeline/upscaler.h"
#include "service/generation_service.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace stipple::cli {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

Args upscale_args() {
    return Args("upscale",
                "Enlarge an image with Lanczos, Nearest or an ESRGAN / Real-ESRGAN model (.safetensors: RRDBNet or "
                "SRVGGNetCompact; convert a .pth once with `stipple-cli convert`). The PNG's text (its generation "
                "parameters) is kept, and \"Postprocess upscale by\" / \"Postprocess upscaler\" are written to its "
                "\"postprocessing\" and \"extras\" chunks as AUTOMATIC1111's extras tab does. Grayscale, RGBA "
                "(alpha dropped) and 16-bit inputs are converted to 8-bit RGB first.\n"
                "usage: stipple-cli upscale IN --upscaler Lanczos|Nearest|FILE.safetensors [--scale F | --size WxH] "
                "--out OUT.png",
                {
                    {"upscaler", "NAME|FILE", "Lanczos, Nearest, or an upscaler model file (.safetensors)"},
                    {"scale", "F", "upscale by F; the size is int(side * F) // 8 * 8 as in AUTOMATIC1111 (default: the model's scale, 2 for Lanczos/Nearest)"},
                    {"size", "WxH", "upscale to exactly W x H instead of --scale"},
                    {"out", "PATH", "the PNG to write (replaced if it exists; written whole or not at all)"},
                    {"tile", "N", "input tile side in px for models, 0 = whole image at once (default 192)"},
                    {"overlap", "N", "px of context around each tile, cut off after (default 16)"},
                    {"threads", "N", "CPU threads (default: physical cores)"},
                    {"verbose", "", "print the upscaler, each tile, the time and the peak memory"},
                    {"bench", "", "instead: time a 4x upscale of a random --bench-size image by a full-size RRDBNet "
                                  "(nf 64, nb 23, gc 32) with random weights; writes nothing"},
                    {"bench-size", "N", "with --bench: the input's side in px (default 1024)"},
                    {"bench-tiles", "N", "with --bench: stop after N tiles and extrapolate the whole image's time from them (default: all)"},
                });
}

void print_peak(const char* what, double seconds) {
    std::printf("%s: %.2f s, peak RSS %.0f MB\n", what, seconds, peak_rss_bytes() / 1e6);
}

UpscaleOptions tile_options(const Args& a, bool verbose) {
    UpscaleOptions o;
    o.tile = a.integer("tile", o.tile, 0, 4096);
    o.overlap = a.integer("overlap", o.overlap, 0, 512);
    if (verbose)
        o.progress = [](int done, int total) {
            std::fprintf(stderr, "tile %d/%d\n", done, total);
        };
    return o;
}

// A full-size (RealESRGAN_x4plus / 4x-UltraSharp-shaped) RRDBNet with random weights.
int run_upscale_bench(const Args& a) {
    nn::RrdbNetConfig c;  // nf 64, nb 23, gc 32, 4x
    at::manual_seed(0);
    StateDict weights;
    for (const auto& [name, shape] : nn::rrdbnet_parameter_shapes(c)) {
        const double fan_in = shape.size() == 4 ? static_cast<double>(shape[1] * 9) : 1.0;
        weights[name] = at::randn(shape) * (shape.size() == 4 ? 0.1 / std::sqrt(fan_in) : 0.01);
    }
    const auto t_load = Clock::now();
    auto upscaler = make_network_upscaler(build_upscaler_network(weights, "random RRDBNet"), "RRDBNet (random)");
    weights.clear();
    const double load = seconds_since(t_load);
    const int side = a.integer("bench-size", 1024, 8, 8192);
    Image image;
    image.width = image.height = side;
    image.rgb.resize(static_cast<size_t>(side) * side * 3);
    for (size_t i = 0; i < image.rgb.size(); ++i) image.rgb[i] = static_cast<uint8_t>((i * 2654435761u) >> 24);
    UpscaleOptions o = tile_options(a, a.has("verbose"));
    const int stop_after = a.integer("bench-tiles", 0, 0, 1 << 20);
    std::atomic<bool> stop{false};
    int tiles = 0, total = 0;
    o.cancel = &stop;
    o.progress = [&, verbose = a.has("verbose")](int done, int all) {
        tiles = done, total = all;
        if (verbose) std::fprintf(stderr, "tile %d/%d\n", done, all);
        if (stop_after > 0 && done >= stop_after) stop = true;
    };
    std::printf("%s, tile %d, overlap %d, threads %d\n", upscaler->description().c_str(), o.tile, o.overlap,
                at::get_num_threads());
    const auto t = Clock::now();
    const Image out = upscale_image(*upscaler, image, side * 4, side * 4, o);
    const double seconds = seconds_since(t);
    const std::string what = "4x upscale " + std::to_string(side) + "x" + std::to_string(side) + " -> " +
                             std::to_string(side * 4) + "x" + std::to_string(side * 4);
    std::printf("built in %.2f s\n", load);
    if (out.empty())
        std::printf("%s: %d of %d tiles in %.2f s (%.2f s per tile; the whole image about %.0f s), peak RSS %.0f MB\n",
                    what.c_str(), tiles, total, seconds, seconds / std::max(tiles, 1), seconds / std::max(tiles, 1) * total,
                    peak_rss_bytes() / 1e6);
    else
        print_peak(what.c_str(), seconds);
    return 0;
}

}  // namespace

int run_upscale(const std::vector<std::string>& argv) {
    Args a = upscale_args();
    std::vector<std::string> options = argv;
    const std::string input = a.take_input(options);
    if (a.parse_or_show_help(options)) return 0;
    set_thread_count(a.integer("threads", 0, 1, 1024));
    if (a.has("bench")) return run_upscale_bench(a);
    if (input.empty()) throw Error("no image given: stipple-cli upscale IN --upscaler NAME|FILE --out OUT.png");
    if (!a.has("upscaler")) throw Error("no upscaler given: add --upscaler Lanczos, Nearest or a model .safetensors");
    if (!a.has("out")) throw Error("no output given: add --out OUT.png");
    if (a.has("scale") && a.has("size")) throw Error("give --scale or --size, not both");
    const std::string out_path = a.str("out");
    check_output_files({out_path}, ".png");
    const bool verbose = a.has("verbose");

    const auto t_load = Clock::now();
    std::unique_ptr<Upscaler> upscaler = make_upscaler(a.str("upscaler"));
    if (verbose) std::printf("upscaler: %s, loaded in %.2f s\n", upscaler->description().c_str(), seconds_since(t_load));
    const Image image = load_image(input);  // 8-bit RGB; refuses images over 64 megapixels before decoding
    std::vector<PngTextChunk> chunks;
    if (is_png_file(input)) chunks = read_png_text_file(input);

    int width = 0, height = 0;
    PngTextPairs info;  // A1111's pp.info, in its order
    if (a.has("size")) {
        const auto size = parse_infotext_size(a.str("size"));
        if (!size || size->first < 1 || size->second < 1)
            throw Error("--size must be WIDTHxHEIGHT in pixels like 2048x2048, not '" + a.str("size") + "'");
        std::tie(width, height) = *size;
        info = upscale_to_info(width, height, upscaler->name());
    } else {
        const double fallback = upscaler->native_scale() > 0 ? upscaler->native_scale() : 2.0;
        const double scale = a.number("scale", fallback, 0.05, 16);
        std::tie(width, height) = upscale_by_size(image.width, image.height, scale);
        info = upscale_by_info(scale, upscaler->name());
    }

    const UpscaleOptions o = tile_options(a, verbose);
    const auto t = Clock::now();
    const Image result = upscale_image(*upscaler, image, width, height, o);
    const double seconds = seconds_since(t);

    // A1111's run_postprocessing: the image's own text chunks, then "postprocessing" and "extras".
    write_png_with_text(out_path, result, postprocessed_png_text(chunks, info));
    std::printf("wrote %s (%dx%d from %dx%d, %s)\n", out_path.c_str(), result.width, result.height, image.width, image.height,
                upscaler->name().c_str());
    if (verbose) print_peak("upscale", seconds);
    return 0;
}

}  // namespace stipple::cli
