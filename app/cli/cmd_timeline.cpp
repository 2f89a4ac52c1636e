// `stipple-cli timeline`: the denoising of one image, step by step, as an animated GIF, an MP4 and
// a labelled filmstrip PNG. --from re-makes a finished image from its PNG parameters (generation is
// deterministic, so the last frame is that image).
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "common/error.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "image/timeline_export.h"
#include "teach/timeline_recorder.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>

namespace stipple::cli {

namespace {

Args timeline_args() {
    return Args("timeline",
                "Export the denoising of one image: every step as an animated GIF and/or MP4 (each with a\n"
                "sidecar FILE.json of its parameters) and every k-th step as a labelled filmstrip PNG.\n"
                "Example: stipple-cli timeline --from image.png --gif steps.gif --filmstrip strip.png --every 5",
                with_request_options({
                    {"from", "PNG", "re-make this finished image from its parameters (its A1111 text); --model still applies"},
                    {"gif", "FILE.gif", "animated GIF, one frame per step"},
                    {"mp4", "FILE.mp4", "MP4 video, one frame per step"},
                    {"filmstrip", "FILE.png", "every k-th step in a row, labelled with step and timestep"},
                    {"every", "K", "filmstrip: show every K-th step (default: about 10 frames)"},
                    {"show", "x0|xt|both", "the x0 estimate (default), the noisy latents x_t, or both side by side"},
                    {"decode", "fast|latent2rgb|taesd|vae", "how steps are turned into pictures (default taesd, else fast: the VAE where it is cheap, else latent2rgb)"},
                    {"fps", "N", "frames per second of the GIF/MP4 (default 8)"},
                    {"out", "FILE.png", "also write the final image"},
                    {"quiet", "", "print only errors"},
                }));
}

GenerationRequest request_from_png(const std::string& path) {
    const std::string text = png_text_value(read_png_text_file(path), "parameters");
    if (text.empty()) throw Error("'" + path + "' has no generation parameters (no \"parameters\" text)");
    const RestoredRequest restored = request_from_infotext(parse_infotext(text));
    if (!restored.problems.empty()) throw Error("'" + path + "': " + restored.problems.front());
    if (!restored.has_seed) throw Error("'" + path + "' names no seed: it cannot be re-made exactly");
    return restored.request;
}

}  // namespace

int run_timeline(const std::vector<std::string>& argv) {
    Args a = timeline_args();
    if (a.parse_or_show_help(argv)) return 0;
    const bool quiet = a.has("quiet");
    const std::string gif = a.str("gif"), mp4 = a.str("mp4"), strip = a.str("filmstrip"), out = a.str("out");
    if (gif.empty() && mp4.empty() && strip.empty() && out.empty())
        throw Error("nothing to write: give --gif, --mp4, --filmstrip and/or --out");
    if (!gif.empty()) check_output_files({gif}, ".gif");
    if (!mp4.empty()) check_output_files({mp4}, ".mp4");
    if (!strip.empty()) check_output_files({strip});
    if (!out.empty()) check_output_files({out});
    const TimelineView view = parse_timeline_view(a.str("show", "x0"));
    const double fps = a.number("fps", 8, 0.5, 60);
    GenerationRequest request = a.has("from") ? request_from_png(a.str("from")) : build_request(a);
    if (request.seeds.size() != 1) throw Error("a timeline follows one image: give one seed");

    GenerationService service;
    const ModelInfo& info = load_model(service, a, "timeline");
    if (!a.has("from")) apply_model_recommendations(request, info, a);  // a PNG's own settings are kept
    Pipeline* pipeline = &service.pipeline();
    const PreviewMethod method = a.has("decode") ? parse_preview_method(a.str("decode"))
                                 : pipeline->info().has_taesd ? PreviewMethod::Taesd
                                                              : PreviewMethod::Fast;
    StepProgress progress(quiet);
    TimelineRecorder recorder(*pipeline, method, view, &progress);
    const std::optional<GenerationResult> done = generate_interruptible(*pipeline, request, &recorder, quiet, "timeline");
    if (!done) return 130;
    const GenerationResult& result = *done;
    const Image& image = result.images.front();
    const std::string parameters = service.parameters(request, result, 0);
    const auto& frames = recorder.frames();

    if (!gif.empty() || !mp4.empty()) {
        const std::vector<Image> pictures = timeline_images(frames, view, image.width, image.height);
        if (!gif.empty()) {
            write_gif(gif, pictures, static_cast<int>(1000 / fps));
            write_text_file(gif + ".json", timeline_json(parameters, frames, view, method, fps, "gif"));
            if (!quiet) std::printf("%s  %zu frames\n", gif.c_str(), pictures.size());
        }
        if (!mp4.empty()) {
            write_mp4(mp4, pictures, fps);
            write_text_file(mp4 + ".json", timeline_json(parameters, frames, view, method, fps, "mp4"));
            if (!quiet) std::printf("%s  %zu frames\n", mp4.c_str(), pictures.size());
        }
    }
    if (!strip.empty()) {
        const int total = static_cast<int>(frames.size());
        const int every = a.integer("every", std::max(1, (total + 9) / 10), 1, 1000);
        const LabelledGrid grid = make_filmstrip(frames, view, every, image.width, image.height);
        write_png_with_text(strip, grid.image,
                            {{"parameters", parameters},
                             {"stipple-timeline", timeline_json(parameters, frames, view, method, 0, "filmstrip")}});
        if (!quiet) std::printf("%s  every %d steps\n", strip.c_str(), every);
    }
    if (!out.empty()) {
        service.save_all(request, result, {out});
        if (!quiet) std::printf("%s\n", out.c_str());
    }
    return 0;
}

}  // namespace stipple::cli
