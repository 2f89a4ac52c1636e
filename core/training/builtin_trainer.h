// Trains the built-in model "Stipple Shapes" from scratch on rendered scenes: a SentencePiece
// tokenizer (spm_train), then the VAE, then UNet + text encoder on the epsilon loss with 10 %
// empty prompts; resumable checkpoints; writes a diffusers folder that Pipeline::load reads.
//
// A live view (the app's Train a tiny model dialog) watches a run through TrainOptions::progress
// (every step of every phase) and ::sample (a few fixed prompts rendered from the exported folder
// every sample_every diffusion steps) and stops it with ::cancel. Invariant of the model folder:
// model_index.json is written last and every file goes through a temp file + rename, so a folder
// with model_index.json is always a whole, loadable model (the last export), whenever the run stops.
#pragma once

#include "common/image.h"
#include "training/builtin_configs.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace stipple::training {

enum class TrainPhase { Tokenizer, Text, Vae, Diffusion };

// One step of a run, as a live view shows it.
struct TrainProgress {
    TrainPhase phase = TrainPhase::Tokenizer;
    int step = 0;                   // steps done in this phase (the whole run's count, resumed ones included)
    int total = 0;                  // the phase's step count
    double loss = 0;                // mean loss of the phase's last 10 steps
    double elapsed = 0;             // seconds since this run started
    double seconds_per_step = 0;    // this phase in this run so far
    // Seconds left for the whole run: this phase at its measured speed, later phases at the speed
    // measured for them on the class preset relative to this one (an estimate until they start).
    double eta = 0;
};

// Sample images rendered with the weights of diffusion step `step` (the exported EMA weights).
struct TrainSample {
    int step = 0;
    std::vector<std::string> prompts;
    std::vector<Image> images;      // one per prompt
    double seconds = 0;             // export + load + render: what the samples cost the run
};

struct TrainOptions {
    std::string out_dir;            // becomes the diffusers folder; checkpoints go to <out>/training/
    std::string vocab_path;         // scenes.json; "" = <out>/scenes.json, else the preset's, else the shipped one
    std::string preset;             // set by apply_preset (builtin_presets.h): "class" brings its own vocabulary
    bool resume = false;            // continue from <out>/training/ (an Error when there is nothing to resume)
    double minutes = 0;             // wall-clock budget for this run; 0 = until the step counts are reached
    uint64_t seed = 1;
    std::string size = "full";      // "full" or "tiny"
    int text_steps = 0;             // text encoder pretraining on caption -> attributes (0 = none: trained jointly)
    int text_batch = 128;
    double text_lr = 2e-3;
    int vae_steps = 600;
    int vae_batch = 16;
    double vae_lr = 2e-3;
    double vae_kl_weight = 1e-4;    // small: the latent's sampling noise blurs what the decoder learns
    double vae_object_weight = 0;   // extra loss weight on pixels that differ from the background (0 = uniform)
    // Then the decoder alone, the encoder (and so the latent space the UNet learns) fixed: sharpens
    // what the latents already hold. Also runs after --init-from, before the diffusion steps.
    int decoder_steps = 0;
    double decoder_lr = 5e-4;
    int steps = 2500;               // UNet + text encoder steps
    int batch = 64;
    double lr = 6e-4;
    int warmup = 100;
    double empty_prompt_share = 0.1;
    double high_noise_share = 0;    // share of diffusion samples drawn from t in [600, 1000) on top of uniform t
    double two_object_share = 0.35; // share of training scenes (VAE and diffusion) with two objects
    // The sampler settings the exported folder recommends (model_index.json "_stipple_recommended").
    double recommended_cfg = kRecommendedCfg;
    int recommended_steps = kRecommendedSteps;
    // A trained model folder to continue from (a fresh run only): its tokenizer, vocabulary, VAE,
    // scaling factor, text encoder and UNet are taken as they are, the text and VAE phases are
    // skipped, and the diffusion phase runs `steps` more steps with a new warm-up and cosine.
    std::string init_from;
    double checkpoint_minutes = 3;
    int eval_every = 0;             // diffusion steps between held-out evaluations (learning curve; 0 = none)
    int eval_samples = 96;
    int log_every = 10;
    int corpus_captions = 40000;    // captions spm_train learns the tokenizer from
    std::function<void(const std::string&)> log;  // progress lines; null = stderr

    // Live runs. All are called on the training thread.
    const std::atomic<bool>* cancel = nullptr;  // set from another thread: stop after the current step
    std::function<void(const TrainProgress&)> progress;  // once as the tokenizer starts, then after every step
    int sample_every = 0;           // diffusion steps between sample renders (0 = none); also after the last step
    int sample_steps = 8;           // sampler steps of a sample render (the model's default sampler, recommended_cfg)
    uint64_t sample_seed = 7;
    std::vector<std::string> sample_prompts;  // "" = the vocabulary's example prompts (at most 4)
    std::function<void(const TrainSample&)> sample;
};

struct TrainReport {
    int vae_steps_done = 0;
    int decoder_steps_done = 0;
    int steps_done = 0;
    double first_loss = 0;          // mean diffusion loss of the first 10 steps of this run
    double last_loss = 0;           // mean of the last 10
    double vae_first_loss = 0, vae_last_loss = 0;
    bool finished = false;          // all steps done and the folder exported
    bool cancelled = false;         // stopped by TrainOptions::cancel (checkpoint written; --resume continues)
    bool exported = false;          // <out> holds a loadable model folder (model_index.json)
    double seconds = 0;
    double sample_seconds = 0;      // spent rendering samples (included in seconds)
    int samples = 0;                // sample renders made
};

// Runs (or resumes) training and exports the model folder after every checkpoint and at the end.
TrainReport train_builtin(const TrainOptions& options);

// True when `dir` holds an exported model (model_index.json; see the invariant above).
bool has_exported_model(const std::string& dir);

}  // namespace stipple::training
