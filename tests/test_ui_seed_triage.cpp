// Classroom ▸ Seed triage… with the built-in model: N seeds render to k % of the steps in a grid,
// the picked cells — and only they — finish from their paused runs into PNGs that equal plain
// generations of those seeds bit for bit and join the gallery and the history; an abort mid-preview
// (or closing the dialog mid-run) leaves everything usable.
#include "gallery_model.h"
#include "generation_controller.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "seed_triage_dialog.h"
#include "support/fixtures.h"
#include "support/screenshot.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace stipple::ui;

namespace {

QStringList pngsUnder(const QString& root) {
    QStringList out;
    QDirIterator it(root, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) out << it.next();
    out.sort();
    return out;
}

bool loadBuiltin(MainWindow& w) {
    QSignalSpy ready(&w, &MainWindow::modelReady);
    w.openModel(QString::fromStdString(stipple::builtin_model_dir()));
    return ready.wait(120000);
}

void setFields(MainWindow& w, const QString& prompt, quint64 seed, int steps) {
    ParametersPanel* p = w.parameters();
    p->promptEdit()->setPlainText(prompt);
    p->negativeEdit()->clear();
    p->setSeed(seed, true);
    p->stepsBox()->setValue(steps);
    p->countBox()->setValue(1);
}

SeedTriageDialog* openDialog(MainWindow& w) {
    auto* action = w.findChild<QAction*>(QStringLiteral("classroomSeedTriage"));
    if (!action) return nullptr;
    action->trigger();
    return w.findChild<SeedTriageDialog*>();
}

QString pngParameters(const QString& path) {
    QImageReader reader(path);
    return reader.text(QStringLiteral("parameters"));
}

}  // namespace

class SeedTriageTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;

private Q_SLOTS:
    void initTestCase() { test::useScreenshotLanguage(); }

    void init() {
        // Every function starts afresh: its own output and history.
        QVERIFY(out_.isValid() && data_.isValid());
        qputenv("STIPPLE_OUTPUT_DIR", QDir(out_.path()).filePath(QTest::currentTestFunction()).toUtf8());
        qputenv("STIPPLE_DATA_DIR", QDir(data_.path()).filePath(QTest::currentTestFunction()).toUtf8());
    }

    void chosenCellsFinishExactlyAndJoinTheGallery() {
        const QString output = qEnvironmentVariable("STIPPLE_OUTPUT_DIR");
        QStringList triaged;
        {
            MainWindow w;
            w.show();
            QVERIFY(loadBuiltin(w));
            setFields(w, QStringLiteral("a red circle in the top left on a blue background"), 100, 10);
            SeedTriageDialog* dialog = openDialog(w);
            QVERIFY(dialog && dialog->isVisible());
            dialog->seedCountBox()->setValue(6);
            dialog->seedOrderBox()->setCurrentIndex(static_cast<int>(SeedTriageDialog::SeedOrder::Upward));
            dialog->percentBox()->setValue(40);
            QSignalSpy previews(dialog, &SeedTriageDialog::previewsFinished);
            QTest::mouseClick(dialog->renderButton(), Qt::LeftButton);
            QVERIFY(dialog->isRunning());
            QVERIFY(!dialog->continueButton()->isEnabled());
            QVERIFY(previews.wait(120000));
            QCOMPARE(previews.first().at(0).toInt(), 6);
            QCOMPARE(previews.first().at(1).toBool(), false);
            QCOMPARE(dialog->seeds(), (QList<quint64>{100, 101, 102, 103, 104, 105}));
            QVERIFY(pngsUnder(output).isEmpty());  // previews are not saved
            // 40 % of 10 steps: each cell says where it paused.
            QVERIFY(dialog->cellButton(0)->text().contains(QStringLiteral("4")));
            QVERIFY(!dialog->cellButton(0)->icon().isNull());

            QTest::mouseClick(dialog->cellButton(1), Qt::LeftButton);
            QTest::mouseClick(dialog->cellButton(4), Qt::LeftButton);
            QCOMPARE(dialog->pickedCells(), (QList<int>{1, 4}));
            QVERIFY(dialog->continueButton()->isEnabled());
            test::saveScreenshot(dialog, QStringLiteral("seed-triage"));

            const int galleryBefore = w.galleryModel()->rowCount();
            QSignalSpy saved(dialog, &SeedTriageDialog::imageSaved);
            QSignalSpy finished(dialog, &SeedTriageDialog::continueFinished);
            QList<PreviewFrame> frames;
            connect(w.controller(), &GenerationController::framesArrived, dialog,
                    [&frames](const QList<PreviewFrame>& f) { frames << f; });
            QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);
            QVERIFY(finished.wait(120000));
            // From their paused runs, not from scratch: steps 5-10 of each, 12 steps in all.
            QVERIFY(!frames.isEmpty());
            int firstStep = 1000;
            for (const PreviewFrame& f : frames) {
                QCOMPARE(f.jobStepsTotal, 12);
                firstStep = std::min(firstStep, f.step);
            }
            QVERIFY2(firstStep >= 5, qPrintable(QString::number(firstStep)));
            QCOMPARE(frames.last().jobStepsDone, 12);
            QCOMPARE(finished.first().at(0).toInt(), 2);
            QCOMPARE(saved.size(), 2);
            triaged = pngsUnder(output);
            QCOMPARE(triaged.size(), 2);
            QVERIFY(triaged[0].endsWith(QStringLiteral("-101.png")));
            QVERIFY(triaged[1].endsWith(QStringLiteral("-104.png")));
            QCOMPARE(w.galleryModel()->rowCount(), galleryBefore + 2);
            QSet<quint64> gallerySeeds;
            for (int row = 0; row < w.galleryModel()->rowCount(); ++row)
                gallerySeeds << w.galleryModel()->index(row).data(GalleryModel::SeedRole).toULongLong();
            QCOMPARE(gallerySeeds, (QSet<quint64>{101, 104}));

            // Plain generations of the two seeds: the same pixels and the same parameters.
            for (const quint64 seed : {101ull, 104ull}) {
                w.parameters()->setSeed(seed, true);
                QSignalSpy done(&w, &MainWindow::generationFinished);
                w.generate();
                QVERIFY(done.wait(120000));
                const JobResult plain = done.first().at(0).value<JobResult>();
                QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
                QCOMPARE(plain.images.size(), 1);
                const QString& triagedPath = triaged[seed == 101 ? 0 : 1];
                const QImage a(triagedPath), b(plain.images.front().path);
                QVERIFY(!a.isNull() && a.size() == b.size());
                QVERIFY2(a.convertToFormat(QImage::Format_RGB888) == b.convertToFormat(QImage::Format_RGB888),
                         qPrintable(QStringLiteral("seed %1: the continued image differs from a plain run").arg(seed)));
                QCOMPARE(pngParameters(triagedPath), pngParameters(plain.images.front().path));
            }
            dialog->close();
        }
        // The history keeps the two triaged images (and the two plain ones) across a restart.
        MainWindow again;
        QStringList historyPaths;
        for (int row = 0; row < again.galleryModel()->rowCount(); ++row)
            historyPaths << again.galleryModel()->index(row).data(GalleryModel::PathRole).toString();
        QCOMPARE(historyPaths.size(), 4);
        for (const QString& p : triaged) QVERIFY2(historyPaths.contains(p), qPrintable(p));
    }

    void abortMidPreviewLeavesTheDialogUsable() {
        MainWindow w;
        w.show();
        QVERIFY(loadBuiltin(w));
        setFields(w, QStringLiteral("a green square in the middle on a white background"), 7, 40);
        SeedTriageDialog* dialog = openDialog(w);
        QVERIFY(dialog);
        dialog->seedCountBox()->setValue(8);
        dialog->percentBox()->setValue(100);
        QSignalSpy previews(dialog, &SeedTriageDialog::previewsFinished);
        QVERIFY(dialog->renderPreviews());
        // Abort once the first cell is in: the rest stay waiting.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->cellButton(0)->isEnabled(), 120000);
        QTest::mouseClick(dialog->abortButton(), Qt::LeftButton);
        QVERIFY(previews.wait(60000));
        QCOMPARE(previews.first().at(1).toBool(), true);
        const int rendered = previews.first().at(0).toInt();
        QVERIFY2(rendered >= 1 && rendered < 8, qPrintable(QString::number(rendered)));
        QVERIFY(!dialog->isRunning());
        QVERIFY(dialog->renderButton()->isEnabled());
        QVERIFY(!dialog->abortButton()->isEnabled());
        QVERIFY(!dialog->cellButton(7)->isEnabled());  // never rendered: cannot be picked
        QVERIFY(!w.controller()->isBusy());

        // A cell rendered before the abort still continues.
        QTest::mouseClick(dialog->cellButton(0), Qt::LeftButton);
        QSignalSpy finished(dialog, &SeedTriageDialog::continueFinished);
        QVERIFY(dialog->continuePicked());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(pngsUnder(qEnvironmentVariable("STIPPLE_OUTPUT_DIR")).size(), 1);

        // And new previews render in full.
        previews.clear();
        dialog->seedCountBox()->setValue(2);
        dialog->percentBox()->setValue(20);
        QVERIFY(dialog->renderPreviews());
        QVERIFY(previews.wait(120000));
        QCOMPARE(previews.first().at(0).toInt(), 2);
        QCOMPARE(previews.first().at(1).toBool(), false);
    }

    // Closing the dialog mid-run stops its job and frees it; the window generates as before.
    void closingMidRunIsSafe() {
        MainWindow w;
        w.show();
        QVERIFY(loadBuiltin(w));
        setFields(w, QStringLiteral("a blue triangle in the bottom right on a yellow background"), 11, 40);
        QPointer<SeedTriageDialog> dialog = openDialog(w);
        QVERIFY(dialog);
        dialog->seedCountBox()->setValue(8);
        dialog->percentBox()->setValue(100);
        QSignalSpy jobs(w.controller(), &GenerationController::jobFinished);
        QVERIFY(dialog->renderPreviews());
        QTRY_VERIFY_WITH_TIMEOUT(w.controller()->isBusy(), 20000);
        QTest::qWait(200);
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 5000);  // deleted on close
        // The aborted job may have reported while the dialog was being deleted: wait for the
        // spy to hold it, not for a further signal.
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.isEmpty(), 60000);
        QVERIFY(jobs.first().at(0).value<JobResult>().cancelled);
        QVERIFY(pngsUnder(qEnvironmentVariable("STIPPLE_OUTPUT_DIR")).isEmpty());
        QSignalSpy done(&w, &MainWindow::generationFinished);
        w.generate();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && done.last().at(0).value<JobResult>().kind == JobKind::Generate, 120000);
        QVERIFY(done.last().at(0).value<JobResult>().error.isEmpty());
        QCOMPARE(pngsUnder(qEnvironmentVariable("STIPPLE_OUTPUT_DIR")).size(), 1);
    }
};

QTEST_MAIN(SeedTriageTest)
#include "test_ui_seed_triage.moc"
