// What a new user meets in the first ten minutes (issue 23), on the built-in model through the
// real widgets: a failed load reopens a model the window really has; prompts past the encoder's
// limit and words the built-in model does not know are shown; a Finish-now image says where it
// stopped and is made again from its parameters; every image of a batch keeps its own timeline at
// its own aspect, and a gallery click shows it; the window fits a 1024x700 projector in every
// language; closing mid-generation hides the window at once.
#include "error_banner.h"
#include "gallery_model.h"
#include "gallery_view.h"
#include "image_convert.h"
#include "generation_controller.h"
#include "image/png_text.h"
#include "language.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "preview_pane.h"
#include "seed_edit.h"
#include "support/fixtures.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace stipple::ui;

namespace {

QString builtin() { return QString::fromStdString(stipple::builtin_model_dir()); }

bool waitForModel(MainWindow& w, const QString& path) {
    QSignalSpy ready(&w, &MainWindow::modelReady);
    w.openModel(path);
    return ready.wait(120000);
}

JobResult generateAndWait(MainWindow& w) {
    QSignalSpy finished(&w, &MainWindow::generationFinished);
    w.generate();
    if (!finished.wait(180000)) return JobResult{-1};
    return finished.takeFirst().at(0).value<JobResult>();
}

void setPrompt(MainWindow& w, const QString& prompt, int steps, int count = 1, quint64 seed = 7) {
    ParametersPanel* p = w.parameters();
    p->promptEdit()->setPlainText(prompt);
    p->negativeEdit()->clear();
    p->setSeed(seed, true);
    p->stepsBox()->setValue(steps);
    p->countBox()->setValue(count);
    p->widthBox()->setValue(64);
    p->heightBox()->setValue(64);
}

double meanDifference(const QImage& a, const QImage& b) {
    return stipple::test::mean_abs_difference(from_qimage(a), from_qimage(b));
}

// Waits for the counter's answer to the prompts as they are now.
bool waitForReading(MainWindow& w) {
    QSignalSpy counted(w.controller(), &GenerationController::tokensCounted);
    Q_EMIT w.parameters()->promptsEdited();
    return counted.wait(20000) && (QTest::qWait(200), true);  // the main window's debounce timer
}

}  // namespace

class NewcomerTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;

private Q_SLOTS:
    void init() {
        // Every function starts as a first start: its own output and settings folders.
        QVERIFY(out_.isValid() && data_.isValid());
        qputenv("STIPPLE_OUTPUT_DIR", QDir(out_.path()).filePath(QTest::currentTestFunction()).toUtf8());
        qputenv("STIPPLE_DATA_DIR", QDir(data_.path()).filePath(QTest::currentTestFunction()).toUtf8());
    }

    // Item 7: after a failed load the window shows the model it really has (it reopens the
    // built-in one), the banner says so, and a later load the user asks for clears the banner.
    void failedLoadReopensAModelTheWindowReallyHas() {
        MainWindow w;
        w.show();
        QTemporaryDir empty;
        QSignalSpy failed(&w, &MainWindow::modelFailed);
        QSignalSpy ready(&w, &MainWindow::modelReady);
        w.openModel(empty.path());
        QVERIFY(failed.wait(60000));
        QVERIFY(ready.wait(120000));
        QVERIFY(w.isModelLoaded());
        QCOMPARE(w.model().path, builtin());
        QVERIFY(w.banner()->isVisible());
        QVERIFY2(w.banner()->text().contains(QDir(empty.path()).dirName()), qPrintable(w.banner()->text()));
        QVERIFY2(w.banner()->text().contains("built-in"), qPrintable(w.banner()->text()));
        auto* status = w.findChild<QLabel*>("modelStatus");
        QVERIFY(status->text().contains("stipple-shapes"));
        auto* box = w.findChild<QToolButton*>("modelBox");
        QCOMPARE(box->property("modelPath").toString(), builtin());
        // Generate works on what is shown.
        setPrompt(w, "a red star on a blue background", 3);
        const JobResult r = generateAndWait(w);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.images.size(), 1);
        // A load the user asks for settles the old message.
        QVERIFY(waitForModel(w, builtin()));
        QVERIFY(w.banner()->isHidden());
    }

    // Item 3: the counter shows the encoder's real limit, and the words past it are named (Diffusers style).
    void promptPastTheLimitSaysWhatIsIgnored() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        const int limit = w.model().tokenLimit;
        QVERIFY(limit > 0 && limit < 75);  // the built-in encoder reads fewer than CLIP's 75
        setPrompt(w, "a red star on a blue background", 3);
        QVERIFY(waitForReading(w));
        QVERIFY(w.parameters()->promptNotice()->isHidden());
        QVERIFY2(w.parameters()->promptTokensLabel()->text().endsWith(QStringLiteral("/%1").arg(limit)),
                 qPrintable(w.parameters()->promptTokensLabel()->text()));
        // A head the model reads, many more words than it reads, and a short tail it cannot reach —
        // in the Diffusers prompt style (AUTOMATIC1111's, the default, reads long prompts in chunks).
        w.parameters()->setPromptStyle(stipple::PromptStyle::Diffusers);
        QString longPrompt = QStringLiteral("top left");
        for (int i = 0; i < limit + 4; ++i) longPrompt += QStringLiteral(" red");
        longPrompt += QStringLiteral(" green background");
        w.parameters()->promptEdit()->setPlainText(longPrompt);
        QVERIFY(waitForReading(w));
        QLabel* notice = w.parameters()->promptNotice();
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("%1").arg(limit)), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains("red green background”"), qPrintable(notice->text()));  // the tail is named…
        QVERIFY2(!notice->text().contains("top left"), qPrintable(notice->text()));   // …the head reaches the model
    }

    // Item 6: the built-in model offers prompts it can draw and names the words it does not know.
    void builtInModelSaysWhatItCanDraw() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        QToolButton* examples = w.parameters()->examplesButton();
        QVERIFY(examples->isVisible());
        QVERIFY(examples->menu()->actions().size() >= 3);
        QVERIFY2(w.parameters()->promptEdit()->placeholderText().contains("background"),
                 qPrintable(w.parameters()->promptEdit()->placeholderText()));
        QAction* first = examples->menu()->actions().front();
        first->trigger();
        QCOMPARE(w.parameters()->promptText(), first->text());
        QVERIFY(waitForReading(w));
        QVERIFY2(w.parameters()->promptNotice()->isHidden(), qPrintable(w.parameters()->promptNotice()->text()));

        w.parameters()->promptEdit()->setPlainText(QStringLiteral("a watercolor fox in the snow, soft light"));
        QVERIFY(waitForReading(w));
        const QString notice = w.parameters()->promptNotice()->text();
        QVERIFY(w.parameters()->promptNotice()->isVisible());
        for (const char* word : {"watercolor", "fox", "snow", "soft", "light"}) QVERIFY2(notice.contains(word), qPrintable(notice));
        for (const char* known : {" in,", " the,", " a,"}) QVERIFY2(!notice.contains(known), qPrintable(notice));
        // German words are not in its vocabulary either: it says so instead of ignoring them silently.
        w.parameters()->promptEdit()->setPlainText(QStringLiteral("ein roter Stern auf blauem Grund"));
        QVERIFY(waitForReading(w));
        QVERIFY(w.parameters()->promptNotice()->text().contains("roter"));
    }

    // Item 4: an image kept with Finish now says in its parameters where it stopped; restoring
    // them offers the same stop, and the request it builds makes that image again.
    void finishNowImageSaysWhereItStopped() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        setPrompt(w, "a yellow heart on a black background", 400, 1, 21);
        QSignalSpy frames(w.preview(), &PreviewPane::frameShown);
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        w.generate();
        QVERIFY(frames.wait(60000));
        w.finishNow();
        QVERIFY(finished.wait(120000));
        const JobResult r = finished.takeFirst().at(0).value<JobResult>();
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.images.size(), 1);
        QVERIFY(r.stepsDone > 0 && r.stepsDone < 400);
        const QString text = QString::fromStdString(stipple::png_text_value(
            stipple::read_png_text_file(r.images.front().path.toStdString()), "parameters"));
        QVERIFY2(text.contains("Steps: 400"), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Finished at step: %1").arg(r.stepsDone)), qPrintable(text));

        w.parameters()->applyInfotext(text);
        QCheckBox* finishAt = w.parameters()->finishAtStepBox();
        QVERIFY(finishAt->isVisible() && finishAt->isChecked());
        QVERIFY(finishAt->text().contains(QString::number(r.stepsDone)));
        QString problem;
        const auto request = w.parameters()->buildRequest(&problem);
        QVERIFY(request);
        QCOMPARE(request->stop_at_step, r.stepsDone);
        const JobResult again = generateAndWait(w);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.stepsDone, r.stepsDone);
        QCOMPARE(again.images.front().image, r.images.front().image);
        // Unticked, it runs the whole schedule.
        finishAt->setChecked(false);
        QCOMPARE(w.parameters()->buildRequest(&problem)->stop_at_step, 0);
    }

    // Items 5 and 8: each image of a batch keeps its own timeline at its own aspect; clicking an
    // image in the gallery shows that image's timeline, and that is what gets saved.
    void everyImageKeepsItsOwnTimeline() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        setPrompt(w, "a small green circle on a white background", 6, 3, 40);
        const JobResult batch = generateAndWait(w);
        QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
        QCOMPARE(batch.images.size(), 3);
        const QList<TimelineFrame> shown = w.preview()->timelineFrames();
        QCOMPARE(shown.size(), 7);  // 6 steps and the result
        for (const TimelineFrame& f : shown) {
            QVERIFY(!f.image.isNull());
            QCOMPARE(f.image.width() * 64, f.image.height() * 64);  // square as the image, not a 3-wide strip
        }
        QCOMPARE(shown.last().image, batch.images.front().image);
        QCOMPARE(shown.first().image.size(), QSize(64, 64));  // this model previews with its VAE
        QCOMPARE(w.timelines().size(), 3);

        // A later single image, then a click on the batch's third image: its own timeline.
        setPrompt(w, "a big red cross on a blue background", 4, 1, 90);
        QVERIFY(generateAndWait(w).error.isEmpty());
        QCOMPARE(w.preview()->timelineLength(), 5);
        GalleryModel* gallery = w.galleryModel();
        qint64 third = -1;
        for (int row = 0; row < gallery->rowCount(); ++row)
            if (gallery->record(row)->path == batch.images[2].path) third = gallery->record(row)->id;
        QVERIFY(third >= 0);
        Q_EMIT w.gallery()->imageActivated(third);
        QCOMPARE(w.preview()->timelineLength(), 7);
        const QList<TimelineFrame> frames = w.preview()->timelineFrames();
        QCOMPARE(frames.last().image.size(), QSize(64, 64));
        QCOMPARE(frames.first().step, 1);
        // Its last step's preview is the third image, not the first.
        const QImage first = QImage(batch.images[0].path);
        QVERIFY2(meanDifference(frames[5].image, frames.last().image) < 3.0,
                 qPrintable(QString::number(meanDifference(frames[5].image, frames.last().image))));
        QVERIFY(meanDifference(frames[5].image, first) > meanDifference(frames[5].image, frames.last().image));

        // Replay: the class watches the steps again, slowly, from the first to the result.
        QSignalSpy scrubbed(w.preview()->timelineSlider(), &QSlider::valueChanged);
        w.preview()->playButton()->click();
        QVERIFY(w.preview()->isPlaying());
        QCOMPARE(w.preview()->timelineSlider()->value(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!w.preview()->isPlaying(), 20000);
        QCOMPARE(w.preview()->timelineSlider()->value(), w.preview()->timelineSlider()->maximum());
        QVERIFY(scrubbed.count() >= 6);  // every frame was shown on the way

        QTemporaryDir dir;
        const QString gif = dir.filePath("third.gif");
        QSignalSpy exported(&w, &MainWindow::timelineExported);
        w.exportTimeline(gif);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.first().at(1).toString().isEmpty(), qPrintable(exported.first().at(1).toString()));
        QVERIFY(QFileInfo(gif).size() > 0);
    }

    // Item 9: at 1024x700 (a projector, with the taskbar) every control is reachable and nothing
    // is clipped sideways, in every language the app ships.
    void windowFitsAProjectorInEveryLanguage_data() {
        QTest::addColumn<QString>("language");
        for (const auto& [code, name] : availableLanguages()) QTest::newRow(qPrintable(code)) << code;
    }
    void windowFitsAProjectorInEveryLanguage() {
        QFETCH(QString, language);
        QVERIFY(installTranslators(qApp, language));
        MainWindow w;
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(w.width() <= 1024 && w.height() <= 700,
                 qPrintable(QStringLiteral("%1x%2, at least %3x%4").arg(w.width()).arg(w.height())
                                .arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
        auto* scroll = w.findChild<QScrollArea*>("parametersScroll");
        QVERIFY(scroll);
        // No sideways clipping: the panel's widgets fit the scroll area's width (it never scrolls sideways).
        QVERIFY2(w.parameters()->minimumSizeHint().width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("panel needs %1 px, has %2").arg(w.parameters()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
        // Every button and field can be scrolled into view and is then inside the viewport.
        for (QWidget* control : w.parameters()->findChildren<QWidget*>()) {
            if (!control->isVisibleTo(w.parameters()) || !(qobject_cast<QAbstractButton*>(control) ||
                                                           qobject_cast<QComboBox*>(control) ||
                                                           qobject_cast<QAbstractSpinBox*>(control)))
                continue;
            // The whole widget (ensureWidgetVisible would only bring a spin box's text cursor into view).
            const QPoint centre = control->mapTo(w.parameters(), control->rect().center());
            scroll->ensureVisible(centre.x(), centre.y(), control->width() / 2 + 1, control->height() / 2 + 1);
            const QRect inViewport(control->mapTo(scroll->viewport(), QPoint(0, 0)), control->size());
            QVERIFY2(scroll->viewport()->rect().contains(inViewport),
                     qPrintable(QStringLiteral("%1 (%2) at %3,%4 %5x%6 is outside the panel's %7x%8")
                                    .arg(control->objectName(), control->metaObject()->className())
                                    .arg(inViewport.x()).arg(inViewport.y()).arg(inViewport.width()).arg(inViewport.height())
                                    .arg(scroll->viewport()->width()).arg(scroll->viewport()->height())));
        }
        // Generate, Abort and Finish now are on screen without scrolling, whole, at any panel scroll.
        for (QPushButton* button : {w.parameters()->generateButton(), w.parameters()->abortButton(), w.parameters()->finishButton()}) {
            QVERIFY(button->isVisible());
            QCOMPARE(button->visibleRegion().boundingRect(), button->rect());
            const QRect inWindow(button->mapTo(&w, QPoint(0, 0)), button->size());
            QVERIFY2(w.rect().contains(inWindow), qPrintable(button->objectName()));
        }
        QVERIFY(w.parameters()->generateButton()->minimumSizeHint().width() <= w.parameters()->generateButton()->width());
        // The preview's bar fits beside the panel.
        QVERIFY2(w.preview()->minimumSizeHint().width() <= w.preview()->width(),
                 qPrintable(QStringLiteral("preview needs %1 px, has %2").arg(w.preview()->minimumSizeHint().width())
                                .arg(w.preview()->width())));
        installTranslators(qApp, QStringLiteral("en"));
    }

    // Item 10: Close during a generation hides the window at once; the job stops before its
    // next UNet call and nothing is saved; the window then closes for good.
    void closingMidGenerationHidesAtOnce() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        setPrompt(w, "a purple diamond on a yellow background", 1000, 4);
        QSignalSpy frames(w.preview(), &PreviewPane::frameShown);
        w.generate();
        QVERIFY(frames.wait(60000));
        w.close();
        QVERIFY(!w.isVisible());        // hidden before the worker has stopped…
        QVERIFY(w.isBusy());            // …which it does on its own thread, not in close()
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 60000);
        QTest::qWait(100);
        QVERIFY(!w.isVisible());
        w.generate();                   // closed for good: nothing more runs
        QVERIFY(!w.isBusy());
        QDirIterator files(qEnvironmentVariable("STIPPLE_OUTPUT_DIR"), QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), "an aborted generation wrote a file");
    }
};

QTEST_MAIN(NewcomerTest)
#include "test_ui_newcomer.moc"
