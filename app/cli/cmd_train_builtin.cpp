// `stipple-cli train-builtin`: trains the built-in model "Stipple Shapes" from scratch (CPU).
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/request_options.h"
#include "common/error.h"
#include "training/builtin_presets.h"
#include "training/builtin_trainer.h"
#include "training/learning_curve.h"

#include <ATen/Parallel.h>

#include <cstdio>

namespace stipple::cli {

int run_train_builtin(const std::vector<std::string>& argv) {
    Args a("train-builtin", "Train the built-in Stipple Shapes model from rendered scenes; writes a diffusers folder.",
           {
               {"out", "DIR", "model folder to write (checkpoints in DIR/training)"},
               {"resume", "", "continue the run in DIR from its last checkpoint"},
               {"preset", "class", "a named recipe; class: a tiny model of 6 colors, 3 shapes on 32x32 images that trains in about ten minutes (the options below override it)"},
               {"minutes", "N", "stop (resumably) after N minutes of wall time (default: no limit)"},
               {"seed", "N", "seed of the data, initialisation and noise (default 1)"},
               {"size", "full|wide|class|tiny", "model size (default full; class: the class preset's; tiny is for smoke tests)"},
               {"text-steps", "N", "pretrain the text encoder on caption -> attributes for N steps, then keep it fixed (default 0: trained with the UNet)"},
               {"vae-kl", "F", "VAE KL weight (default 1e-4)"},
               {"vae-object-weight", "F", "extra VAE loss weight on object pixels (default 0)"},
               {"high-noise-share", "F", "share of diffusion samples redrawn from t in [600, 1000) (default 0)"},
               {"init-from", "DIR", "continue a trained model folder (its tokenizer, VAE, text encoder and UNet): only the diffusion phase runs (after --decoder-steps, if given), --steps more steps"},
               {"two-object-share", "F", "share of training scenes with two objects (default 0.35)"},
               {"eval-every", "N", "score held-out prompts every N diffusion steps: learning_curve.csv/.png in DIR (default 0: never)"},
               {"plot-only", "", "only redraw DIR/learning_curve.png from DIR/learning_curve.csv"},
               {"eval-samples", "N", "held-out samples per learning-curve point (default 96)"},
               {"vae-steps", "N", "VAE steps (default 600)"},
               {"decoder-steps", "N", "then N steps of the VAE decoder alone, the encoder fixed (also after --init-from; default 0)"},
               {"decoder-lr", "F", "learning rate of those decoder steps (default 5e-4)"},
               {"vae-batch", "N", "VAE batch size (default 16)"},
               {"steps", "N", "UNet + text encoder steps (default 2500)"},
               {"batch", "N", "diffusion batch size (default 64)"},
               {"lr", "F", "diffusion learning rate (default 6e-4)"},
               {"checkpoint-minutes", "F", "minutes between checkpoints (default 3)"},
               {"log-every", "N", "steps between progress lines (default 10)"},
               {"threads", "N", "CPU threads (default 2; 1 with --preset class)"},
           });
    if (a.parse_or_show_help(argv)) return 0;
    if (!a.has("out")) throw Error("train-builtin needs --out DIR");
    if (a.has("plot-only")) {
        const std::string dir = a.str("out");
        const auto curve = training::read_curve(dir + "/learning_curve.csv");
        if (curve.empty()) throw Error("'" + dir + "/learning_curve.csv' holds no learning curve");
        training::plot_curve(dir + "/learning_curve.png", curve);
        std::printf("%s/learning_curve.png: %zu points\n", dir.c_str(), curve.size());
        return 0;
    }
    // The class preset's tiny model runs fastest on one thread (as threads_for_model picks for generation).
    at::set_num_threads(a.integer("threads", a.has("preset") ? 1 : 2, 1, 256));
    training::TrainOptions o;
    if (a.has("preset")) training::apply_preset(o, a.str("preset"));
    o.out_dir = a.str("out");
    o.resume = a.has("resume");
    o.minutes = a.number("minutes", 0, 0, 1e6);
    o.seed = a.has("seed") ? parse_u64(a.str("seed"), "--seed") : 1;
    o.size = a.str("size", o.size);
    o.vae_steps = a.integer("vae-steps", o.vae_steps, 0, 10000000);
    o.decoder_steps = a.integer("decoder-steps", o.decoder_steps, 0, 10000000);
    o.decoder_lr = a.number("decoder-lr", o.decoder_lr, 1e-7, 1.0);
    o.steps = a.integer("steps", o.steps, 1, 10000000);
    o.batch = a.integer("batch", o.batch, 1, 4096);
    o.vae_batch = a.integer("vae-batch", o.vae_batch, 1, 4096);
    o.text_steps = a.integer("text-steps", o.text_steps, 0, 10000000);
    o.vae_kl_weight = a.number("vae-kl", o.vae_kl_weight, 0, 1);
    o.vae_object_weight = a.number("vae-object-weight", o.vae_object_weight, 0, 1000);
    o.high_noise_share = a.number("high-noise-share", o.high_noise_share, 0, 1);
    o.init_from = a.str("init-from");
    o.two_object_share = a.number("two-object-share", o.two_object_share, 0, 1);
    o.eval_every = a.integer("eval-every", o.eval_every, 0, 10000000);
    o.eval_samples = a.integer("eval-samples", o.eval_samples, 1, 100000);
    o.log_every = a.integer("log-every", o.log_every, 1, 1000000);
    o.lr = a.number("lr", o.lr, 1e-7, 1.0);
    o.checkpoint_minutes = a.number("checkpoint-minutes", o.checkpoint_minutes, 0.05, 1e6);
    o.log = [](const std::string& line) {
        std::printf("%s\n", line.c_str());
        std::fflush(stdout);
    };
    // Ctrl+C stops after the current step with a checkpoint (and, in the diffusion phase, the model
    // folder) written: `--resume` continues from exactly there.
    RunControl control;
    const CancelOnInterrupt interrupt(control);
    o.cancel = &control.cancel;
    const training::TrainReport r = training::train_builtin(o);
    std::printf("%s after %.0f s: VAE steps %d, decoder steps %d, diffusion steps %d, loss %.4f -> %.4f\n",
                r.finished ? "finished" : r.cancelled ? "stopped by Ctrl+C" : "stopped", r.seconds, r.vae_steps_done, r.decoder_steps_done, r.steps_done,
                r.first_loss, r.last_loss);
    return r.cancelled ? 130 : 0;
}

}  // namespace stipple::cli
