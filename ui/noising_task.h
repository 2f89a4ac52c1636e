// The forward-noising view's work on the generation worker (worker_task.h): encode the chosen image
// with the loaded model's VAE once, then for each requested t draw x_t = √ᾱ_t·x₀ + √(1−ᾱ_t)·ε
// (core/teach/forward_noising.h, the same function `stipple-cli noise` uses) and decode it. The x₀
// latent is kept in a NoisingCache shared by the view's tasks, so dragging t never re-encodes.
#pragma once

#include "worker_task.h"

#include <QImage>
#include <QList>

#include <memory>
#include <mutex>
#include <vector>

namespace stipple::ui {

// The x₀ latent of the image last encoded and what it was encoded from (opaque here: it holds a
// tensor). Used only on the worker thread, by one task at a time.
struct NoisingCache;
std::shared_ptr<NoisingCache> makeNoisingCache();

// How x_t becomes a picture (Pipeline::preview).
enum class NoisingDecode { Fast = 0, FullVae = 1, Taesd = 2 };

struct NoisingRequest {
    int imageSerial = 0;  // changes whenever the view's image does (then x₀ is encoded again)
    QImage image;         // x₀ as a picture; encoded at its own size rounded down to the VAE factor
    int t = 500;          // noising step 0…T (t = 0: x₀ itself)
    quint64 seed = 0;     // of ε (the CLI's --seed)
    NoisingDecode decode = NoisingDecode::FullVae;
};

struct NoisingResult {
    int t = -1;               // -1: nothing computed
    quint64 seed = 0;
    double alphaBar = 0;      // ᾱ_t used
    QImage decoded;           // x_t decoded
    QList<QImage> channels;   // x_t's latent channels as grey pictures (−4…+4 → black…white)
    std::vector<float> latent;  // x_t [1, C, h, w], row-major (for tests and readouts)
    int latentChannels = 0, latentHeight = 0, latentWidth = 0;
    bool encoded = false;     // this task encoded x₀ (the first for an image or after a model change)
};

class NoisingTask final : public WorkerTask {
public:
    NoisingTask(std::shared_ptr<NoisingCache> cache, NoisingRequest request);
    QString title() const override;
    void run(stipple::GenerationService& service, TaskContext& context) override;

    // While the task waits in the queue the view replaces its request with the latest settings
    // (so a queued task computes the newest t, not the one it was queued with); false once it has
    // started (then the view queues another). Thread-safe.
    bool replaceRequest(const NoisingRequest& request);
    NoisingRequest request() const;
    // Valid after the controller's jobFinished for this task's job (the worker wrote it before).
    const NoisingResult& result() const { return result_; }

private:
    std::shared_ptr<NoisingCache> cache_;
    mutable std::mutex mutex_;  // guards request_ and started_
    NoisingRequest request_;
    bool started_ = false;
    NoisingResult result_;
};

}  // namespace stipple::ui
