// The worker side of the Seed triage dialog: one WorkerTask object queued twice — first to render
// every seed's preview at k % of the steps, then to finish the cells the user picked from their
// paused runs — holding the core SeedTriage (and so every paused run) in between.
//
// Memory held between the two jobs: one paused run per previewed seed — its latents, noise and x0
// estimate (3 × 4 × h/8 × w/8 floats: 192 KB at 512²), the scheduler's multistep history (up to a
// few more latents), and its encoded prompt and negative (SD 1.x 2 × 77 × 768 floats ≈ 470 KB;
// SDXL ≈ 1.3 MB) — about 0.5–2 MB a seed, so at most ~130 MB for the dialog's 64 seeds. Dropping
// the last reference (the dialog closing, or new previews) frees it all.
//
// Threads: configure (preparePreviews/prepareContinue) on the GUI thread only while no job of the
// task is queued or running; run() on the worker thread. What the run finds travels to the GUI as
// Events through the sink, which the GUI detaches before it goes away (task_event_sink.h).
#pragma once

#include "generation_job.h"
#include "task_event_sink.h"
#include "worker_task.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace stipple { class SeedTriage; }

namespace stipple::ui {

class SeedTriageTask final : public WorkerTask {
public:
    struct Event {
        enum class Kind { Step, Previewed, Finished };
        Kind kind = Kind::Step;
        int cell = -1;
        int step = 0, total = 0;            // the cell's steps done / of its run
        int jobDone = 0, jobTotal = 0;      // steps done / to do in this job, over all its cells
        double elapsed = 0;                 // seconds since the job began
        QImage preview;                     // Previewed: the x0 estimate at the preview step (<= 256 px)
        GeneratedImage image;               // Finished: the saved image, as a generation's
        double seconds = 0;                 // Finished: the cell's finishing time
    };

    // `base`: the request of every cell but its seed (one image each); `fraction` of the steps for
    // the previews (0 < f <= 1); `fullVae`: previews decoded with the VAE, else the fast preview.
    // Finished cells go to <outputRoot>/<day>/ like generations.
    SeedTriageTask(stipple::GenerationRequest base, std::vector<uint64_t> seeds, double fraction, bool fullVae,
                   QString outputRoot);
    ~SeedTriageTask() override;

    // Events of the runs, on the worker thread (see task_event_sink.h).
    TaskEventSink<Event>& sink() { return sink_; }

    // The next run renders the previews still missing (all at first; after an abort, the rest).
    void preparePreviews();
    // The next run finishes `cells` (indices into seeds()) from where their previews paused.
    void prepareContinue(QList<int> cells);

    const std::vector<uint64_t>& seeds() const { return seeds_; }
    const stipple::GenerationRequest& base() const { return base_; }

    QString title() const override;
    void run(stipple::GenerationService& service, TaskContext& context) override;

private:
    class Observer;
    void runPreviews(stipple::GenerationService& service, TaskContext& context);
    void runContinue(stipple::GenerationService& service, TaskContext& context);
    // Paused runs belong to the pipeline they started on: throws when another model was loaded since.
    void checkSameModel(const stipple::GenerationService& service) const;

    const stipple::GenerationRequest base_;
    const std::vector<uint64_t> seeds_;
    const double fraction_;
    const bool fullVae_;
    const QString outputRoot_;

    bool continuing_ = false;
    QList<int> picks_;
    // Worker thread only (between jobs too: the queue orders them).
    std::unique_ptr<stipple::SeedTriage> triage_;
    int modelLoadCount_ = -1;        // the service's load_count() the runs were started with
    std::vector<bool> previewed_, finished_;

    TaskEventSink<Event> sink_;
};

}  // namespace stipple::ui
