// The main window's Classroom menu (see main_window.h): the teaching views of issue #20 — the
// guidance view, lockstep compare, forward noising and the schedule, seed triage, the prompt as
// tokens, the presenter layout and training a tiny model. Each view is its own class in its own
// file; this file only makes the menu entries that open them. Kept out of main_window.cpp.
#include "main_window.h"
#include "error_banner.h"
#include "gallery_view.h"
#include "guidance_view.h"
#include "help_dialog.h"
#include "history_recorder.h"
#include "noising_view.h"
#include "parameters_panel.h"
#include "preview_pane.h"
#include "presenter_window.h"
#include "prompt_tokens_window.h"
#include "seed_triage_dialog.h"
#include "train_dialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace stipple::ui {

namespace {
// A view's one window, shown (again) in front.
void bringForward(QWidget* window) {
    window->show();
    window->raise();
    window->activateWindow();
}
}  // namespace

void MainWindow::buildClassroomMenu() {
    classroomMenu_ = menuBar()->addMenu(tr("&Classroom"));
    QAction* tour = classroomMenu_->addAction(tr("Lesson t&our"), this, [this] {
        HelpDialog help(this);
        help.show();
        help.showTour();
        help.exec();
    });
    tour->setToolTip(tr("A 45-minute lesson through the views below, in order (part of Help ▸ How diffusion works)."));
    classroomMenu_->addSeparator();
    // Each view adds its entries below, in the order of a lesson (see the help page's tour).
    // Presenter view (presenter_window.h): one full-screen window, reused; F11 toggles it, Esc leaves.
    QAction* presenter = classroomMenu_->addAction(tr("P&resenter view"));
    presenter->setObjectName(QStringLiteral("presenterViewAction"));
    presenter->setShortcut(QKeySequence(Qt::Key_F11));
    presenter->setToolTip(tr("Full screen for a class: large preview and fonts, the pipeline stage running now, "
                             "and an option to hide the result until the run ends."));
    connect(presenter, &QAction::triggered, this, [this, presenter] {
        auto* view = findChild<PresenterWindow*>();
        if (!view) view = new PresenterWindow(this, presenter);
        if (view->isVisible()) view->leave();
        else view->enter();
    });
    // Prompt as tokens (prompt_tokens_window.h): follows the prompt as it is typed.
    QAction* tokens = classroomMenu_->addAction(tr("&Prompt as tokens"), this, [this] {
        auto* view = findChild<PromptTokensWindow*>();
        if (!view) view = new PromptTokensWindow(controller_, this);
        bringForward(view);
        requestTokenCount();  // the current prompt's reading, at once
    });
    tokens->setObjectName(QStringLiteral("classroomPromptTokens"));
    tokens->setToolTip(tr("The prompt as the text encoder reads it: its tokens, their ids and weights, and the chunks."));
    QAction* strip = classroomMenu_->addAction(tr("Tokens &under the prompt"), this, [this](bool on) {
        parameters_->setTokenStripVisible(on);
        if (on) requestTokenCount();
    });
    strip->setCheckable(true);
    strip->setObjectName(QStringLiteral("classroomTokenStrip"));
    strip->setToolTip(tr("A compact row of the prompt's tokens under the prompt box, updated as you type."));
    // Forward noising (noising_view.h): one window, reused; it starts from the image shown here,
    // else from a built-in scene.
    QAction* noising = classroomMenu_->addAction(tr("&Forward noising…"), this, [this] {
        auto* view = findChild<NoisingView*>();
        if (!view) {
            view = new NoisingView(controller_, this);
            view->setShownImageSource([this] { return preview_->currentImage(); });
            if (!view->useShownImage()) view->renderScene(QStringLiteral("a red star in the top left on a blue background"), 0);
        }
        bringForward(view);
    });
    noising->setToolTip(tr("How training adds noise: drag t from 0 to T over an image and watch xₜ, with the "
                           "model's ᾱ and SNR plotted."));
    // Guidance view (guidance_view.h): a new window per run, with the parameters of this moment.
    QAction* guidance = classroomMenu_->addAction(tr("&Guidance view…"), this, [this] {
        QString problem;
        const auto request = parameters_->buildRequest(&problem, false);  // the window's own seed stays
        if (!request) return banner_->showError(tr("Cannot open the guidance view"), problem);
        auto* view = new GuidanceView(*request, controller_, this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
        if (!view->start()) banner_->showError(tr("Nothing to compare"), view->errorMessage());
    });
    guidance->setToolTip(tr("At every step: the image predicted from the prompt, from the negative prompt, their "
                            "difference and the guided result; re-guide any step at another scale without rerunning."));
    // Seed triage (seed_triage_dialog.h): one dialog, reused; the chosen cells' images join the
    // history and gallery as they are saved.
    QAction* triage = classroomMenu_->addAction(tr("&Seed triage…"), this, [this] {
        auto* dialog = findChild<SeedTriageDialog*>();
        if (!dialog) {
            dialog = new SeedTriageDialog(
                controller_, [this](QString* problem) { return parameters_->buildRequest(problem, false); }, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);  // closing frees the paused runs
            connect(dialog, &SeedTriageDialog::imageSaved, this, [this](const JobResult& result) {
                const QString error = history_->record(result);
                if (!error.isEmpty()) banner_->showError(tr("Could not record the history"), error);
                if (!result.images.isEmpty())
                    statusBar()->showMessage(tr("Saved %1").arg(result.images.front().path), 8000);
            });
        }
        bringForward(dialog);
    });
    triage->setObjectName(QStringLiteral("classroomSeedTriage"));
    triage->setToolTip(tr("Many seeds rendered part of the way in a grid: pick the promising ones and finish only "
                          "those, exactly as full runs."));
    // Lockstep compare (main_window_lockstep.cpp): also on the gallery's context menu.
    QAction* lockstep = classroomMenu_->addAction(tr("&Lockstep compare…"), this, [this] { openLockstepCompare(); });
    lockstep->setToolTip(tr("2 to 4 runs side by side on one step scrubber: the images selected in the gallery, "
                            "else the newest results."));
    connect(gallery_, &GalleryView::lockstepRequested, this, &MainWindow::showLockstepCompare);
    // Train a tiny model (train_dialog.h): one dialog, reused; closing it stops its run.
    classroomMenu_->addSeparator();
    QAction* train = classroomMenu_->addAction(tr("&Train a tiny model…"), this, [this] {
        auto* dialog = findChild<TrainDialog*>();
        if (!dialog) dialog = new TrainDialog(controller_, this);
        bringForward(dialog);
    });
    train->setObjectName(QStringLiteral("classroomTrainTinyModel"));
    train->setToolTip(tr("Train a small model from scratch in about ten minutes, watching its loss fall and its "
                         "pictures improve; then generate with it."));
}

}  // namespace stipple::ui
