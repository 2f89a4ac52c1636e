// The values that travel between the GUI thread and the generation worker: a job (what to run and
// where results go), a preview frame, a finished result, and what a loaded model is. Qt and
// torch-free core types only, so the GUI never includes libtorch.
#pragma once

#include "common/generation_request.h"
#include "teach/sweep_plan.h"
#include "text/tokenizer.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace stipple { class EmbeddingMatcher; }

namespace stipple::ui {

// Every long job runs in the one queue of the GenerationController, on the one loaded model
// (an Upscale needs none: it loads its upscaler for the job and frees it after).
// A Task is a side job of the classroom views (forward noising, seed triage, training...): its own
// code runs on the worker thread with the loaded model (worker_task.h).
enum class JobKind { Generate, Sweep, Upscale, Task };

class WorkerTask;

// How the worker loads one model: the user's precision and threads, the model's own choices
// (Preferences::modelOverrides) and the library's LoRA and embedding folders.
struct ModelLoadArgs {
    QString path;
    QString dtype;           // "fp32", "bf16" or "auto"
    int threads = 0;         // 0 = chosen for the model
    QString vaePath;         // "" = the model's own VAE
    QString predictionType;  // "" = detected
    QStringList loraDirs, embeddingDirs;
};

// Upscale: one saved image enlarged by an upscaler (core/pipeline/upscaler.h) into a new image.
struct UpscaleJob {
    QString source;    // the image's file (its PNG text is kept)
    QString upscaler;  // "Lanczos", "Nearest" or a model .safetensors (make_upscaler)
    double scale = 2;  // the size is A1111's int(side * scale) // 8 * 8 (upscale_by_size)
};

struct GenerationJob {
    int id = 0;
    JobKind kind = JobKind::Generate;
    stipple::GenerationRequest request;  // Generate: seeds = one per image; scheduler = A1111 label
    QString outputRoot;                  // Generate: results go to <outputRoot>/YYYY-MM-DD/NNNNN-<seed>.png
    stipple::SweepPlan sweep;            // Sweep: every cell's request, rendered in order, saved nowhere
    // Sweep with a Model axis: how to load each of sweep.models() (the controller fills it when
    // queueing). The worker loads them one at a time and reloads the user's model afterwards.
    QList<ModelLoadArgs> sweepModels;
    UpscaleJob upscale;                  // Upscale: what to enlarge, with what; saved like Generate's images
    std::shared_ptr<WorkerTask> task;    // Task: what runs; its owner reads its results after jobFinished
};

// One live preview of the running job: a generation's batch tiled side by side, or one sweep cell.
struct PreviewFrame {
    int jobId = 0;
    int cell = -1;           // sweep cell; -1 for a generation
    int step = 0;
    int total = 0;
    int jobStepsDone = 0;    // sweep: steps done over all cells so far
    int jobStepsTotal = 0;
    double secondsThisStep = 0;
    double elapsed = 0;      // seconds since the job started
    bool noisy = false;      // x_t instead of the x0 estimate
    double timestep = -1;    // the sampler's model timestep of this step (diffusers' 0…T-1, fractional for
                             // Karras sigmas); -1 = not a denoising step
    QImage image;            // a batch's previews tiled (batch_tile.h)
    int batch = 1;           // images in the tile
    QSize cellSize;          // the size of each
    bool tiles = false;      // an Upscale's progress: step/total count tiles, and there is no image
};

struct GeneratedImage {
    QString path;                        // saved PNG ("" for sweep cells, which are not saved)
    quint64 seed = 0;
    QString parameters;                  // A1111 infotext (what ran: the sampler label, the seed)
    stipple::GenerationRequest request;  // the same as a value (this image's seed only)
    QImage image;                        // full size: the first image of a batch and sweep cells only
    QImage thumbnail;                    // <= 256 px
    QByteArray thumbnailPng;             // the thumbnail encoded for the history (on the worker)
    int cell = -1;                       // sweep cell
};

struct JobResult {
    int jobId = 0;
    JobKind kind = JobKind::Generate;
    QList<GeneratedImage> images;        // Generate: the saved images; Sweep: none (cells come one by one)
    bool cancelled = false;
    int stepsDone = 0;
    int stepsAtCancel = -1;  // steps completed when Abort was pressed (-1: not aborted)
    double seconds = 0;
    QString error;           // non-empty: the job failed with this reason
};

struct ModelSummary {
    QString name;
    QString path;
    QString family;          // "SD 1.x", "SD 2.x", "SDXL"
    QString hash;            // sha256[:10] of the checkpoint (A1111's "Model hash")
    int defaultWidth = 512;
    int defaultHeight = 512;
    bool hasTaesd = false;
    QString defaultSampler;  // A1111 label of the model's own scheduler
    bool turbo = false;      // few-step distilled model: 1-4 steps, no guidance
    double recommendedCfg = 0;   // the model's advice (ModelInfo::recommended_cfg); 0 = none
    int recommendedSteps = 0;    // likewise for the step count
    QString predictionType;    // "epsilon" / "v_prediction"
    QString predictionSource;  // what decided it for a single file ("" for folders)
    QString vaeName;           // a separate VAE file in use, else ""
    int tokenLimit = 75;     // prompt tokens the text encoder reads (model_max_length - bos - eos)
    bool previewsWithVae = false;  // its VAE is so cheap that the fast preview is the VAE itself
    // The training noise schedule ᾱ (Pipeline::alphas_cumprod: diffusers' timestep i at index i), for
    // the SNR plot under the timeline.
    QList<double> alphasCumprod;
    // A model trained on a closed vocabulary (the built-in one: scenes.json in its folder): every
    // word it knows, and prompts to try. Both empty for ordinary models.
    QStringList vocabulary;
    QStringList examplePrompts;
    // The model's tokenizer: const and thread-safe, so the token counter uses it on its own thread.
    std::shared_ptr<const stipple::Tokenizer> tokenizer;
    // Its textual-inversion embeddings as the token counter finds them (null: none), and the
    // embedding files that could not be used, one line each (shown once after the load).
    std::shared_ptr<const stipple::EmbeddingMatcher> embeddings;
    QStringList embeddingProblems;
};

}  // namespace stipple::ui

Q_DECLARE_METATYPE(stipple::ui::GenerationJob)
Q_DECLARE_METATYPE(stipple::ui::JobResult)
Q_DECLARE_METATYPE(stipple::ui::ModelSummary)
Q_DECLARE_METATYPE(stipple::ui::GeneratedImage)
