// `stipple-cli triage`: render many seeds to a fraction of the steps as a captioned grid of x0
// previews, and continue the chosen seeds to 100 % from their paused state (not from scratch).
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "common/error.h"
#include "image/labelled_grid.h"
#include "image/png_text.h"
#include "teach/seed_triage.h"
#include "teach/sweep_axis.h"
#include "teach/timeline_recorder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>

namespace stipple::cli {

namespace {

Args triage_args() {
    return Args("triage",
                "Seed triage: render --seeds to --fraction of the steps (a grid of x0 previews, fast), then\n"
                "continue the --continue seeds to 100 % from where they paused: the same images as full runs.\n"
                "Example: stipple-cli triage --prompt \"a fox\" --seeds 1-16 --fraction 0.3 --grid triage.png --continue 3,11",
                with_request_options({
                    {"seeds", "LIST", "the seeds to try: a list or range (1-16, 5,9,200-210:5)"},
                    {"fraction", "F", "share of the steps rendered for the previews (default 0.3)"},
                    {"grid", "FILE.png", "the preview grid (default triage.png)"},
                    {"decode", "vae|taesd|fast|latent2rgb", "how previews are decoded (default vae)"},
                    {"continue", "SEEDS", "seeds from --seeds to finish to 100 % (comma-separated)"},
                    {"out-dir", "DIR", "where finished seeds go as stipple-<seed>.png (default .)"},
                    {"quiet", "", "print only errors"},
                }));
}

class Progress : public StepObserver {
public:
    Progress(std::string what, bool quiet) : what_(std::move(what)), quiet_(quiet) {}
    void on_step(const StepInfo& info) override {
        if (!quiet_) std::fprintf(stderr, "\r%s  step %d/%d   ", what_.c_str(), info.step, info.total);
    }

private:
    std::string what_;
    bool quiet_;
};

}  // namespace

int run_triage(const std::vector<std::string>& argv) {
    Args a = triage_args();
    if (a.parse_or_show_help(argv)) return 0;
    const bool quiet = a.has("quiet");
    if (!a.has("seeds")) throw Error("give the seeds to try with --seeds, e.g. --seeds 1-16");
    std::vector<uint64_t> seeds;
    for (const auto& v : parse_sweep_axis(SweepAxisKind::Seed, a.str("seeds")).values)
        seeds.push_back(std::strtoull(v.c_str(), nullptr, 10));
    std::vector<uint64_t> picks;
    if (a.has("continue")) {
        for (const auto& v : parse_sweep_axis(SweepAxisKind::Seed, a.str("continue")).values) {
            const uint64_t s = std::strtoull(v.c_str(), nullptr, 10);
            if (std::find(seeds.begin(), seeds.end(), s) == seeds.end())
                throw Error("--continue seed " + v + " is not among --seeds");
            picks.push_back(s);
        }
    }
    const double fraction = a.number("fraction", 0.3, 0.0, 1.0);
    const std::string grid_path = a.str("grid", "triage.png"), out_dir = a.str("out-dir", ".");
    check_output_files({grid_path});
    if (!std::filesystem::is_directory(out_dir)) throw Error("--out-dir '" + out_dir + "' is not a folder");
    GenerationRequest base = build_request(a);

    GenerationService service;
    apply_model_recommendations(base, load_model(service, a, "triage"), a);
    Pipeline* pipeline = &service.pipeline();
    const PreviewMethod method = parse_preview_method(a.str("decode", "vae"));
    SeedTriage triage(*pipeline, base, seeds, fraction);
    RunControl control;
    CancelOnInterrupt interrupt(control);

    std::vector<Image> previews;
    std::vector<std::string> captions;
    nlohmann::json cells = nlohmann::json::array();
    for (size_t i = 0; i < seeds.size(); ++i) {
        Progress progress("seed " + std::to_string(i + 1) + "/" + std::to_string(seeds.size()), quiet);
        Image preview = triage.render_preview(i, method, &progress, &control);
        if (control.cancel) {
            std::fprintf(stderr, "\nstipple-cli triage: cancelled; nothing written\n");
            return 130;
        }
        previews.push_back(std::move(preview));
        captions.push_back("Seed " + std::to_string(seeds[i]));
        cells.push_back({{"seed", seeds[i]}, {"steps_done", triage.preview_steps(i)}, {"steps", triage.total_steps(i)}});
    }
    if (!quiet) std::fprintf(stderr, "\n");
    const int columns = static_cast<int>(std::ceil(std::sqrt(static_cast<double>(seeds.size()))));
    const LabelledGrid grid = make_captioned_grid(previews, columns, captions);
    nlohmann::json meta = {{"fraction", fraction}, {"decode", preview_method_name(method)}, {"cells", cells}};
    for (size_t i = 0; i < grid.cells.size(); ++i) {
        const GridRect& r = grid.cells[i];
        meta["cells"][i]["rect"] = {r.x, r.y, r.width, r.height};
    }
    write_png_with_text(grid_path, grid.image, {{"stipple-triage", meta.dump(1)}});
    if (!quiet) std::printf("%s  %zu seeds at %d of %d steps\n", grid_path.c_str(), seeds.size(), triage.preview_steps(0),
                            triage.total_steps(0));

    for (uint64_t seed : picks) {
        const size_t i = static_cast<size_t>(std::find(seeds.begin(), seeds.end(), seed) - seeds.begin());
        Progress progress("finishing seed " + std::to_string(seed), quiet);
        GenerationResult result = triage.finish(i, &progress, &control);
        if (!quiet) std::fprintf(stderr, "\n");
        if (result.cancelled) {
            std::fprintf(stderr, "stipple-cli triage: cancelled while finishing seed %llu\n",
                         static_cast<unsigned long long>(seed));
            return 130;
        }
        const std::string path = (std::filesystem::path(out_dir) / ("stipple-" + std::to_string(seed) + ".png")).string();
        service.save_all(triage.request(i), result, {path});
        if (!quiet) std::printf("%s  seed %llu (continued from step %d)\n", path.c_str(),
                                static_cast<unsigned long long>(seed), triage.preview_steps(i));
    }
    return 0;
}

}  // namespace stipple::cli
