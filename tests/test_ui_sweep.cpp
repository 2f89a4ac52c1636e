// The sweep dialog on tiny-sd15: bad axis values are explained before anything runs; a sweep
// fills the grid cell by cell with overall progress; each cell's parameters equal the request
// that makes it; "Use cell's parameters" hands them to the main window; the saved grid PNG lists
// every cell; Abort stops a sweep and keeps the cells already done.
#include "image/infotext.h"
#include "image/request_infotext.h"
#include "teach/sweep_export.h"
#include "generation_controller.h"
#include "support/fixtures.h"
#include "sweep_dialog.h"
#include "sweep_grid_render.h"
#include "language.h"
#include "teach/sweep_axis.h"
#include "teach/sweep_plan.h"

#include <QApplication>

#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

stipple::GenerationRequest base() {
    stipple::GenerationRequest r;
    r.prompt = "a blue square";
    r.steps = 2;
    r.width = r.height = 64;
    r.seeds = {3};
    return r;
}

QString tiny() { return QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd15")); }

}  // namespace

class UiSweepTest : public QObject {
    Q_OBJECT
    QTemporaryDir data_;
    GenerationController* controller_ = nullptr;

private Q_SLOTS:
    void initTestCase() {
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
        controller_ = new GenerationController(this);
        if (stipple::test::shared_dir().isEmpty()) return;
        QSignalSpy loaded(controller_, &GenerationController::modelLoaded);
        controller_->loadModel(tiny());
        QVERIFY(loaded.wait(120000));
    }

    void badValuesAreExplainedBeforeRunning() {
        SweepDialog dialog(base(), controller_);
        dialog.setAxis(false, "steps", "1-96:0");
        QVERIFY(!dialog.plan().has_value());
        QVERIFY2(dialog.validationMessage().contains("1-96:0"), qPrintable(dialog.validationMessage()));
        QVERIFY(!dialog.start());
        QVERIFY(!dialog.isRunning());
        dialog.setAxis(false, "steps", "1-96:5");
        dialog.setAxis(true, "cfg", "2-20:3");
        const auto plan = dialog.plan();
        QVERIFY(plan.has_value());
        QCOMPARE(plan->cells.size(), size_t(20 * 7));
    }

    void sweepFillsTheGridAndCellsAreReusable() {
        STIPPLE_REQUIRE_SHARED();
        SweepDialog dialog(base(), controller_);
        dialog.setAxis(false, "seed", "3, 4");
        dialog.setAxis(true, "steps", "1, 2");
        QSignalSpy finished(&dialog, &SweepDialog::sweepFinished);
        QVERIFY(dialog.start());
        QVERIFY(dialog.isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(dialog.finishedCells(), 4);
        QVERIFY(!dialog.gridImage().isNull());
        QVERIFY(dialog.gridImage().width() > 2 * 64);
        const auto* progress = dialog.findChild<QProgressBar*>();
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(progress->maximum(), 2 * (1 + 2));

        // Cell 3 = row 1 (steps 2), column 1 (seed 4).
        const QString parameters = dialog.cellParameters(3);
        const auto restored = stipple::request_from_infotext(stipple::parse_infotext(parameters.toStdString()));
        QCOMPARE(restored.request.seeds, std::vector<uint64_t>{4});
        QCOMPARE(restored.request.steps, 2);
        QCOMPARE(restored.request.prompt, std::string("a blue square"));
        QSignalSpy reuse(&dialog, &SweepDialog::reuseParametersRequested);
        dialog.selectCell(3);
        dialog.reuseSelected();
        QCOMPARE(reuse.count(), 1);
        QCOMPARE(reuse.first().at(0).toString(), parameters);

        QTemporaryDir dir;
        QString error;
        QVERIFY2(dialog.saveGrid(dir.filePath("grid.png"), &error), qPrintable(error));
        const auto record = stipple::read_sweep_grid_record(dir.filePath("grid.png").toStdString());
        QCOMPARE(record.cells.size(), size_t(4));
        QCOMPARE(QString::fromStdString(record.cells[3].parameters), parameters);
        // Saved large enough to show a class: 64-px cells drawn 4x, pixel for pixel.
        const QImage saved(dir.filePath("grid.png"));
        const stipple::GridRect r = record.cells[3].rect;
        QVERIFY2(r.width >= 256 && r.height >= 256, qPrintable(QString("%1x%2").arg(r.width).arg(r.height)));
        QVERIFY(saved.width() >= r.x + r.width && saved.height() >= r.y + r.height);
        const QImage cell = dialog.cellImage(3).convertToFormat(QImage::Format_RGB888);
        const int scale = r.width / cell.width();
        for (int y = 0; y < cell.height(); y += 9)
            for (int x = 0; x < cell.width(); x += 9)
                QCOMPARE(saved.pixelColor(r.x + x * scale + scale / 2, r.y + y * scale + scale / 2), cell.pixelColor(x, y));
    }

    // Model as an axis: each model loads in turn, every cell names its own model, the saved grid
    // keeps each cell's parameters, and afterwards the user's model is the one loaded again.
    void modelSweepComparesModelsAndPutsTheUsersModelBack() {
        STIPPLE_REQUIRE_SHARED();
        const QString sd2v = QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd2v"));
        SweepDialog dialog(base(), controller_);
        dialog.setAxis(false, "model", QString());
        dialog.addModelValue(tiny());
        dialog.addModelValue(sd2v);
        dialog.addModelValue(tiny());  // listed once
        const auto plan = dialog.plan();
        QVERIFY2(plan.has_value(), qPrintable(dialog.validationMessage()));
        QCOMPARE(plan->models().size(), size_t(2));
        const int loadsBefore = controller_->modelLoadCount();
        QSignalSpy loading(controller_, &GenerationController::sweepModelLoading);
        QSignalSpy finished(&dialog, &SweepDialog::sweepFinished);
        QVERIFY(dialog.start());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(dialog.finishedCells(), 2);
        QVERIFY2(dialog.cellParameters(0).contains("Model: tiny-sd15"), qPrintable(dialog.cellParameters(0)));
        QVERIFY2(dialog.cellParameters(1).contains("Model: tiny-sd2v"), qPrintable(dialog.cellParameters(1)));
        QCOMPARE(loading.count(), 2);
        // tiny-sd15 was loaded already: only tiny-sd2v loads, then tiny-sd15 again.
        QCOMPARE(controller_->modelLoadCount() - loadsBefore, 2);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(dialog.saveGrid(dir.filePath("models.png"), &error), qPrintable(error));
        const auto record = stipple::read_sweep_grid_record(dir.filePath("models.png").toStdString());
        QCOMPARE(QString::fromStdString(record.cells[1].parameters), dialog.cellParameters(1));

        // The next job runs on the user's model again.
        QVERIFY(controller_->isModelLoaded());
        QCOMPARE(controller_->model().path, tiny());
        SweepDialog again(base(), controller_);
        again.setAxis(false, "seed", "5");
        QSignalSpy done(&again, &SweepDialog::sweepFinished);
        QVERIFY(again.start());
        QVERIFY(done.wait(120000));
        QVERIFY2(again.cellParameters(0).contains("Model: tiny-sd15"), qPrintable(again.cellParameters(0)));
    }

    // The saved grid names its axes in the interface language (Qt fonts, any script).
    void savedGridSpeaksTheInterfaceLanguage() {
        stipple::SweepPlan plan;
        plan.x = stipple::parse_sweep_axis(stipple::SweepAxisKind::Steps, "10, 20");
        plan.y = stipple::parse_sweep_axis(stipple::SweepAxisKind::Guidance, "5");
        plan.columns = 2;
        plan.rows = 1;
        plan.cells.resize(2);
        plan.cells[1].column = 1;
        QVERIFY(installTranslators(qApp, QStringLiteral("de")));
        const SavedGrid grid = renderSavedGrid(plan, {QImage(), QImage()});
        installTranslators(qApp, QStringLiteral("en"));
        QCOMPARE(grid.columnLabels, QStringList({"Schritte: 10", "Schritte: 20"}));
        QVERIFY2(grid.rowLabels.front().endsWith(": 5"), qPrintable(grid.rowLabels.join('|')));
        QVERIFY(grid.image.width() > 2 * 256);
    }

    void abortKeepsFinishedCells() {
        STIPPLE_REQUIRE_SHARED();
        SweepDialog dialog(base(), controller_);
        dialog.setAxis(false, "steps", "30-60:10");
        QSignalSpy finished(&dialog, &SweepDialog::sweepFinished);
        QSignalSpy cells(controller_, &GenerationController::cellFinished);
        QVERIFY(dialog.start());
        // Abort once the first cell is done (aborting at once would pass with no cell to keep).
        QVERIFY(cells.wait(120000));
        dialog.abortSweep();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(dialog.finishedCells() >= 1 && dialog.finishedCells() < 4, qPrintable(QString::number(dialog.finishedCells())));
        QVERIFY(!dialog.isRunning());
        // The finished cells are kept: they can be saved, with their parameters.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(dialog.saveGrid(dir.filePath("partial.png"), &error), qPrintable(error));
        const auto record = stipple::read_sweep_grid_record(dir.filePath("partial.png").toStdString());
        int withParameters = 0;
        for (const auto& cell : record.cells) withParameters += !cell.parameters.empty();
        QCOMPARE(withParameters, dialog.finishedCells());
    }
};

QTEST_MAIN(UiSweepTest)
#include "test_ui_sweep.moc"
