// stipple-cli: headless generation and tools. `stipple-cli --help` lists the subcommands.
#include "cli/commands.h"
#include "common/blas_kernels.h"
#include "common/error.h"
#include "stipple_version.h"

#include <cstdio>
#include <cstring>
#include <iostream>

namespace stipple::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> list = {
        {"generate", "text-to-image, img2img and inpainting from the command line", run_generate},
        {"sweep", "an X/Y grid over seed, steps, cfg, scheduler, prompt or size, labelled", run_sweep},
        {"triage", "render many seeds to a fraction of the steps, then finish the chosen ones", run_triage},
        {"timeline", "export one image's denoising as GIF, MP4 and a labelled filmstrip", run_timeline},
        {"noise", "show the forward (noising) process q(x_t | x0) of an image with a model's schedule", run_noise},
        {"guidance", "show classifier-free guidance step by step: x0 from the prompt, the negative, their difference", run_guidance},
        {"lockstep", "denoise 2-4 runs that differ in one setting side by side, step by step, as a GIF or MP4", run_lockstep},
        {"prompt", "show how a prompt in AUTOMATIC1111's syntax is read (weights, editing, AND) as JSON", run_prompt},
        {"upscale", "enlarge an image with Lanczos, Nearest or an ESRGAN / Real-ESRGAN model, keeping its parameters", run_upscale},
        {"restore-faces", "restore the faces in an image with a GFPGAN or CodeFormer ONNX model, keeping its parameters", run_restore_faces},
        {"convert", "convert a .ckpt/.pt pickle checkpoint to .safetensors without running it", run_convert},
        {"models", "list the model library: checkpoints, LoRAs, embeddings, VAEs with family, size, hash", run_models},
        {"info", "describe a model folder or checkpoint (family, sizes, scheduler)", run_info},
        {"render-scene", "draw the built-in model's ground-truth scene for a prompt", run_render_scene},
        {"train-builtin", "train the built-in Stipple Shapes model from scratch", run_train_builtin},
        {"eval-builtin", "score the built-in model on held-out prompts", run_eval_builtin},
        {"bench", "time a generation phase by phase: steps, decodes, previews, memory, GFLOPS", run_bench},
    };
    return list;
}

}  // namespace stipple::cli

namespace {

void print_usage(std::FILE* out) {
    std::fprintf(out, "usage: stipple-cli <command> [options]\n\nStipple %s — text-to-image diffusion, headless.\n\ncommands:\n",
                 STIPPLE_VERSION);
    for (const auto& c : stipple::cli::commands()) std::fprintf(out, "  %-12s %s\n", c.name, c.summary);
    std::fprintf(out, "\n`stipple-cli <command> --help` describes a command's options.\n");
}

}  // namespace

int main(int argc, char** argv) {
    stipple::relaunch_with_native_blas_kernels(argv);
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        print_usage(stderr);
        return 2;
    }
    const std::string name = args.front();
    if (name == "--help" || name == "-h" || name == "help") {
        print_usage(stdout);
        return 0;
    }
    if (name == "--version") {
        std::printf("stipple-cli %s\n", STIPPLE_VERSION);
        return 0;
    }
    for (const auto& c : stipple::cli::commands()) {
        if (name != c.name) continue;
        try {
            return c.run({args.begin() + 1, args.end()});
        } catch (const stipple::Error& e) {
            std::fprintf(stderr, "stipple-cli %s: error: %s\n", c.name, e.what());
            return 2;
        } catch (const std::bad_alloc&) {
            std::fprintf(stderr, "stipple-cli %s: error: out of memory (try a smaller size or --dtype bf16)\n", c.name);
            return 2;
        } catch (const std::exception& e) {
            // libtorch errors carry a C++ backtrace after the first line; users need the first line.
            std::string what = e.what();
            std::fprintf(stderr, "stipple-cli %s: error: %s\n", c.name, what.substr(0, what.find('\n')).c_str());
            return 2;
        }
    }
    std::fprintf(stderr, "stipple-cli: unknown command '%s'\n\n", name.c_str());
    print_usage(stderr);
    return 2;
}
