// `stipple-cli generate`: the stable scripting interface to the pipeline (flags are a contract).
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/output_files.h"
#include "cli/request_options.h"
#include "common/error.h"
#include "image/image_io.h"
#include "pipeline/pipeline.h"

#include <cstdio>
#include <filesystem>

namespace stipple::cli {

namespace {

Args generate_args() {
    return Args("generate", "Generate images with a Stable Diffusion model (diffusers folder or .safetensors file).",
                with_request_options({
                    {"out", "FILE.png", "output file; several images become FILE-0.png, FILE-1.png, … (default stipple-<seed>.png)"},
                    {"preview-dir", "DIR", "also write each step's preview PNG (x0 estimate) into DIR"},
                    {"quiet", "", "print only errors"},
                }));
}

// Writes each step's preview into a folder as step-NNN.png.
class PreviewWriter : public StepObserver {
public:
    PreviewWriter(Pipeline& pipeline, std::string dir, bool quiet) : pipeline_(pipeline), dir_(std::move(dir)), quiet_(quiet) {}
    void on_step(const StepInfo& info) override {
        if (!quiet_) std::fprintf(stderr, "\rstep %d/%d  t=%g  %.2fs/step", info.step, info.total, info.timestep, info.seconds);
        if (dir_.empty()) return;
        char name[32];
        for (int i = 0; i < static_cast<int>(info.denoised.size(0)); ++i) {
            std::snprintf(name, sizeof name, "step-%03d%s.png", info.step,
                          info.denoised.size(0) > 1 ? ("-" + std::to_string(i)).c_str() : "");
            save_png(pipeline_.preview(info.denoised, PreviewMethod::Fast, i), dir_ + "/" + name);
        }
    }

private:
    Pipeline& pipeline_;
    std::string dir_;
    bool quiet_;
};

}  // namespace

int run_generate(const std::vector<std::string>& argv) {
    Args a = generate_args();
    if (a.parse_or_show_help(argv)) return 0;
    GenerationRequest request = build_request(a);
    const bool quiet = a.has("quiet");

    const std::string preview_dir = a.str("preview-dir");
    if (!preview_dir.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(preview_dir, ec);
        if (ec) throw Error("cannot create --preview-dir '" + preview_dir + "': " + ec.message());
    }
    const std::vector<std::string> outputs = output_paths(a.str("out"), request.seeds);
    check_output_files(outputs);

    GenerationService service;
    apply_model_recommendations(request, load_model(service, a, "generate"), a);
    PreviewWriter observer(service.pipeline(), preview_dir, quiet);
    RunControl control;
    GenerationResult result;
    {
        CancelOnInterrupt interrupt(control);
        result = service.pipeline().generate(request, &observer, &control);
    }
    if (!quiet) std::fprintf(stderr, "\n");
    if (result.cancelled) {
        std::fprintf(stderr, "stipple-cli generate: cancelled after %d steps; nothing written\n", result.steps_done);
        return 130;
    }
    service.save_all(request, result, outputs);
    if (!quiet)
        for (size_t i = 0; i < outputs.size(); ++i) {
            std::printf("%s  seed %llu", outputs[i].c_str(), static_cast<unsigned long long>(result.seeds[i]));
            if (request.variation_strength != 0 && i < request.variation_seeds.size())
                std::printf("  variation seed %llu", static_cast<unsigned long long>(request.variation_seeds[i]));
            std::printf("\n");
        }
    if (!quiet)
        for (size_t i = 0; i < result.faces_detailed.size(); ++i)
            std::fprintf(stderr, "%s: %d face(s) %s in %s\n", result.face_restorer.empty() ? "face detailer" : result.face_restorer.c_str(),
                         result.faces_detailed[i], result.face_restorer.empty() ? "redrawn" : "restored", outputs[i].c_str());
    if (!quiet) std::fprintf(stderr, "%.2f s\n", result.seconds);
    return 0;
}

}  // namespace stipple::cli
