// The presenter view (issue 20) on the built-in model through the real widgets: F11 enters and
// leaves full screen (Esc leaves too); a generation lights the pipeline strip's text encoder, UNet
// loop and VAE in that order, then the image, and its result lands in the main window's gallery;
// "hide the result until the end" keeps the picture blank for every frame of the run and reveals
// it with a working scrubber at the end; the presenter's fields are the main window's (edits in
// either place agree, and Generate sends them); every control fits, unsquashed, at 1920x1080 and
// 1280x720. Takes the "presenter" screenshot mid-run, the strip lit on the UNet loop.
#include "gallery_model.h"
#include "generation_controller.h"
#include "image_view.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "pipeline_strip.h"
#include "presenter_window.h"
#include "preview_pane.h"
#include "seed_edit.h"
#include "support/fixtures.h"
#include "support/screenshot.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;
using State = PipelineStrip::State;

namespace {

QString builtin() { return QString::fromStdString(stipple::builtin_model_dir()); }

bool waitForModel(MainWindow& w) {
    QSignalSpy ready(&w, &MainWindow::modelReady);
    w.openModel(builtin());
    return ready.wait(120000);
}

JobResult waitForResult(QSignalSpy& finished) {
    if (finished.isEmpty() && !finished.wait(180000)) return JobResult{-1};
    return finished.takeFirst().at(0).value<JobResult>();
}

// The presenter the F11 action opens (made on first use).
PresenterWindow* openPresenter(MainWindow& w) {
    auto* action = w.findChild<QAction*>(QStringLiteral("presenterViewAction"));
    if (!action) return nullptr;
    action->trigger();
    return w.findChild<PresenterWindow*>();
}

// A small, quick run of the built-in model, set through the presenter's own fields.
void setRun(MainWindow& w, PresenterWindow& p, int steps) {
    w.parameters()->widthBox()->setValue(64);
    w.parameters()->heightBox()->setValue(64);
    w.parameters()->countBox()->setValue(1);
    p.promptEdit()->setPlainText(QStringLiteral("a red star in the top left on a blue background"));
    p.seedEdit()->setText(QStringLiteral("42"));
    p.keepSeedBox()->setChecked(true);
    p.stepsBox()->setValue(steps);
    p.guidanceBox()->setValue(4.0);
}

}  // namespace

class PresenterTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;

private Q_SLOTS:
    void initTestCase() { ::test::useScreenshotLanguage(); }

    void init() {
        QVERIFY(out_.isValid() && data_.isValid());
        qputenv("STIPPLE_OUTPUT_DIR", QDir(out_.path()).filePath(QTest::currentTestFunction()).toUtf8());
        qputenv("STIPPLE_DATA_DIR", QDir(data_.path()).filePath(QTest::currentTestFunction()).toUtf8());
    }

    void f11EntersAndLeavesFullScreen() {
        MainWindow w;
        w.show();
        w.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(&w));
        QVERIFY(!w.findChild<PresenterWindow*>());
        QTest::keyClick(&w, Qt::Key_F11);
        auto* p = w.findChild<PresenterWindow*>();
        QVERIFY(p);
        QVERIFY(p->isVisible());
        QVERIFY(p->isFullScreen());
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(p));  // (a transient window counts as active with its parent)
        QTest::keyClick(p, Qt::Key_F11);  // the same key leaves
        QVERIFY(!p->isVisible());
        QVERIFY(!p->isFullScreen());

        QCOMPARE(openPresenter(w), p);  // Classroom ▸ Presenter view: the same window again
        QVERIFY(p->isVisible() && p->isFullScreen());
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(p));
        QTest::keyClick(p->promptEdit(), Qt::Key_Escape);  // Esc leaves, even from the prompt
        QVERIFY(!p->isVisible());
        QVERIFY(w.isVisible());
    }

    void presenterEditsReachTheMainWindowsRequest() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        PresenterWindow* p = openPresenter(w);
        QVERIFY(p);
        ParametersPanel* panel = w.parameters();

        // Typed in the presenter: the main window's fields follow, and a typed seed is kept.
        p->promptEdit()->clear();
        QTest::keyClicks(p->promptEdit(), QStringLiteral("a green circle"));
        panel->lockButton()->setChecked(false);
        p->seedEdit()->clear();
        QTest::keyClicks(p->seedEdit(), QStringLiteral("18446744073709551615"));
        p->stepsBox()->setValue(7);
        p->guidanceBox()->setValue(3.5);
        QCOMPARE(panel->promptEdit()->toPlainText(), QStringLiteral("a green circle"));
        QCOMPARE(panel->seedEdit()->text(), QStringLiteral("18446744073709551615"));
        QVERIFY(panel->lockButton()->isChecked());
        QVERIFY(p->keepSeedBox()->isChecked());
        QCOMPARE(panel->stepsBox()->value(), 7);
        QCOMPARE(panel->cfgBox()->value(), 3.5);

        // Edited in the main window: the presenter follows.
        panel->promptEdit()->setPlainText(QStringLiteral("a yellow square"));
        panel->stepsBox()->setValue(5);
        panel->cfgBox()->setValue(6.0);
        panel->setSeed(1234, true);
        QCOMPARE(p->promptEdit()->toPlainText(), QStringLiteral("a yellow square"));
        QCOMPARE(p->stepsBox()->value(), 5);
        QCOMPARE(p->guidanceBox()->value(), 6.0);
        QCOMPARE(p->seedEdit()->text(), QStringLiteral("1234"));

        // The presenter's Generate sends the main window's request.
        p->promptEdit()->setPlainText(QStringLiteral("a blue triangle"));
        p->stepsBox()->setValue(3);
        p->guidanceBox()->setValue(2.5);
        w.parameters()->widthBox()->setValue(64);
        w.parameters()->heightBox()->setValue(64);
        QSignalSpy started(w.controller(), &GenerationController::jobStarted);
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        QTest::mouseClick(p->generateButton(), Qt::LeftButton);
        QVERIFY(started.count() == 1 || started.wait(20000));
        const GenerationJob job = started.takeFirst().at(0).value<GenerationJob>();
        QCOMPARE(QString::fromStdString(job.request.prompt), QStringLiteral("a blue triangle"));
        QCOMPARE(job.request.seeds, std::vector<uint64_t>{1234});
        QCOMPARE(job.request.steps, 3);
        QCOMPARE(job.request.guidance_scale, 2.5);
        const JobResult r = waitForResult(finished);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));

        // What the main window refuses is said here too (its banner is under this full-screen window).
        p->seedEdit()->setText(QStringLiteral("99999999999999999999"));  // above 2^64 - 1
        QTest::mouseClick(p->generateButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 0);
        auto* status = p->findChild<QLabel*>(QStringLiteral("presenterStatus"));
        QVERIFY(status && status->isVisible());
        QVERIFY2(status->text().contains(panel->seedEdit()->problem()), qPrintable(status->text()));
    }

    void generationLightsEachStageInOrderThenTheImage() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        PresenterWindow* p = openPresenter(w);
        QVERIFY(p);
        // The screenshot's size: a 720p projector (the full-screen size of the test's screen differs).
        p->showNormal();
        p->resize(1280, 720);
        const int steps = 12;
        setRun(w, *p, steps);
        const int galleryBefore = w.galleryModel()->rowCount();

        QList<State> states;
        connect(p->strip(), &PipelineStrip::stateChanged, this, [&](int s) { states << static_cast<State>(s); });
        // Mid-run (after frames for half the steps): the loop is what is lit, counting k/N.
        bool litMidRun = false, shot = false;
        connect(w.controller(), &GenerationController::framesArrived, this, [&] {
            if (shot || p->strip()->step() < steps / 2) return;
            shot = true;
            litMidRun = p->strip()->state() == State::Denoising && p->strip()->isLit(PipelineStrip::Node::Unet) &&
                        p->strip()->isDone(PipelineStrip::Node::TextEncoder) &&
                        !p->strip()->isLit(PipelineStrip::Node::Vae) && p->strip()->totalSteps() == steps;
            ::test::saveScreenshot(p, QStringLiteral("presenter"));
        });
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        QTest::mouseClick(p->generateButton(), Qt::LeftButton);
        QVERIFY(p->abortButton()->isEnabled());
        const JobResult r = waitForResult(finished);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.images.size(), 1);

        QCOMPARE(states, (QList<State>{State::Starting, State::TextEncoder, State::Denoising, State::VaeDecode, State::Done}));
        QVERIFY(shot);
        QVERIFY(litMidRun);
        QVERIFY(p->strip()->isLit(PipelineStrip::Node::Image));
        QCOMPARE(p->strip()->step(), steps);
        QVERIFY(!p->abortButton()->isEnabled());
        // Generated through the main window: the result is in its gallery and preview.
        QCOMPARE(w.galleryModel()->rowCount(), galleryBefore + 1);
        QCOMPARE(p->imageView()->image(), w.preview()->currentImage());
        QCOMPARE(p->stepLabel()->text(), PresenterWindow::tr("Result"));
    }

    void hideSwitchKeepsThePictureBlankUntilTheEnd() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        PresenterWindow* p = openPresenter(w);
        QVERIFY(p);
        setRun(w, *p, 8);
        p->hideBox()->setChecked(true);

        int frames = 0, shownWhileRunning = 0, scrubbableWhileRunning = 0;
        connect(w.controller(), &GenerationController::framesArrived, this, [&] {
            ++frames;
            if (!p->imageView()->image().isNull()) ++shownWhileRunning;
            if (p->scrubber()->isEnabled()) ++scrubbableWhileRunning;
        });
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        QTest::mouseClick(p->generateButton(), Qt::LeftButton);
        QVERIFY(p->isHiding());
        QVERIFY(p->imageView()->image().isNull());
        const JobResult r = waitForResult(finished);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(frames > 0);
        QVERIFY(!w.preview()->currentImage().isNull());  // the main window had pictures all along
        QCOMPARE(shownWhileRunning, 0);
        QCOMPARE(scrubbableWhileRunning, 0);

        // Revealed at the end: the result, and the scrubber goes through the steps.
        QVERIFY(!p->isHiding());
        QVERIFY(!p->imageView()->image().isNull());
        QCOMPARE(p->imageView()->image(), r.images.front().image);
        QVERIFY(p->scrubber()->isEnabled());
        QCOMPARE(p->scrubber()->maximum(), 8);  // 8 steps and the result
        p->scrubber()->setValue(2);
        QCOMPARE(w.preview()->timelineSlider()->value(), 2);
        QCOMPARE(p->imageView()->image(), w.preview()->currentImage());
        QVERIFY(p->imageView()->image() != r.images.front().image);  // step 3's preview, not the result
        QCOMPARE(p->stepLabel()->text(), PresenterWindow::tr("Step %1 of %2").arg(3).arg(8));
    }

    void everyControlFitsAt1080pAnd720p() {
        MainWindow w;
        w.show();
        PresenterWindow* p = openPresenter(w);
        QVERIFY(p);
        p->showNormal();
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
            p->resize(size);
            QTRY_COMPARE(p->size(), size);
            QCoreApplication::processEvents();
            const QRect window = p->rect();
            const QList<QWidget*> controls{p->strip(),      p->promptEdit(),  p->seedEdit(),       p->keepSeedBox(),
                                           p->stepsBox(),   p->guidanceBox(), p->hideBox(),        p->generateButton(),
                                           p->abortButton(), p->scrubber(),   p->stepLabel()};
            for (QWidget* c : controls) {
                const QRect r(c->mapTo(p, QPoint(0, 0)), c->size());
                QVERIFY2(c->isVisible(), qPrintable(c->objectName()));
                QVERIFY2(window.contains(r), qPrintable(QStringLiteral("%1 at %2x%3").arg(c->objectName()).arg(size.width()).arg(size.height())));
                QVERIFY2(c->height() >= c->minimumSizeHint().height(), qPrintable(c->objectName()));
            }
            // The switch's whole text shows (a clipped label is unreadable from the back).
            QVERIFY(p->hideBox()->width() >= p->hideBox()->sizeHint().width());
            // Large: the text at least 1/40 of the screen's height, the picture most of the rest.
            QVERIFY(p->promptEdit()->fontInfo().pixelSize() * 40 >= size.height());
            const QSize picture = p->imageView()->size();
            QVERIFY2(picture.width() * picture.height() * 3 >= size.width() * size.height(),
                     qPrintable(QStringLiteral("%1x%2").arg(picture.width()).arg(picture.height())));
        }
    }
};

QTEST_MAIN(PresenterTest)
#include "test_ui_presenter.moc"
