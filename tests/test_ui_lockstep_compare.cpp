// Classroom ▸ Lockstep compare with the built-in model: runs of 10, 15 and 20 steps (seeds,
// samplers, guidance and prompts differing) shown side by side on one scrubber. Scrubbing and
// playing show the very frames the TimelineLibrary stored (the same pixels, no copy) and never
// touch the generation controller or its worker; runs of 10 and 20 steps line up by fraction of the
// schedule; play advances to the end and stops; 2 and 4 panes; a run without a stored timeline
// says so and its re-run (an ordinary queued generation) fills its pane with the same picture; the
// lockstep saves as one side-by-side GIF. (How long the GUI waits while scrubbing is a figure:
// stipple-bench-gui --lockstep N.)
#include "gallery_model.h"
#include "gallery_view.h"
#include "generation_controller.h"
#include "lockstep_compare.h"
#include "lockstep_pane.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "seed_edit.h"
#include "support/screenshot.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace stipple::ui;

namespace {

struct RunSpec {
    const char* prompt;
    quint64 seed;
    int steps;
    double cfg;
    const char* sampler;
};

// 10 and 20 steps first (the pair of the alignment test), then two more for four panes.
const RunSpec kRuns[] = {
    {"a red circle on a blue background", 11, 10, 7.5, "Euler"},
    {"a red circle on a blue background", 22, 20, 7.5, "Euler a"},
    {"a red circle on a blue background", 33, 20, 3.0, "DPM++ 2M"},
    {"a yellow star on a green background", 44, 15, 7.5, "Euler"},
};

// The index of the stored frame of `step` (timelines keep one frame per step, ascending).
int frameOf(const QList<TimelineFrame>& steps, int step) {
    for (int i = 0; i < steps.size(); ++i)
        if (steps[i].step == step) return i;
    return -1;
}

}  // namespace

class LockstepCompareTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;
    std::unique_ptr<MainWindow> w_;
    QStringList paths_;  // the saved images of kRuns, in order

    // Every pane shows the stored frame (same pixels: QImage cache keys match) of the step the
    // fraction alignment gives it.
    void verifyPanesShowStoredFrames(LockstepCompare& c, const QStringList& paths) {
        for (int i = 0; i < c.paneCount(); ++i) {
            LockstepPane* pane = c.pane(i);
            const QList<TimelineFrame> stored = w_->timelines().steps(paths[i]);
            const int step = pane->stepShown();
            const int index = frameOf(stored, step);
            QVERIFY2(index >= 0, qPrintable(QString("pane %1 shows step %2, not stored").arg(i).arg(step)));
            QCOMPARE(pane->imageShown().cacheKey(), stored[index].image.cacheKey());
            QCOMPARE(pane->stepLabel()->text(), QString("Step %1/%2").arg(step).arg(stored.back().step));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        test::useScreenshotLanguage();
        QVERIFY(out_.isValid() && data_.isValid());
        qputenv("STIPPLE_OUTPUT_DIR", out_.path().toUtf8());
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
        w_ = std::make_unique<MainWindow>();
        w_->resize(1200, 800);
        w_->show();
        QSignalSpy ready(w_.get(), &MainWindow::modelReady);
        w_->openModel(QString::fromStdString(stipple::builtin_model_dir()));
        QVERIFY(ready.wait(120000));
        for (const RunSpec& spec : kRuns) {
            ParametersPanel* p = w_->parameters();
            p->promptEdit()->setPlainText(spec.prompt);
            p->negativeEdit()->clear();
            p->setSeed(spec.seed, true);
            p->stepsBox()->setValue(spec.steps);
            p->cfgBox()->setValue(spec.cfg);
            p->samplerBox()->setCurrentText(spec.sampler);
            QCOMPARE(p->samplerBox()->currentText(), QString(spec.sampler));
            p->countBox()->setValue(1);
            QSignalSpy finished(w_.get(), &MainWindow::generationFinished);
            w_->generate();
            QVERIFY(finished.wait(180000));
            const JobResult r = finished.takeFirst().at(0).value<JobResult>();
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QCOMPARE(r.images.size(), 1);
            paths_ << r.images.front().path;
            QCOMPARE(w_->timelines().steps(paths_.back()).size(), spec.steps);  // one stored frame per step
        }
    }

    void cleanupTestCase() { w_.reset(); }

    // Dragging the scrubber and the keys move every pane through stored frames only: no job is
    // queued or started, no preview frame comes from the worker, no model is loaded.
    void scrubbingShowsStoredFramesWithoutComputing() {
        GenerationController* controller = w_->controller();
        QSignalSpy queued(controller, &GenerationController::queueChanged);
        QSignalSpy started(controller, &GenerationController::jobStarted);
        QSignalSpy frames(controller, &GenerationController::framesArrived);
        const int loads = controller->modelLoadCount();

        const QStringList three = paths_.mid(0, 3);
        LockstepCompare* c = w_->showLockstepCompare(three);
        QVERIFY(c);
        QCOMPARE(c->paneCount(), 3);
        QVERIFY(c->missingRuns().isEmpty());
        QVERIFY(c->missingLabel()->isHidden());
        QCOMPARE(c->positions(), 20);
        for (int p = 1; p <= c->positions(); ++p) {
            c->scrubber()->setValue(p);
            QCOMPARE(c->position(), p);
            verifyPanesShowStoredFrames(*c, three);
        }
        for (int p = c->positions(); p >= 1; --p) {  // and back: earlier frames are still there
            c->scrubber()->setValue(p);
            verifyPanesShowStoredFrames(*c, three);
        }

        // Keys: Home/End, Right/Left move one position.
        QTRY_VERIFY((c->activateWindow(), c->isActiveWindow()));  // offscreen activation is asynchronous
        QCOMPARE(QApplication::focusWidget(), c);
        QTest::keyClick(c, Qt::Key_End);
        QCOMPARE(c->position(), 20);
        QCOMPARE(c->pane(0)->stepShown(), 10);
        QTest::keyClick(c, Qt::Key_Home);
        QCOMPARE(c->position(), 1);
        QTest::keyClick(c, Qt::Key_Right);
        QTest::keyClick(c, Qt::Key_Right);
        QCOMPARE(c->position(), 3);
        QCOMPARE(c->pane(1)->stepShown(), 3);
        QTest::keyClick(c, Qt::Key_Left);
        QCOMPARE(c->position(), 2);
        verifyPanesShowStoredFrames(*c, three);
        QTest::qWait(50);  // let anything queued by the worker arrive before counting

        QCOMPARE(queued.count(), 0);
        QCOMPARE(started.count(), 0);
        QCOMPARE(frames.count(), 0);
        QVERIFY(controller->queue().isEmpty());
        QVERIFY(!controller->isBusy());
        QCOMPARE(controller->modelLoadCount(), loads);
        c->close();
    }

    // 10 and 20 steps: the scrubber has 20 positions; at position p the 20-step run shows step p
    // and the 10-step run step p/2 rounded half up — both at their middle at p = 10, their end at 20.
    void tenAndTwentyStepsLineUpByFraction() {
        LockstepCompare* c = w_->showLockstepCompare(paths_.mid(0, 2));
        QVERIFY(c);
        QCOMPARE(c->paneCount(), 2);
        QCOMPARE(c->pane(0)->stepCount(), 10);
        QCOMPARE(c->pane(1)->stepCount(), 20);
        QCOMPARE(c->positions(), 20);
        for (int p = 1; p <= 20; ++p) {
            c->setPosition(p);
            QCOMPARE(c->pane(1)->stepShown(), p);
            QCOMPARE(c->pane(0)->stepShown(), (p + 1) / 2);
        }
        c->setPosition(10);
        QCOMPARE(c->pane(0)->stepShown(), 5);
        QCOMPARE(c->pane(1)->stepShown(), 10);
        QCOMPARE(c->positionLabel()->text(), QString("10/20 · 50 %"));
        // Out-of-range positions are clamped, never past a run's last stored step.
        c->setPosition(99);
        QCOMPARE(c->position(), 20);
        QCOMPARE(c->pane(0)->stepShown(), 10);
        c->setPosition(-3);
        QCOMPARE(c->position(), 1);
        QCOMPARE(c->pane(0)->stepShown(), 1);
        c->close();
    }

    // Play moves every position in order at the chosen speed and stops at the end; Space plays
    // again from the start and pauses.
    void playAdvancesAndStopsAtTheEnd() {
        LockstepCompare* c = w_->showLockstepCompare(paths_.mid(0, 2));
        QVERIFY(c);
        c->speedBox()->setCurrentIndex(c->speedBox()->count() - 1);  // the fastest
        QCOMPARE(c->speed(), 30.0);
        QSignalSpy moved(c, &LockstepCompare::positionChanged);
        QSignalSpy playing(c, &LockstepCompare::playingChanged);
        c->playButton()->click();
        QVERIFY(c->isPlaying());
        QCOMPARE(c->playButton()->text(), QString("Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(!c->isPlaying(), 10000);
        QCOMPARE(c->position(), 20);
        QCOMPARE(moved.count(), 19);  // 2..20, one at a time
        for (int i = 0; i < moved.count(); ++i) QCOMPARE(moved[i].at(0).toInt(), i + 2);
        QCOMPARE(playing.count(), 2);
        QCOMPARE(playing.last().at(0).toBool(), false);
        QCOMPARE(c->playButton()->text(), QString("Play"));
        QCOMPARE(c->pane(0)->stepShown(), 10);
        QCOMPARE(c->pane(1)->stepShown(), 20);
        QTest::qWait(200);  // stopped: no further positions
        QCOMPARE(moved.count(), 19);

        QTRY_VERIFY((c->activateWindow(), c->isActiveWindow()));  // offscreen activation is asynchronous
        QCOMPARE(QApplication::focusWidget(), c);
        c->speedBox()->setCurrentIndex(0);  // 1 step/s: Space pauses it long before the end
        QTest::keyClick(c, Qt::Key_Space);
        QVERIFY(c->isPlaying());
        QCOMPARE(c->position(), 1);  // from the start again
        QTest::keyClick(c, Qt::Key_Space);
        QVERIFY(!c->isPlaying());
        QVERIFY(c->position() < 20);
        c->close();
    }

    // Four runs differing in seed, steps, CFG, sampler and prompt: four panes, each captioned with
    // what sets it apart, each showing its aligned stored step.
    void fourPanesCaptionTheirDifferences() {
        LockstepCompare* c = w_->showLockstepCompare(paths_);
        QVERIFY(c);
        QCOMPARE(c->paneCount(), 4);
        QCOMPARE(c->positions(), 20);
        c->resize(1280, 520);
        c->setPosition(10);
        QCOMPARE(c->pane(0)->stepShown(), 5);
        QCOMPARE(c->pane(1)->stepShown(), 10);
        QCOMPARE(c->pane(2)->stepShown(), 10);
        QCOMPARE(c->pane(3)->stepShown(), 8);  // 10/20 · 15 = 7.5, half up
        verifyPanesShowStoredFrames(*c, paths_);
        const QString settings = c->pane(2)->settingsLabel()->text();
        QVERIFY2(settings.contains("Seed 33") && settings.contains("<b>CFG 3</b>") && settings.contains("DPM++ 2M"),
                 qPrintable(settings));
        QVERIFY2(c->pane(3)->promptLabel()->text().contains("yellow star"), qPrintable(c->pane(3)->promptLabel()->text()));
        QVERIFY(!c->pane(3)->promptLabel()->text().contains("background"));  // shared by all: not repeated
        QTest::qWait(50);
        test::saveScreenshot(c, "lockstep-compare");
        c->close();
    }

    // An image whose steps were not kept (here: a copy of a result, as an image from disk is) says
    // so; its re-run is queued as an ordinary generation and its pane then plays the recorded
    // steps, ending on the same picture.
    void runWithoutTimelineIsReRun() {
        const QString copy = QDir(out_.path()).filePath("older-image.png");
        QFile::remove(copy);
        QVERIFY(QFile::copy(paths_[0], copy));
        QVERIFY(!w_->timelines().contains(copy));
        LockstepCompare* c = w_->showLockstepCompare({copy, paths_[1]});
        QVERIFY(c);
        QCOMPARE(c->missingRuns(), QList<int>{0});
        QVERIFY(!c->missingLabel()->isHidden());
        QVERIFY2(c->missingLabel()->text().contains("older-image.png"), qPrintable(c->missingLabel()->text()));
        QVERIFY(!c->pane(0)->rerunButton()->isHidden());
        QCOMPARE(c->pane(0)->stepLabel()->text(), QString("No stored timeline"));
        QCOMPARE(c->positions(), 20);  // the run that has one still plays
        c->setPosition(20);
        QCOMPARE(c->pane(1)->stepShown(), 20);

        QSignalSpy started(w_->controller(), &GenerationController::jobStarted);
        QSignalSpy finished(w_.get(), &MainWindow::generationFinished);
        c->pane(0)->rerunButton()->click();
        QVERIFY(started.count() == 1 || started.wait(20000));
        const GenerationJob job = started.takeFirst().at(0).value<GenerationJob>();
        QCOMPARE(job.kind, JobKind::Generate);
        QCOMPARE(job.request.seeds, std::vector<uint64_t>{11});
        QCOMPARE(job.request.steps, 10);
        QVERIFY(finished.wait(180000));
        const JobResult r = finished.takeFirst().at(0).value<JobResult>();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

        QVERIFY(c->missingRuns().isEmpty());
        QVERIFY(c->missingLabel()->isHidden());
        QVERIFY(c->pane(0)->rerunButton()->isHidden());
        QCOMPARE(c->pane(0)->stepCount(), 10);
        QCOMPARE(c->run(0).path, r.images.front().path);
        c->setPosition(20);
        QCOMPARE(c->pane(0)->imageShown().cacheKey(), w_->timelines().steps(c->run(0).path).back().image.cacheKey());
        // The same request and seed make the same picture as the image it stands for.
        QCOMPARE(QImage(r.images.front().path).convertToFormat(QImage::Format_RGB888),
                 QImage(copy).convertToFormat(QImage::Format_RGB888));
        c->close();
    }

    // Classroom ▸ Lockstep compare… opens the images selected in the gallery; with no selection,
    // the newest results that still have their steps.
    void classroomMenuOpensTheGallerySelection() {
        QAction* entry = nullptr;
        for (QAction* a : w_->findChildren<QAction*>())
            if (a->text() == QStringLiteral("&Lockstep compare…")) entry = a;
        QVERIFY(entry);
        QListView* list = w_->gallery()->listView();
        list->clearSelection();
        QStringList chosen = {paths_[3], paths_[1]};
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (chosen.contains(index.data(GalleryModel::PathRole).toString()))
                list->selectionModel()->select(index, QItemSelectionModel::Select);
        }
        QCOMPARE(w_->gallery()->selectedPaths().size(), 2);
        entry->trigger();
        LockstepCompare* c = nullptr;
        for (LockstepCompare* found : w_->findChildren<LockstepCompare*>())
            if (found->isVisible()) c = found;
        QVERIFY(c);
        QCOMPARE(c->paneCount(), 2);
        QStringList shown = {c->run(0).path, c->run(1).path};
        shown.sort();
        chosen.sort();
        QCOMPARE(shown, chosen);
        QCOMPARE(c->positions(), 20);  // 15 and 20 steps
        c->close();
        QTRY_VERIFY(w_->findChildren<LockstepCompare*>().isEmpty());  // closed windows are deleted

        list->clearSelection();
        entry->trigger();
        c = w_->findChild<LockstepCompare*>();
        QVERIFY(c);
        QCOMPARE(c->paneCount(), LockstepCompare::kMaxRuns);
        QVERIFY(c->missingRuns().isEmpty());
        c->close();
    }

    // Saved as one GIF: every position a frame (and three more pausing on the end), the panes side
    // by side.
    void savesSideBySideGif() {
        LockstepCompare* c = w_->showLockstepCompare(paths_.mid(0, 2));
        QVERIFY(c);
        const QString gif = QDir(out_.path()).filePath("lockstep.gif");
        QSignalSpy exported(c, &LockstepCompare::exported);
        QVERIFY(c->exportTo(gif));
        QVERIFY(exported.wait(60000));
        QVERIFY2(exported.first().at(1).toString().isEmpty(), qPrintable(exported.first().at(1).toString()));
        QImageReader reader(gif);
        QCOMPARE(reader.imageCount(), 20 + 3);
        const QImage first = reader.read();
        const QList<QImage> one = labelledTimelineFrames(w_->timelines().steps(paths_[0]).mid(0, 1));
        QCOMPARE(first.width(), 2 * one.front().width() + 8);
        c->close();
    }
};

QTEST_MAIN(LockstepCompareTest)
#include "test_ui_lockstep_compare.moc"
