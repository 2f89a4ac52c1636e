// `stipple-cli render-scene`: the ground-truth Stipple Shapes scene for a prompt and seed.
#include "cli/args.h"
#include "cli/commands.h"
#include "common/error.h"
#include "image/image_io.h"
#include "pipeline/resource_paths.h"
#include "scenes/scene_caption.h"
#include "scenes/scene_render.h"

#include <cstdio>

namespace stipple::cli {

int run_render_scene(const std::vector<std::string>& argv) {
    Args a("render-scene", "Render the built-in model's ground-truth scene for a prompt (what training shows it).",
           {
               {"prompt", "TEXT", "e.g. \"a large red circle in the top left on a blue background\""},
               {"seed", "N", "picks the unstated attributes and the jitter (default 0)"},
               {"vocab", "FILE", "scenes.json (default: the built-in model's)"},
               {"out", "FILE.png", "output image"},
           });
    if (a.parse_or_show_help(argv)) return 0;
    if (!a.has("prompt")) throw Error("render-scene needs --prompt TEXT");
    if (!a.has("out")) throw Error("render-scene needs --out FILE.png");
    const auto vocab = scenes::SceneVocab::load(a.str("vocab", builtin_model_dir() + "/scenes.json"));
    const scenes::SceneSpec spec = scenes::parse_caption(a.str("prompt"), vocab);
    std::mt19937_64 rng(a.has("seed") ? parse_u64(a.str("seed"), "--seed") : 0);
    const scenes::Scene scene = scenes::sample_scene(spec, vocab, rng);
    const cv::Mat rgb = scenes::render_scene(scene, vocab);
    Image image;
    image.width = rgb.cols;
    image.height = rgb.rows;
    image.rgb.assign(rgb.data, rgb.data + rgb.total() * 3);
    save_png(image, a.str("out"));
    std::printf("%s  %s\n", a.str("out").c_str(), scenes::spec_summary(scenes::full_spec(scene, vocab), vocab).c_str());
    return 0;
}

}  // namespace stipple::cli
