// `stipple-cli guidance`: classifier-free guidance at work, as a labelled grid — for each chosen
// step, the x0 estimate from the prompt alone, from the negative (or empty) prompt alone, their
// difference on a diverging colour scale, and the guided estimate the run used; --also-at adds the
// same step re-guided at other scales from the two stored estimates (no extra UNet call).
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "common/error.h"
#include "image/diverging_difference.h"
#include "image/infotext.h"
#include "image/labelled_grid.h"
#include "image/png_text.h"
#include "image/timeline_export.h"
#include "teach/guidance_parts.h"
#include "teach/timeline_recorder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace stipple::cli {

namespace {

constexpr size_t kMaxShownSteps = 50;   // rows of the grid
constexpr size_t kMaxExtraScales = 8;   // --also-at columns
constexpr int kMinCellSide = 128;       // small previews (the built-in model's 64 px) are enlarged to this

Args guidance_args() {
    return Args("guidance",
                "Show classifier-free guidance at work: for each step in --steps-shown, the x0 estimate from the\n"
                "prompt alone, from the negative (or empty) prompt alone, their difference (red: the prompt's\n"
                "estimate is brighter, blue: darker; amplified per step, the range is in the row label) and the\n"
                "guided estimate uncond + cfg * (prompt - uncond) the run used. --also-at re-guides the same steps\n"
                "at other scales from the two stored estimates, without running the model again. Example:\n"
                "  stipple-cli guidance --prompt \"a red circle\" --cfg 7.5 --steps-shown 1,5,10 --out grid.png",
                with_request_options({
                    {"steps-shown", "N,N,...", "the steps to show, 1-based (default: about 5 spread over the run)"},
                    {"also-at", "S,S,...", "extra columns: each shown step re-guided at these scales"},
                    {"decode", "fast|latent2rgb|taesd|vae", "how estimates become pictures (default fast: the VAE where it is cheap, else latent2rgb)"},
                    {"out", "FILE.png", "the labelled grid"},
                    {"quiet", "", "print only errors"},
                }));
}

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto b = item.find_first_not_of(" \t"), e = item.find_last_not_of(" \t");
        items.push_back(b == std::string::npos ? "" : item.substr(b, e - b + 1));
    }
    return items;
}

std::vector<int> parse_steps(const std::string& text) {
    std::vector<int> steps;
    for (const std::string& item : split_list(text)) {
        const uint64_t v = parse_u64(item, "--steps-shown");
        if (v < 1 || v > 1000) throw Error("--steps-shown: step '" + item + "' is outside 1–1000");
        steps.push_back(static_cast<int>(v));
    }
    if (steps.empty()) throw Error("--steps-shown needs at least one step, e.g. 1,5,10");
    if (steps.size() > kMaxShownSteps) throw Error("--steps-shown: at most " + std::to_string(kMaxShownSteps) + " steps");
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    return steps;
}

std::vector<double> parse_scales(const std::string& text) {
    std::vector<double> scales;
    for (const std::string& item : split_list(text)) {
        char* end = nullptr;
        const double v = std::strtod(item.c_str(), &end);
        if (item.empty() || *end != '\0' || !std::isfinite(v) || v < 0 || v > 100)
            throw Error("--also-at: '" + item + "' is not a guidance scale between 0 and 100");
        scales.push_back(v);
    }
    if (scales.size() > kMaxExtraScales) throw Error("--also-at: at most " + std::to_string(kMaxExtraScales) + " scales");
    return scales;
}

std::string scale_text(double s) { return format_infotext_number(std::round(s * 100) / 100); }

// A cell at least kMinCellSide on its shorter side, so the labels above it have room to be read.
Image cell(const Image& image) {
    const int side = std::min(image.width, image.height);
    if (side <= 0 || side >= kMinCellSide) return image;
    const int factor = (kMinCellSide + side - 1) / side;
    return resize_image(image, image.width * factor, image.height * factor);
}

}  // namespace

int run_guidance(const std::vector<std::string>& argv) {
    Args a = guidance_args();
    if (a.parse_or_show_help(argv)) return 0;
    const bool quiet = a.has("quiet");
    const std::string out = a.str("out");
    if (out.empty()) throw Error("nothing to write: give --out FILE.png");
    check_output_files({out});
    const std::vector<double> extra = a.has("also-at") ? parse_scales(a.str("also-at")) : std::vector<double>{};
    std::vector<int> shown = a.has("steps-shown") ? parse_steps(a.str("steps-shown")) : std::vector<int>{};
    GenerationRequest request = build_request(a);
    if (request.seeds.size() != 1) throw Error("the guidance grid follows one image: give one seed");
    auto check_scale = [&] {
        if (!(request.guidance_scale > 1.0))
            throw Error("--cfg " + scale_text(request.guidance_scale) +
                        " runs no negative-prompt pass (guidance needs a scale above 1): nothing to show");
    };
    check_scale();
    if (request.hires) throw Error("the guidance grid shows one pass: turn the hires fix off");
    if (request.face_detail) throw Error("the guidance grid shows one pass: turn the face detailer off");

    GenerationService service;
    if (apply_model_recommendations(request, load_model(service, a, "guidance"), a)) check_scale();
    Pipeline* pipeline = &service.pipeline();
    const PreviewMethod method = parse_preview_method(a.str("decode", "fast"));

    // The steps to keep: asked for, or about five spread over the run (the last one included).
    if (shown.empty()) {
        const int n = std::max(1, request.steps);
        for (int k = 1; k <= 5; ++k) shown.push_back(std::max(1, (n * k + 4) / 5));
        shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
    }
    StepProgress progress(quiet);
    GuidanceRecorder recorder(shown, &progress);
    const std::optional<GenerationResult> done = generate_interruptible(*pipeline, request, &recorder, quiet, "guidance");
    if (!done) return 130;
    const GenerationResult& result = *done;
    const auto& steps = recorder.steps();
    if (steps.empty())
        throw Error("none of the steps in --steps-shown ran (the run had " + std::to_string(result.steps_done) + " steps)");
    if (recorder.dropped() > 0 && !quiet)
        std::fprintf(stderr, "stipple-cli guidance: %d steps not kept (memory limit)\n", recorder.dropped());

    const std::string cfg = scale_text(request.guidance_scale);
    GridAxisLabels x{"", {"prompt", "negative", "prompt - negative (red +, blue -)", "guided at " + cfg}};
    for (double s : extra) x.values.push_back("re-guided at " + scale_text(s));
    GridAxisLabels y{"", {}};
    std::vector<Image> cells;
    nlohmann::json rows = nlohmann::json::array();
    for (const GuidanceStep& step : steps) {
        const Image cond = pipeline->preview(step.cond, method, 0);
        const Image uncond = pipeline->preview(step.uncond, method, 0);
        const DivergingDifference diff = diverging_difference(cond, uncond);
        cells.push_back(cell(cond));
        cells.push_back(cell(uncond));
        cells.push_back(cell(diff.image));
        cells.push_back(cell(pipeline->preview(step.guided, method, 0)));
        for (double s : extra) cells.push_back(cell(pipeline->preview(reguided_x0(step, s), method, 0)));
        const std::string range = format_infotext_number(std::round(diff.range * 10) / 10);
        y.values.push_back("step " + std::to_string(step.step) + "/" + std::to_string(step.total) + ", t " +
                           format_infotext_number(std::round(step.timestep * 10) / 10) + ", full colour +-" + range);
        rows.push_back({{"step", step.step}, {"timestep", step.timestep}, {"difference_range", diff.range}});
    }
    const LabelledGrid grid = make_labelled_grid(cells, static_cast<int>(x.values.size()),
                                                 static_cast<int>(steps.size()), x, y);
    const std::string parameters = service.parameters(request, result, 0);
    nlohmann::json meta = {{"guidance_scale", request.guidance_scale},
                           {"also_at", extra},
                           {"decode", preview_method_name(method)},
                           {"difference", "luma(prompt) - luma(negative), full colour at +-difference_range levels"},
                           {"steps", rows}};
    write_png_with_text(out, grid.image, {{"parameters", parameters}, {"stipple-guidance", meta.dump(1)}});
    if (!quiet) std::printf("%s  %zu steps\n", out.c_str(), steps.size());
    return 0;
}

}  // namespace stipple::cli
