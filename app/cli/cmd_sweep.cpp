// `stipple-cli sweep`: an X/Y plot as one command — a labelled grid PNG whose metadata lists every
// cell's parameters; each cell is the single generation `stipple-cli generate` makes with them.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "common/error.h"
#include "pipeline/runtime.h"
#include "teach/sweep_export.h"
#include "teach/sweep_run.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace stipple::cli {

namespace {

Args sweep_args() {
    return Args("sweep",
                "Render an X/Y grid of images that differ in one or two parameters (A1111's X/Y plot).\n"
                "Axes: seed, steps, cfg, scheduler, prompt, negative, size, variation-seed, variation-strength.\n"
                "Values: lists (1,5,9 or "
                "\"Euler a\", \"DPM++ 2M Karras\"), ranges (1-96:5 = every 5th from 1 to 96; 2-20:3; 2-8[4] = 4 values),\n"
                "prompts one per line. Example:\n"
                "  stipple-cli sweep --prompt \"a red circle\" --seed 42 --x steps --x-values 1-96:5 --out steps.png",
                with_request_options({
                    {"x", "AXIS", "what the columns vary: seed|steps|cfg|scheduler|prompt|negative|size|variation-seed|variation-strength"},
                    {"x-values", "VALUES", "the column values (list or range; prompts one per line)"},
                    {"x-file", "FILE", "read the column values from a text file (e.g. one prompt per line)"},
                    {"y", "AXIS", "what the rows vary (optional)"},
                    {"y-values", "VALUES", "the row values"},
                    {"y-file", "FILE", "read the row values from a text file"},
                    {"out", "FILE.png", "the labelled grid (default sweep.png)"},
                    {"cells-dir", "DIR", "also write every cell as its own PNG with its parameters"},
                    {"quiet", "", "print only errors"},
                }));
}

std::string read_text_file(const std::string& path, const std::string& option) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot read " + option + " '" + path + "'");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::optional<SweepAxis> axis_from(const Args& a, const std::string& which, bool required) {
    const std::string name = a.str(which), values = "--" + which + "-values", file = "--" + which + "-file";
    const bool has_values = a.has(which + "-values"), has_file = a.has(which + "-file");
    if (name.empty()) {
        if (required) throw Error("give the X axis: --x seed|steps|cfg|scheduler|prompt|negative|size|variation-seed|variation-strength");
        if (has_values || has_file) throw Error(values + " / " + file + " need --" + which + " (the axis they vary)");
        return std::nullopt;
    }
    if (has_values == has_file) throw Error("give the --" + which + " axis values with either " + values + " or " + file);
    const SweepAxisKind kind = parse_sweep_axis_kind(name);
    return parse_sweep_axis(kind, has_file ? read_text_file(a.str(which + "-file"), file) : a.str(which + "-values"));
}

class ProgressPrinter : public SweepObserver {
public:
    ProgressPrinter(int cells, bool quiet) : cells_(cells), quiet_(quiet) {}
    void on_cell_step(int cell, const StepInfo& info, int done, int total) override {
        if (quiet_) return;
        std::fprintf(stderr, "\rcell %d/%d  step %d/%d  overall %3d%%  ", cell + 1, cells_, info.step, info.total,
                     total > 0 ? done * 100 / total : 100);
    }

private:
    int cells_;
    bool quiet_;
};

}  // namespace

int run_sweep(const std::vector<std::string>& argv) {
    Args a = sweep_args();
    if (a.parse_or_show_help(argv)) return 0;
    const bool quiet = a.has("quiet");
    const GenerationRequest base = build_request(a);
    const std::optional<SweepAxis> x = axis_from(a, "x", true);
    const std::optional<SweepAxis> y = axis_from(a, "y", false);
    const SweepPlan plan = make_sweep_plan(base, *x, y);
    const std::string out = a.str("out", "sweep.png");
    check_output_files({out});
    const std::string cells_dir = a.str("cells-dir");
    if (!cells_dir.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(cells_dir, ec);
        if (ec) throw Error("cannot create --cells-dir '" + cells_dir + "': " + ec.message());
    }

    GenerationService service;
    load_model(service, a, "sweep");
    Pipeline* pipeline = &service.pipeline();
    if (!quiet)
        std::fprintf(stderr, "%d x %d sweep (%zu cells, %d steps in all) on %s\n", plan.columns, plan.rows,
                     plan.cells.size(), plan.total_steps(), pipeline->info().name.c_str());

    ProgressPrinter progress(static_cast<int>(plan.cells.size()), quiet);
    RunControl control;
    SweepResult result;
    {
        CancelOnInterrupt interrupt(control);
        result = stipple::run_sweep(*pipeline, plan, &progress, &control);
    }
    if (!quiet) std::fprintf(stderr, "\n");
    if (result.cancelled) {
        std::fprintf(stderr, "stipple-cli sweep: cancelled after %d of %zu cells; nothing written\n", result.cells_done,
                     plan.cells.size());
        return 130;
    }

    const InfotextSource source = service.infotext_source();
    std::vector<Image> images;
    std::vector<std::string> labels;
    for (const auto& cell : result.cells) {
        images.push_back(cell.images.empty() ? Image{} : cell.images.front());
        labels.push_back(cell.scheduler_label);
    }
    save_sweep_grid(out, plan, images, labels, source);
    if (!cells_dir.empty()) {
        for (size_t i = 0; i < plan.cells.size(); ++i) {
            char name[48];
            std::snprintf(name, sizeof name, "cell-%02d-%02d.png", plan.cells[i].row, plan.cells[i].column);
            service.save_all(plan.cells[i].request, result.cells[i], {cells_dir + "/" + name});
        }
    }
    if (!quiet) std::printf("%s  %d x %d cells  %.1f s\n", out.c_str(), plan.columns, plan.rows, result.seconds);
    return 0;
}

}  // namespace stipple::cli
