// `stipple-cli eval-builtin`: scores the built-in model on held-out prompts with an OpenCV checker.
#include "cli/args.h"
#include "cli/commands.h"
#include "common/error.h"
#include "pipeline/runtime.h"
#include "training/builtin_eval.h"

#include <cstdio>

namespace stipple::cli {

int run_eval_builtin(const std::vector<std::string>& argv) {
    Args a("eval-builtin", "Generate held-out prompt x seed samples with the built-in model and check them with OpenCV.",
           {
               {"model", "DIR", "Stipple Shapes model folder (default: the built-in one)"},
               {"samples", "N", "number of prompt x seed samples (default 400)"},
               {"seed", "N", "seed of the prompts and images (default 20261121)"},
               {"steps", "N", "denoising steps (default: the model's recommendation)"},
               {"cfg", "F", "guidance scale (default: the model's recommendation)"},
               {"scheduler", "NAME", "sampler: A1111 label or diffusers class (default \"DPM++ 2M Karras\")"},
               {"sheet", "FILE.png", "write a contact sheet of the failures"},
               {"unseen-order", "", "say prompts in phrasings never trained on (\"on a blue background, a red star in the top left\", \"a red star in the top left, blue background\", \"... in the top left of a blue background\")"},
               {"position-first", "", "say prompts position first (\"in the top left a red star on a blue background\")"},
               {"tags", "", "say prompts as A1111-style tags (\"red star, top left, blue background\")"},
               {"vae-roundtrip", "", "check the model's VAE instead: encode and decode the true renders of the same prompts"},
               {"threads", "N", "CPU threads (default 1: fastest for this small model)"},
           });
    if (a.parse_or_show_help(argv)) return 0;
    set_thread_count(a.integer("threads", 1, 1, 1024));
    training::EvalOptions o;
    o.model_dir = a.str("model");
    o.samples = a.integer("samples", o.samples, 1, 1000000);
    if (a.has("seed")) o.seed = parse_u64(a.str("seed"), "--seed");
    if (a.has("steps")) o.steps = a.integer("steps", 0, 1, 1000);
    if (a.has("cfg")) o.cfg = a.number("cfg", 0, 0, 100);
    if (a.has("scheduler")) o.scheduler = a.str("scheduler");
    o.sheet = a.str("sheet");
    o.vae_roundtrip = a.has("vae-roundtrip");
    if (int(a.has("unseen-order")) + int(a.has("tags")) + int(a.has("position-first")) > 1)
        throw Error("--unseen-order, --position-first and --tags are three phrasings: give one");
    if (a.has("unseen-order")) o.order = scenes::WordOrder::Unseen;
    if (a.has("position-first")) o.order = scenes::WordOrder::PositionFirst;
    if (a.has("tags")) o.order = scenes::WordOrder::Tags;
    o.log = [](const std::string& line) { std::fprintf(stderr, "%s\n", line.c_str()); };
    const training::EvalReport r = training::evaluate_builtin(o);
    std::printf("%s", training::format_report(r).c_str());
    if (!o.sheet.empty()) std::printf("failures (%d) -> %s\n", r.failures, o.sheet.c_str());
    return 0;
}

}  // namespace stipple::cli
