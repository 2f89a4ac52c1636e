// The seed triage task (see seed_triage_task.h).
#include "seed_triage_task.h"

#include "common/error.h"
#include "image_convert.h"
#include "result_images.h"
#include "service/generation_service.h"
#include "teach/seed_triage.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <chrono>

namespace stipple::ui {

// Step progress of the cell being rendered, for the dialog (at most ~10 a second) and the window.
class SeedTriageTask::Observer final : public stipple::StepObserver {
public:
    Observer(SeedTriageTask& task, TaskContext& context, const QElapsedTimer& clock, int jobTotal)
        : task_(task), context_(context), clock_(clock), jobTotal_(jobTotal) {}

    void setCell(int cell) { cell_ = cell; }
    int jobDone() const { return jobDone_; }

    void on_step(const stipple::StepInfo& info) override {
        jobDone_ = std::min(jobTotal_, jobDone_ + 1);
        const auto now = std::chrono::steady_clock::now();
        if (now - last_ < std::chrono::milliseconds(100) && jobDone_ != jobTotal_) return;
        last_ = now;
        Event e;
        e.kind = Event::Kind::Step;
        e.cell = cell_;
        e.step = info.step;
        e.total = info.total;
        e.jobDone = jobDone_;
        e.jobTotal = jobTotal_;
        e.elapsed = clock_.elapsed() / 1000.0;
        task_.sink_.deliver(e);
        PreviewFrame frame;  // the window's progress: a cell of a grid, without an image
        frame.cell = cell_;
        frame.step = info.step;
        frame.total = info.total;
        frame.jobStepsDone = jobDone_;
        frame.jobStepsTotal = jobTotal_;
        frame.secondsThisStep = info.seconds;
        frame.elapsed = e.elapsed;
        context_.post(std::move(frame));
    }

private:
    SeedTriageTask& task_;
    TaskContext& context_;
    const QElapsedTimer& clock_;
    int jobTotal_;
    int jobDone_ = 0;
    int cell_ = -1;
    std::chrono::steady_clock::time_point last_;
};

SeedTriageTask::SeedTriageTask(stipple::GenerationRequest base, std::vector<uint64_t> seeds, double fraction,
                               bool fullVae, QString outputRoot)
    : base_(std::move(base)), seeds_(std::move(seeds)), fraction_(fraction), fullVae_(fullVae),
      outputRoot_(std::move(outputRoot)), previewed_(seeds_.size(), false), finished_(seeds_.size(), false) {}

SeedTriageTask::~SeedTriageTask() = default;


void SeedTriageTask::preparePreviews() {
    continuing_ = false;
    picks_.clear();
}

void SeedTriageTask::prepareContinue(QList<int> cells) {
    continuing_ = true;
    picks_ = std::move(cells);
}

QString SeedTriageTask::title() const {
    const qsizetype n = continuing_ ? picks_.size() : static_cast<qsizetype>(seeds_.size());
    if (continuing_)
        return n == 1 ? QCoreApplication::translate("SeedTriageTask", "Seed triage: finishing 1 seed")
                      : QCoreApplication::translate("SeedTriageTask", "Seed triage: finishing %1 seeds").arg(n);
    return n == 1 ? QCoreApplication::translate("SeedTriageTask", "Seed triage: 1 seed")
                  : QCoreApplication::translate("SeedTriageTask", "Seed triage: %1 seeds").arg(n);
}

void SeedTriageTask::run(stipple::GenerationService& service, TaskContext& context) {
    if (continuing_) runContinue(service, context);
    else runPreviews(service, context);
}

void SeedTriageTask::checkSameModel(const stipple::GenerationService& service) const {
    if (modelLoadCount_ != service.load_count())
        throw stipple::Error(QCoreApplication::translate(
                                 "SeedTriageTask", "The model changed since the previews were rendered: render them again.")
                                 .toStdString());
}

void SeedTriageTask::runPreviews(stipple::GenerationService& service, TaskContext& context) {
    // Runs paused on another model than the loaded one cannot go on (the dialog then starts over).
    if (triage_) {
        checkSameModel(service);
    } else {
        triage_ = std::make_unique<stipple::SeedTriage>(service.pipeline(), base_, seeds_, fraction_);
        modelLoadCount_ = service.load_count();
    }
    int jobTotal = 0;
    for (size_t i = 0; i < seeds_.size(); ++i)
        if (!previewed_[i]) jobTotal += triage_->preview_steps(i);
    QElapsedTimer clock;
    clock.start();
    Observer observer(*this, context, clock, jobTotal);
    const stipple::PreviewMethod method = fullVae_ ? stipple::PreviewMethod::FullVae : stipple::PreviewMethod::Fast;
    for (size_t i = 0; i < seeds_.size(); ++i) {
        if (previewed_[i]) continue;
        if (context.control().cancel) return;
        observer.setCell(static_cast<int>(i));
        const stipple::Image image = triage_->render_preview(i, method, &observer, &context.control());
        if (context.control().cancel || image.empty()) return;  // the run stays paused where it stopped
        previewed_[i] = true;
        Event e;
        e.kind = Event::Kind::Previewed;
        e.cell = static_cast<int>(i);
        e.step = triage_->preview_steps(i);
        e.total = triage_->total_steps(i);
        e.jobDone = observer.jobDone();
        e.jobTotal = jobTotal;
        e.elapsed = clock.elapsed() / 1000.0;
        const QImage full = to_qimage(image);
        e.preview = full.width() > 256 || full.height() > 256
                        ? full.scaled(256, 256, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                        : full;
        sink_.deliver(e);
    }
}

void SeedTriageTask::runContinue(stipple::GenerationService& service, TaskContext& context) {
    if (!triage_)
        throw stipple::Error(
            QCoreApplication::translate("SeedTriageTask", "No previews to continue from: render them first.").toStdString());
    checkSameModel(service);
    int jobTotal = 0;
    for (int cell : picks_) {
        if (cell < 0 || static_cast<size_t>(cell) >= seeds_.size())
            throw stipple::Error("no triage cell " + std::to_string(cell + 1) + " (a bug: report it)");
        if (!finished_[static_cast<size_t>(cell)])
            jobTotal += triage_->total_steps(static_cast<size_t>(cell)) - triage_->preview_steps(static_cast<size_t>(cell));
    }
    QElapsedTimer clock;
    clock.start();
    Observer observer(*this, context, clock, std::max(1, jobTotal));
    const QDate today = QDate::currentDate();
    for (int cell : picks_) {
        const size_t i = static_cast<size_t>(cell);
        if (finished_[i]) continue;
        if (context.control().cancel) return;
        QElapsedTimer cellClock;
        cellClock.start();
        observer.setCell(cell);
        const stipple::GenerationResult result = triage_->finish(i, &observer, &context.control());
        if (result.cancelled || result.images.empty()) return;  // stays paused: Continue again later
        finished_[i] = true;
        Event e;
        e.kind = Event::Kind::Finished;
        e.cell = cell;
        e.step = e.total = triage_->total_steps(i);
        e.jobDone = observer.jobDone();
        e.jobTotal = jobTotal;
        e.elapsed = clock.elapsed() / 1000.0;
        const QList<GeneratedImage> saved = saveResultImages(service, triage_->request(i), result, outputRoot_, today);
        e.image = saved.front();
        e.seconds = cellClock.elapsed() / 1000.0;
        sink_.deliver(e);
    }
}

}  // namespace stipple::ui
