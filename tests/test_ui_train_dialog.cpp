// Classroom ▸ Train a tiny model… with a small step budget: the loss curve gains points and sample
// pictures arrive while the class preset trains in the controller's queue; the finished model opens
// as the app's model; Abort mid-training leaves the dialog ready for another run; closing the dialog
// mid-training stops the run without a hang, and the folder holds a whole model or none.
#include "common/error.h"
#include "generation_controller.h"
#include "loss_plot.h"
#include "main_window.h"
#include "pipeline/pipeline.h"
#include "support/screenshot.h"
#include "train_dialog.h"
#include "training/builtin_trainer.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

int diffusionPoints(const LossPlot* plot) {
    int n = 0;
    for (const LossPlot::Point& p : plot->points()) n += p.series == 3 ? 1 : 0;
    return n;
}

}  // namespace

class TrainDialogTest : public QObject {
    Q_OBJECT
    QTemporaryDir data_;

private Q_SLOTS:
    void initTestCase() {
        test::useScreenshotLanguage();
        QVERIFY(data_.isValid());
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
        qputenv("STIPPLE_OUTPUT_DIR", QDir(data_.path()).filePath(QStringLiteral("out")).toUtf8());
        if (QStandardPaths::findExecutable(QStringLiteral("spm_train")).isEmpty())
            QSKIP("spm_train (package sentencepiece) is not installed");
    }

    // The Classroom menu opens the dialog; a short run fills the curve and the samples, finishes,
    // and its model opens in the app and generates.
    void shortRunShowsLossAndSamplesAndOpensAsModel() {
        MainWindow window;
        auto* action = window.findChild<QAction*>(QStringLiteral("classroomTrainTinyModel"));
        QVERIFY(action);
        action->trigger();
        auto* dialog = window.findChild<TrainDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dialog->folderEdit()->text().startsWith(QDir::toNativeSeparators(data_.path())));
        QVERIFY(!dialog->openButton()->isEnabled());
        dialog->setStepBudget(20, 40, 60, 12);
        QSignalSpy finished(dialog, &TrainDialog::runFinished);
        QVERIFY(dialog->start());
        QVERIFY(dialog->isRunning());
        QVERIFY(!dialog->startButton()->isEnabled() && dialog->abortButton()->isEnabled());
        // Live: a sample row arrives while the run still goes on.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->sampleRowCount() >= 1, 120000);
        QVERIFY(dialog->isRunning());
        QVERIFY(diffusionPoints(dialog->lossPlot()) >= 12);
        if (test::screenshotLanguage() == QLatin1String("en"))  // the ETA ("… left"), in English
            QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("left")));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.front().front().toBool(), true);
        QCOMPARE(dialog->sampleRowCount(), 5);  // steps 12, 24, 36, 48 and 60
        QCOMPARE(diffusionPoints(dialog->lossPlot()), 60);
        QVERIFY(dialog->lossPlot()->points().size() >= 20 + 40 + 60);
        QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());
        QVERIFY(dialog->openButton()->isEnabled() && dialog->startButton()->isEnabled());
        QVERIFY(stipple::training::has_exported_model(dialog->modelFolder().toStdString()));
        dialog->resize(980, 600);
        test::saveScreenshot(dialog, QStringLiteral("train-tiny-model"));

        QSignalSpy ready(&window, &MainWindow::modelReady);
        dialog->openButton()->click();
        auto openedPath = [&] {
            return ready.isEmpty() ? QString() : QDir(ready.back().front().value<ModelSummary>().path).canonicalPath();
        };
        QTRY_COMPARE_WITH_TIMEOUT(openedPath(), QDir(dialog->modelFolder()).canonicalPath(), 60000);
        QVERIFY(window.controller()->isModelLoaded());
    }

    // Abort mid-diffusion: the run stops within seconds, the exported model (if any) is whole, and
    // Start runs again.
    void abortMidTrainingLeavesTheDialogUsable() {
        GenerationController controller;
        TrainDialog dialog(&controller);
        dialog.show();
        dialog.setStepBudget(10, 20, 5000, 1000);
        QSignalSpy finished(&dialog, &TrainDialog::runFinished);
        QVERIFY(dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(diffusionPoints(dialog.lossPlot()) >= 3, 120000);
        QElapsedTimer stopping;
        stopping.start();
        dialog.abortButton()->click();
        QVERIFY(!dialog.abortButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        qInfo("Abort: the run ended %lld ms after the click", static_cast<long long>(stopping.elapsed()));
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Stopped")));
        const bool exported = finished.front().front().toBool();
        QCOMPARE(exported, stipple::training::has_exported_model(dialog.modelFolder().toStdString()));
        QCOMPARE(dialog.openButton()->isEnabled(), exported);
        if (exported) QVERIFY(stipple::Pipeline::load(dialog.modelFolder().toStdString()) != nullptr);
        QVERIFY(dialog.startButton()->isEnabled());

        // Usable: another (short) run in a new folder finishes.
        const QString first = dialog.modelFolder();
        dialog.setStepBudget(2, 3, 4, 2);
        QVERIFY(dialog.start());
        QVERIFY(dialog.modelFolder() != first);
        QVERIFY(finished.wait(120000));
        QVERIFY(dialog.openButton()->isEnabled());
        QCOMPARE(dialog.sampleRowCount(), 2);
    }

    // Closing mid-training stops the run: the controller is idle again within seconds and its
    // shutdown (the app's exit) joins the worker at once.
    void closeMidTrainingDoesNotHang() {
        GenerationController controller;
        auto* dialog = new TrainDialog(&controller);
        dialog->show();
        dialog->setStepBudget(10, 2000, 5000, 1000);
        QVERIFY(dialog->start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->lossPlot()->points().size() >= 3, 120000);
        const QString folder = dialog->modelFolder();
        QVERIFY(dialog->close());
        QVERIFY(!dialog->isVisible() && !dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isBusy(), 20000);
        delete dialog;
        QElapsedTimer t;
        t.start();
        controller.shutdown();
        QVERIFY(t.elapsed() < 5000);
        // Stopped before the diffusion phase (the first export): no model, and nothing half-written.
        QVERIFY(!stipple::training::has_exported_model(folder.toStdString()));
        QVERIFY_THROWS_EXCEPTION(stipple::Error, stipple::Pipeline::load(folder.toStdString()));
    }

    // The app quits while a run goes on (the window closes with the dialog open): no hang.
    void shutdownMidTrainingJoinsTheWorker() {
        auto* controller = new GenerationController;
        TrainDialog dialog(controller);
        dialog.setStepBudget(10, 2000, 5000, 1000);
        QVERIFY(dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.lossPlot()->points().size() >= 3, 120000);
        QElapsedTimer t;
        t.start();
        delete controller;  // shutdown(): aborts the run and joins the worker thread
        QVERIFY(t.elapsed() < 10000);
        qInfo("shutdown mid-training took %lld ms", static_cast<long long>(t.elapsed()));
    }
};

QTEST_MAIN(TrainDialogTest)
#include "test_ui_train_dialog.moc"
