// The values that travel between the GUI thread and the generation worker: a job (request +
// where to save), a preview frame, a finished result, and what a loaded model is.
#pragma once

#include "pipeline/generation_request.h"

#include <QImage>
#include <QList>
#include <QMetaType>
#include <QString>

namespace stipple::ui {

struct GenerationJob {
    int id = 0;
    stipple::GenerationRequest request;  // seeds = one per image; scheduler = A1111 label
    QString outputRoot;                  // results go to <outputRoot>/YYYY-MM-DD/NNNNN-<seed>.png
};

// One live preview of the current job (the batch tiled side by side).
struct PreviewFrame {
    int jobId = 0;
    int step = 0;
    int total = 0;
    double secondsThisStep = 0;
    double elapsed = 0;      // seconds since the job started
    bool noisy = false;      // x_t instead of the x0 estimate
    QString method;          // "latent", "taesd", "vae"
    QImage image;
};

struct GeneratedImage {
    QString path;            // saved PNG
    quint64 seed = 0;
    QString parameters;      // A1111 infotext written into the PNG
    QImage image;            // full image (for the preview pane)
    QImage thumbnail;        // <= 256 px
};

struct JobResult {
    int jobId = 0;
    QList<GeneratedImage> images;
    bool cancelled = false;
    int stepsDone = 0;
    int stepsAtCancel = -1;  // steps completed when Abort was pressed (-1: not aborted)
    double seconds = 0;
    QString error;           // non-empty: the job failed with this reason
};

struct ModelSummary {
    QString name;
    QString path;
    QString family;
    QString hash;            // sha256[:10] of the checkpoint (A1111's "Model hash")
    int defaultWidth = 512;
    int defaultHeight = 512;
    bool hasTaesd = false;
    QString defaultSampler;  // A1111 label of the model's own scheduler
    bool turbo = false;      // few-step distilled model: 1-4 steps, no guidance
};

}  // namespace stipple::ui

Q_DECLARE_METATYPE(stipple::ui::GenerationJob)
Q_DECLARE_METATYPE(stipple::ui::JobResult)
Q_DECLARE_METATYPE(stipple::ui::ModelSummary)
