// Trains the built-in model "Stipple Shapes" from scratch on rendered scenes: a SentencePiece
// tokenizer (spm_train), then the VAE, then UNet + text encoder on the epsilon loss with 10 %
// empty prompts; resumable checkpoints; writes a diffusers folder that Pipeline::load reads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace stipple::training {

struct TrainOptions {
    std::string out_dir;            // becomes the diffusers folder; checkpoints go to <out>/training/
    std::string vocab_path;         // scenes.json; "" = <out>/scenes.json, else the shipped one
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
    int steps = 2500;               // UNet + text encoder steps
    int batch = 64;
    double lr = 6e-4;
    int warmup = 100;
    double empty_prompt_share = 0.1;
    double high_noise_share = 0;    // share of diffusion samples drawn from t in [600, 1000) on top of uniform t
    double checkpoint_minutes = 3;
    int eval_every = 0;             // diffusion steps between held-out evaluations (learning curve; 0 = none)
    int eval_samples = 96;
    int log_every = 10;
    int corpus_captions = 40000;    // captions spm_train learns the tokenizer from
    std::function<void(const std::string&)> log;  // progress lines; null = stderr
};

struct TrainReport {
    int vae_steps_done = 0;
    int steps_done = 0;
    double first_loss = 0;          // mean diffusion loss of the first 10 steps of this run
    double last_loss = 0;           // mean of the last 10
    double vae_first_loss = 0, vae_last_loss = 0;
    bool finished = false;          // all steps done and the folder exported
    double seconds = 0;
};

// Runs (or resumes) training and exports the model folder after every checkpoint and at the end.
TrainReport train_builtin(const TrainOptions& options);

}  // namespace stipple::training
