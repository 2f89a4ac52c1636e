// Classroom ▸ Lockstep compare, the main window's side (see lockstep_compare.h): gathers each
// image's request and stored step timeline (the TimelineLibrary), opens the window, queues the
// re-runs it asks for as ordinary generations, and hands it their timelines when they finish.
#include "main_window.h"

#include "app_paths.h"
#include "error_banner.h"
#include "gallery_model.h"
#include "gallery_view.h"
#include "generation_controller.h"
#include "history_store.h"
#include "image/png_text.h"
#include "lockstep_compare.h"
#include "parameters_panel.h"

#include <QFile>
#include <QImageReader>
#include <QPointer>
#include <QStatusBar>

namespace stipple::ui {

namespace {

// The A1111 parameters of the image at `path`: its gallery record's, else its PNG text's; "" for none.
QString parametersOf(const GalleryModel& gallery, const QString& path) {
    for (int row = 0; row < gallery.rowCount(); ++row)
        if (const HistoryRecord* r = gallery.record(row); r && r->path == path) return r->parameters;
    try {
        return QString::fromStdString(
            stipple::png_text_value(stipple::read_png_text_file(QFile::encodeName(path).toStdString()), "parameters"));
    } catch (const std::exception&) {
        return {};  // not a PNG, unreadable: the run is shown without parameters
    }
}

}  // namespace

LockstepCompare* MainWindow::showLockstepCompare(const QStringList& paths) {
    if (paths.size() < LockstepCompare::kMinRuns || paths.size() > LockstepCompare::kMaxRuns) {
        statusBar()->showMessage(tr("Select 2 to 4 images in the gallery (Ctrl+click) to compare them step by step"), 6000);
        return nullptr;
    }
    QList<LockstepRun> runs;
    for (const QString& path : paths) {
        LockstepRun run;
        run.path = path;
        const QString parameters = parametersOf(*galleryModel_, path);
        if (!parameters.isEmpty()) run.request = restoreInfotext(parameters).request;
        run.steps = timelines_.steps(path);
        QImageReader reader(path);
        run.still = reader.read();
        runs << run;
    }
    auto* window = new LockstepCompare(runs, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<LockstepCompare> guard(window);
    connect(window, &LockstepCompare::rerunRequested, this, [this, guard](int pane) {
        if (!guard || !guard->run(pane).request) return;
        if (!controller_->isModelLoaded() && !controller_->isLoading()) {
            banner_->showError(tr("No model loaded"), tr("Open a model first: File ▸ Open model folder… or Open model file…"));
            return;
        }
        // The image's own request, as Vary repeats one: its one seed, this window's prompt style.
        GenerationJob job;
        job.request = *guard->run(pane).request;
        if (job.request.seeds.size() > 1) job.request.seeds.resize(1);
        job.request.prompt_style = parameters_->promptStyle();
        job.outputRoot = outputRoot();
        guard->setRerunQueued(pane, controller_->enqueue(job));
    });
    // generationFinished comes after onJobFinished stored the new image's timeline.
    connect(this, &MainWindow::generationFinished, window, [this, guard](const JobResult& result) {
        if (!guard) return;
        const QString path = result.images.isEmpty() ? QString() : result.images.front().path;
        const QString error = !result.error.isEmpty() ? result.error : result.cancelled ? tr("aborted") : QString();
        guard->jobEnded(result.jobId, path, error.isEmpty() ? timelines_.steps(path) : QList<TimelineFrame>(), error);
    });
    window->show();
    window->activateWindow();  // its keys (Space, arrows) need the focus
    return window;
}

LockstepCompare* MainWindow::openLockstepCompare() {
    QStringList paths = gallery_->selectedPaths();
    if (paths.size() < LockstepCompare::kMinRuns || paths.size() > LockstepCompare::kMaxRuns) {
        // No usable selection: the newest results whose steps are still kept.
        paths.clear();
        for (int row = 0; row < galleryModel_->rowCount() && paths.size() < LockstepCompare::kMaxRuns; ++row)
            if (const HistoryRecord* r = galleryModel_->record(row); r && timelines_.contains(r->path)) paths << r->path;
        if (paths.size() < LockstepCompare::kMinRuns) {
            statusBar()->showMessage(tr("Select 2 to 4 images in the gallery (Ctrl+click), or generate two images "
                                        "first, to compare them step by step"),
                                     8000);
            return nullptr;
        }
    }
    return showLockstepCompare(paths);
}

}  // namespace stipple::ui
