// `stipple-cli sweep`: an X/Y plot as one command — a labelled grid PNG whose metadata lists every
// cell's parameters; each cell is the single generation `stipple-cli generate` makes with them.
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "cli/sweep_axis_option.h"
#include "common/error.h"
#include "pipeline/runtime.h"
#include "teach/sweep_export.h"
#include "teach/sweep_run.h"
#include "image/png_text.h"

#include <cstdio>
#include <filesystem>

namespace stipple::cli {

namespace {

Args sweep_args() {
    return Args("sweep",
                "Render an X/Y grid of images that differ in one or two parameters (A1111's X/Y plot).\n"
                "Axes: seed, steps, cfg, scheduler, prompt, negative, size, variation-seed, variation-strength, model.\n"
                "Values: lists (1,5,9 or "
                "\"Euler a\", \"DPM++ 2M Karras\"), ranges (1-96:5 = every 5th from 1 to 96; 2-20:3; 2-8[4] = 4 values),\n"
                "prompts and models one per line (models also as a quoted, comma-separated list). Examples:\n"
                "  stipple-cli sweep --prompt \"a red circle\" --seed 42 --x steps --x-values 1-96:5 --out steps.png\n"
                "  stipple-cli sweep --prompt \"a cat\" --x model --x-values \"a.safetensors, b.safetensors\" --y seed --y-values 1-4\n"
                "A model axis loads each model once, one at a time (cells are grouped by model).",
                with_request_options({
                    {"x", "AXIS", "what the columns vary: seed|steps|cfg|scheduler|prompt|negative|size|variation-seed|variation-strength|model"},
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

// Prints progress, and keeps each finished cell's infotext: made right after the cell, while the
// model that rendered it is loaded (a Model sweep has several), with its LoRA and embedding hashes.
class ProgressPrinter : public SweepObserver {
public:
    ProgressPrinter(GenerationService& service, const SweepPlan& plan, bool quiet)
        : service_(service), plan_(plan), quiet_(quiet), parameters(plan.cells.size()) {}
    void on_cell_step(int cell, const StepInfo& info, int done, int total) override {
        if (quiet_) return;
        std::fprintf(stderr, "\rcell %d/%zu  step %d/%d  overall %3d%%  ", cell + 1, plan_.cells.size(), info.step,
                     info.total, total > 0 ? done * 100 / total : 100);
    }
    void on_cell_done(int cell, const GenerationResult& result) override {
        parameters[static_cast<size_t>(cell)] = service_.parameters(plan_.cells[static_cast<size_t>(cell)].request, result, 0);
    }
    void on_model_loading(int, const std::string& model, int index, int count) override {
        if (!quiet_) std::fprintf(stderr, "\rloading model %d/%d: %s\n", index + 1, count, model.c_str());
    }

private:
    GenerationService& service_;
    const SweepPlan& plan_;
    bool quiet_;

public:
    std::vector<std::string> parameters;  // one per plan cell, "" until it finished
};

}  // namespace

int run_sweep(const std::vector<std::string>& argv) {
    Args a = sweep_args();
    if (a.parse_or_show_help(argv)) return 0;
    const bool quiet = a.has("quiet");
    GenerationRequest base = build_request(a);
    const std::optional<SweepAxis> x = axis_from(a, "x", true);
    const std::optional<SweepAxis> y = axis_from(a, "y", false);
    SweepPlan plan = make_sweep_plan(base, *x, y);
    const std::string out = a.str("out", "sweep.png");
    check_output_files({out});
    const std::string cells_dir = a.str("cells-dir");
    if (!cells_dir.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(cells_dir, ec);
        if (ec) throw Error("cannot create --cells-dir '" + cells_dir + "': " + ec.message());
    }

    check_sweep_models(plan);  // a mistyped model path stops here, before any compute

    GenerationService service;
    const std::vector<std::string> models = plan.models();
    const LoadSettings settings = load_settings(a);
    // A Model axis names every cell's model (each keeps the command line's settings).
    if (models.empty() && apply_model_recommendations(base, load_model(service, a, "sweep"), a))
        plan = make_sweep_plan(base, *x, y);  // the axes still set what they sweep
    if (!quiet)
        std::fprintf(stderr, "%d x %d sweep (%zu cells, %d steps in all) on %s\n", plan.columns, plan.rows,
                     plan.cells.size(), plan.total_steps(),
                     models.empty() ? service.pipeline().info().name.c_str()
                                    : (std::to_string(models.size()) + " models, one at a time").c_str());
    // One model at a time through the one service: GenerationService::load frees the one before.
    const SweepModelLoader loader = [&](const std::string& model) -> Pipeline& {
        if (model.empty()) return service.pipeline();
        service.load(model, settings);
        return service.pipeline();
    };

    ProgressPrinter progress(service, plan, quiet);
    RunControl control;
    SweepResult result;
    {
        CancelOnInterrupt interrupt(control);
        result = stipple::run_sweep(loader, plan, &progress, &control);
    }
    if (!quiet) std::fprintf(stderr, "\n");
    if (result.cancelled) {
        std::fprintf(stderr, "stipple-cli sweep: cancelled after %d of %zu cells; nothing written\n", result.cells_done,
                     plan.cells.size());
        return 130;
    }

    std::vector<Image> images;
    for (const auto& cell : result.cells) images.push_back(cell.images.empty() ? Image{} : cell.images.front());
    const LabelledGrid grid = make_sweep_grid(plan, images);
    save_sweep_grid(out, plan, progress.parameters, grid.image, grid.cells);
    if (!cells_dir.empty()) {
        // Each cell's PNG carries the infotext made when it finished (its own model's name and hash).
        for (size_t i = 0; i < plan.cells.size(); ++i) {
            char name[48];
            std::snprintf(name, sizeof name, "cell-%02d-%02d.png", plan.cells[i].row, plan.cells[i].column);
            write_png_with_text(cells_dir + "/" + name, result.cells[i].images.front(), {{"parameters", progress.parameters[i]}});
        }
    }
    if (!quiet) std::printf("%s  %d x %d cells  %.1f s\n", out.c_str(), plan.columns, plan.rows, result.seconds);
    return 0;
}

}  // namespace stipple::cli
