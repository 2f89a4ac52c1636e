// `stipple-cli noise`: the forward process for teaching — encode an image with the model's VAE and
// show q(x_t | x0) at a chosen t with the model's own noise schedule, a strip at t = 0, 100, …, 1000,
// and the four latent channels.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "common/error.h"
#include "image/image_io.h"
#include "image/infotext.h"
#include "image/labelled_grid.h"
#include "image/png_text.h"
#include "teach/forward_noising.h"
#include "teach/timeline_recorder.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

namespace stipple::cli {

namespace {

Args noise_args() {
    return Args("noise",
                "Show how noise is added: encode --image with the model's VAE, then\n"
                "x_t = sqrt(abar_t) x0 + sqrt(1 - abar_t) eps with the model's training schedule (t = 0 is the clean\n"
                "latent, t = 1000 the last training step). Example:\n"
                "  stipple-cli noise --image cat.png --t 400 --out x400.png --strip strip.png --channels ch.png",
                {
                    {"model", "PATH", "model folder or .safetensors checkpoint (default: the built-in model)"},
                    {"config", "DIR", "diffusers folder whose configs a single-file checkpoint uses"},
                    {"image", "PNG", "the picture to noise"},
                    {"t", "N", "noising step 0…1000 (default 500)"},
                    {"seed", "N", "seed of the noise eps (default 0)"},
                    {"width", "W", "encode at this width (default: the image's, rounded down to the VAE factor)"},
                    {"height", "H", "encode at this height"},
                    {"decode", "vae|taesd|fast|latent2rgb", "how latents become pictures (default vae)"},
                    {"out", "FILE.png", "x_t at --t, decoded"},
                    {"strip", "FILE.png", "x_t at t = 0, 100, …, 1000 in a labelled row"},
                    {"channels", "FILE.png", "the four latent channels of x0 and of x_t, as grey pictures"},
                    {"dtype", "fp32|bf16", "compute precision (default fp32)"},
                    {"threads", "N", "CPU threads (default: physical cores)"},
                    {"random-weights", "", "build the model from its configs with random weights"},
                    {"quiet", "", "print only errors"},
                });
}

std::string noise_json(const std::string& image, int t, double alpha_bar, uint64_t seed, const std::string& model,
                       PreviewMethod method) {
    nlohmann::json j = {{"image", image},
                        {"t", t},
                        {"alpha_bar", alpha_bar},
                        {"signal", std::sqrt(alpha_bar)},
                        {"noise", std::sqrt(1 - alpha_bar)},
                        {"seed", seed},
                        {"model", model},
                        {"decode", preview_method_name(method)}};
    return j.dump(1);
}

std::string describe(int t, double alpha_bar) {
    return "q(x_t | x0) at t = " + std::to_string(t) + ": sqrt(abar) = " + format_infotext_number(std::round(std::sqrt(alpha_bar) * 1e4) / 1e4) +
           ", noise std = " + format_infotext_number(std::round(std::sqrt(1 - alpha_bar) * 1e4) / 1e4);
}

}  // namespace

int run_noise(const std::vector<std::string>& argv) {
    Args a = noise_args();
    if (a.parse_or_show_help(argv)) return 0;
    const bool quiet = a.has("quiet");
    if (!a.has("image")) throw Error("give the picture to noise with --image PNG");
    const std::string out = a.str("out"), strip = a.str("strip"), channels = a.str("channels");
    if (out.empty() && strip.empty() && channels.empty())
        throw Error("nothing to write: give --out, --strip and/or --channels");
    for (const auto& path : {out, strip, channels})
        if (!path.empty()) check_output_files({path});
    const int t = a.integer("t", 500, 0, 1000);
    const uint64_t seed = a.has("seed") ? parse_u64(a.str("seed"), "--seed") : 0;
    const Image image = load_image(a.str("image"));

    GenerationService service;
    load_model(service, a, "noise");
    Pipeline* pipeline = &service.pipeline();
    const PreviewMethod method = parse_preview_method(a.str("decode", "vae"));
    const at::Tensor alphas = pipeline->alphas_cumprod();
    if (t > alphas.numel())
        throw Error("--t " + std::to_string(t) + " is beyond the model's " + std::to_string(alphas.numel()) +
                    " training steps");
    const at::Tensor x0 = pipeline->encode(image, a.integer("width", 0, 8, 4096), a.integer("height", 0, 8, 4096));
    const std::string model = pipeline->info().name, source = a.str("image");

    const at::Tensor xt = forward_noise(x0, alphas, t, seed);
    const double ab = alpha_bar_at(alphas, t);
    if (!out.empty()) {
        write_png_with_text(out, pipeline->preview(xt, method, 0),
                            {{"Description", describe(t, ab)}, {"stipple-noise", noise_json(source, t, ab, seed, model, method)}});
        if (!quiet) std::printf("%s  %s\n", out.c_str(), describe(t, ab).c_str());
    }
    if (!strip.empty()) {
        GridAxisLabels x{"t", {}};
        std::vector<Image> cells;
        nlohmann::json steps = nlohmann::json::array();
        const int T = static_cast<int>(alphas.numel());
        for (int s = 0; s <= T; s += 100) {
            const double a_s = alpha_bar_at(alphas, s);
            cells.push_back(pipeline->preview(forward_noise(x0, alphas, s, seed), method, 0));
            x.values.push_back(std::to_string(s) + " (signal " + format_infotext_number(std::round(std::sqrt(a_s) * 100) / 100) + ")");
            steps.push_back({{"t", s}, {"alpha_bar", a_s}});
        }
        const LabelledGrid grid = make_labelled_grid(cells, static_cast<int>(cells.size()), 1, x, {});
        nlohmann::json meta = nlohmann::json::parse(noise_json(source, t, ab, seed, model, method));
        meta.erase("t");
        meta["strip"] = steps;
        write_png_with_text(strip, grid.image, {{"Description", "q(x_t | x0) for t = 0, 100, ..., " + std::to_string(T)},
                                                {"stipple-noise", meta.dump(1)}});
        if (!quiet) std::printf("%s  t = 0…%d\n", strip.c_str(), T);
    }
    if (!channels.empty()) {
        std::vector<Image> cells = latent_channel_images(x0);
        for (auto& c : latent_channel_images(xt)) cells.push_back(std::move(c));
        const GridAxisLabels x{"channel", {"0", "1", "2", "3"}};
        const GridAxisLabels y{"", {"x0", "x_t, t = " + std::to_string(t)}};
        const LabelledGrid grid = make_labelled_grid(cells, 4, 2, x, y);
        write_png_with_text(channels, grid.image,
                            {{"Description", "latent channels (grey = 0, white = +4, black = -4)"},
                             {"stipple-noise", noise_json(source, t, ab, seed, model, method)}});
        if (!quiet) std::printf("%s  4 latent channels\n", channels.c_str());
    }
    return 0;
}

}  // namespace stipple::cli
