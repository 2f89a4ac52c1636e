// `stipple-cli lockstep`: 2–4 runs that differ along one sweep axis (seeds, samplers, steps,
// guidance, prompts) denoised side by side in one GIF or MP4, lined up by fraction of the schedule
// as the app's Classroom ▸ Lockstep compare does (core/teach/lockstep.h), each pane labelled with
// its value. The file the app's "Save as GIF/MP4…" makes, without the app.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "cli/sweep_axis_option.h"
#include "common/error.h"
#include "image/labelled_grid.h"
#include "image/timeline_export.h"
#include "teach/lockstep.h"
#include "teach/sweep_plan.h"
#include "teach/timeline_recorder.h"

#include <algorithm>
#include <cstdio>

namespace stipple::cli {

namespace {

Args lockstep_args() {
    return Args("lockstep",
                "Denoise 2-4 runs that differ in one setting side by side, step by step, into one GIF or MP4.\n"
                "Runs of different lengths are lined up by the fraction of the schedule done (at 50 % a 10-step\n"
                "run shows step 5 and a 20-step run step 10). Axes and values as in `stipple-cli sweep`. Examples:\n"
                "  stipple-cli lockstep --prompt \"a red star\" --x scheduler --x-values \"Euler, DPM++ 2M Karras\" --out s.gif\n"
                "  stipple-cli lockstep --prompt \"a red star\" --x steps --x-values 10,20,40 --out steps.mp4",
                with_request_options({
                    {"x", "AXIS", "what differs between the runs: seed|steps|cfg|scheduler|prompt|negative|size|variation-seed|variation-strength"},
                    {"x-values", "VALUES", "2 to 4 values (list or range; prompts one per line)"},
                    {"x-file", "FILE", "read the values from a text file"},
                    {"out", "FILE.gif|FILE.mp4", "the side-by-side animation"},
                    {"fps", "N", "frames per second (default 4)"},
                    {"pane", "PX", "each run's picture is scaled to this width (default: its own, at least 256)"},
                    {"decode", "latent2rgb|taesd|vae", "how each step's x0 estimate becomes a picture (default: TAESD where the model has it, else the fast preview)"},
                    {"quiet", "", "print only errors"},
                }));
}

bool ends_with(const std::string& s, const std::string& suffix) {
    if (s.size() < suffix.size()) return false;
    return std::equal(suffix.rbegin(), suffix.rend(), s.rbegin(), [](char a, char b) { return std::tolower(a) == b; });
}

// The frame a run shows for `step`: the one of that step, else of the closest earlier step (a
// step whose preview was not recorded), else the first. Frames are in step order.
const TimelineFrame& frame_for_step(const std::vector<TimelineFrame>& frames, int step) {
    const TimelineFrame* best = &frames.front();
    for (const TimelineFrame& f : frames)
        if (f.step <= step) best = &f;
    return *best;
}

}  // namespace

int run_lockstep(const std::vector<std::string>& argv) {
    Args a = lockstep_args();
    if (a.parse_or_show_help(argv)) return 0;
    const bool quiet = a.has("quiet");
    const std::string out = a.str("out");
    if (out.empty()) throw Error("give the animation to write: --out FILE.gif or --out FILE.mp4");
    const bool gif = ends_with(out, ".gif");
    if (!gif && !ends_with(out, ".mp4")) throw Error("--out '" + out + "' must end in .gif or .mp4");
    check_output_files({out}, gif ? ".gif" : ".mp4");
    const double fps = a.number("fps", 4, 0.5, 60);
    GenerationRequest base = build_request(a);
    const SweepAxis x = *axis_from(a, "x", true);
    if (x.kind == SweepAxisKind::Model)
        throw Error("lockstep runs on one model: compare models with `stipple-cli sweep --x model`");
    if (x.values.size() < 2 || x.values.size() > 4)
        throw Error("lockstep compares 2 to 4 runs; --x-values gives " + std::to_string(x.values.size()));
    SweepPlan plan = make_sweep_plan(base, x, std::nullopt);  // checks the axis before the model loads

    GenerationService service;
    if (apply_model_recommendations(base, load_model(service, a, "lockstep"), a))
        plan = make_sweep_plan(base, x, std::nullopt);  // the axis still sets what it sweeps
    Pipeline& pipeline = service.pipeline();
    const PreviewMethod method = a.has("decode") ? parse_preview_method(a.str("decode"))
                                 : pipeline.info().has_taesd ? PreviewMethod::Taesd
                                                             : PreviewMethod::Fast;

    // Each run recorded in full, one after the other (one model, one run at a time).
    std::vector<std::vector<TimelineFrame>> runs;
    for (size_t i = 0; i < plan.cells.size(); ++i) {
        if (!quiet) std::fprintf(stderr, "run %zu/%zu: %s\n", i + 1, plan.cells.size(), x.values[i].c_str());
        StepProgress progress(quiet);
        TimelineRecorder recorder(pipeline, method, TimelineView::Denoised, &progress);
        if (!generate_interruptible(pipeline, plan.cells[i].request, &recorder, quiet, "lockstep")) return 130;
        if (recorder.frames().empty()) throw Error("run " + std::to_string(i + 1) + " recorded no steps");
        runs.push_back(recorder.frames());
    }

    // One frame per scrubber position of the longest run, each pane the step its run shows there.
    size_t positions = 0;
    int width = 0, height = 0;
    for (const auto& frames : runs) {
        positions = std::max(positions, frames.size());
        width = std::max(width, frames.front().denoised.width);
        height = std::max(height, frames.front().denoised.height);
    }
    const int pane = static_cast<int>(a.integer("pane", std::max(256, width), 32, 2048));
    const int pane_height = std::max(1, static_cast<int>(static_cast<int64_t>(height) * pane / std::max(1, width)));
    std::vector<std::string> labels;
    for (const std::string& v : x.values) labels.push_back(sweep_value_label(x.kind, v));
    std::vector<Image> animation;
    for (size_t p = 1; p <= positions; ++p) {
        std::vector<Image> cells;
        std::vector<std::string> captions;
        for (size_t r = 0; r < runs.size(); ++r) {
            const int steps = static_cast<int>(runs[r].size());
            const int step = lockstep_step(static_cast<int>(p), static_cast<int>(positions), steps);
            const TimelineFrame& f = frame_for_step(runs[r], step);
            cells.push_back(resize_image(f.denoised, pane, pane_height));
            captions.push_back(grid_label(sweep_axis_title(x.kind), labels[r]) + ", step " + std::to_string(f.step) +
                               "/" + std::to_string(f.total));
        }
        animation.push_back(make_captioned_grid(cells, static_cast<int>(cells.size()), captions).image);
    }
    // The end held a little longer, so a looping GIF shows the results before it starts over.
    for (int i = 0; i < 3; ++i) animation.push_back(animation.back());
    if (gif) write_gif(out, animation, static_cast<int>(1000 / fps));
    else write_mp4(out, animation, fps);
    if (!quiet)
        std::printf("%s  %zu runs, %zu frames, %dx%d\n", out.c_str(), runs.size(), animation.size(),
                    animation.front().width, animation.front().height);
    return 0;
}

}  // namespace stipple::cli
