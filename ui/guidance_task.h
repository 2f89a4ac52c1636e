// The guidance view's work on the worker thread (Classroom ▸ Guidance view, issue #20).
// GuidanceRunTask runs one generation whose observer asks for the guidance parts
// (StepInfo::denoised_cond / denoised_uncond) and keeps every guided step's two x0 estimates in a
// GuidanceStore, reporting each step's pictures as it goes. ReguideTask mixes one kept step's two
// estimates at another scale and decodes the mix: no UNet call. The store's tensors are touched
// only on the worker thread (tasks run there one at a time), so it needs no lock; the GUI holds it
// only to hand it to the next ReguideTask.
#pragma once

#include "common/generation_request.h"
#include "worker_task.h"

#include <QImage>
#include <QMetaType>
#include <QObject>

#include <memory>

namespace stipple::ui {

// One kept step as the GUI shows it (pictures from the model's fast preview decoder).
struct GuidanceFrame {
    int index = 0;             // among the kept steps (the view's step scrubber)
    int step = 0, total = 0;   // 1-based loop iteration, of the run's total
    double timestep = 0;
    QImage cond, uncond;       // x0 from the prompt alone, from the negative (or empty) prompt alone
    QImage difference;         // cond - uncond, diverging colours (image/diverging_difference.h)
    double differenceRange = 0;  // brightness difference (levels of 255) drawn at full colour
    QImage guided;             // the run's own estimate at its scale (StepInfo::denoised)
    double elapsed = 0;        // seconds since the run started
};

class GuidanceStore;  // guidance_task.cpp: the kept tensors

class GuidanceRunTask final : public QObject, public WorkerTask {
    Q_OBJECT
public:
    // `request` runs as given except: its first seed only, no hires fix, no face detailer.
    explicit GuidanceRunTask(stipple::GenerationRequest request, QObject* parent = nullptr);
    ~GuidanceRunTask() override;
    QString title() const override;
    void run(stipple::GenerationService& service, TaskContext& context) override;
    const stipple::GenerationRequest& request() const { return request_; }
    std::shared_ptr<GuidanceStore> store() const { return store_; }

Q_SIGNALS:
    // Each guided step as it is kept (queued to the GUI thread).
    void stepReady(const stipple::ui::GuidanceFrame& frame);

private:
    stipple::GenerationRequest request_;
    std::shared_ptr<GuidanceStore> store_;
};

class ReguideTask final : public QObject, public WorkerTask {
    Q_OBJECT
public:
    ReguideTask(std::shared_ptr<GuidanceStore> store, int index, double scale, QObject* parent = nullptr);
    QString title() const override;
    void run(stipple::GenerationService& service, TaskContext& context) override;

Q_SIGNALS:
    // Kept step `index` re-guided at `scale`, decoded (queued to the GUI thread).
    void reguided(int index, double scale, const QImage& image);

private:
    std::shared_ptr<GuidanceStore> store_;
    int index_;
    double scale_;
};

}  // namespace stipple::ui

Q_DECLARE_METATYPE(stipple::ui::GuidanceFrame)
