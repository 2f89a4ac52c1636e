// An ESRGAN-family model file as the hires fix upscaler in the app (issue 18): the Hires fix group
// lists the upscaler models of the library's folders (not other files) before "Other model file…";
// the request carries the chosen model's path as the CLI passes it and its PNG names the model as
// A1111 does (the file stem); a PNG naming a listed model restores it with hires on, one naming an
// unknown model turns hires off and lists the key, as before; a picked file that is no .safetensors
// model is refused. One generation with the built-in model runs the model upscaler end to end.
#include "hires_fix_panel.h"
#include "image/image_io.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "support/fixtures.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

QString upscalerData(const QString& name) { return QString::fromStdString(stipple::test::source_path("tests/data/upscaler/" + name)); }

// `file` of tests/data/upscaler copied to `dir` as `name`; "" when the copy failed.
QString copyModel(const QString& dir, const QString& file, const QString& name) {
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(name);
    return QFile::copy(upscalerData(file), target) ? target : QString();
}

bool waitForListing(HiresFixPanel* panel) {
    if (!panel->isScanning()) return true;
    QSignalSpy listed(panel, &HiresFixPanel::upscalersListed);
    return listed.wait(30000);
}

QString writeA1111Png(const QString& path, const std::string& parameters) {
    stipple::Image img;
    img.width = img.height = 8;
    img.rgb.assign(8 * 8 * 3, 90);
    stipple::write_png_with_text(path.toStdString(), img, {{"parameters", parameters}});
    return path;
}

std::string hiresUpscalerKey(const stipple::GenerationRequest& r) {
    return stipple::infotext_for_image(r, 1, r.width, r.height, {}).get("Hires upscaler").value_or("");
}

}  // namespace

class HiresUpscalerModelTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;

private Q_SLOTS:
    void init() {
        qputenv("STIPPLE_OUTPUT_DIR", QDir(out_.path()).filePath(QTest::currentTestFunction()).toUtf8());
        qputenv("STIPPLE_DATA_DIR", QDir(data_.path()).filePath(QTest::currentTestFunction()).toUtf8());
    }

    void libraryModelsAreOfferedAndCarried() {
        QTemporaryDir lib;
        const QString model = copyModel(lib.filePath("ESRGAN"), "srvgg_x4.safetensors", "tiny-x4.safetensors");
        QVERIFY(!model.isEmpty());
        QVERIFY(!copyModel(lib.filePath("ESRGAN"), "srvgg_x4.pth", "pickled-x4.pth").isEmpty());  // not listed: a pickle
        HiresFixPanel panel;
        auto* box = panel.findChild<QComboBox*>("hiresUpscaler");
        const int before = box->count();
        QSignalSpy listed(&panel, &HiresFixPanel::upscalersListed);
        panel.setUpscalerFolders({lib.filePath("ESRGAN")});
        QVERIFY(listed.wait(30000));
        QCOMPARE(listed.first().at(0).toInt(), 1);
        QCOMPARE(box->count(), before + 1);
        const int row = box->findText(QStringLiteral("tiny-x4"));
        QVERIFY(row >= 0);
        QCOMPARE(row, box->count() - 2);  // the model, then "Other model file…" last
        QCOMPARE(box->itemText(box->count() - 1), HiresFixPanel::tr("Other model file…"));
        QCOMPARE(box->findText(QStringLiteral("pickled-x4")), -1);

        panel.setChecked(true);
        box->setCurrentIndex(row);
        const auto hires = panel.hires();
        QVERIFY(hires.has_value());
        QCOMPARE(QString::fromStdString(hires->upscaler), QFileInfo(model).absoluteFilePath());
        // The PNG names the model as A1111 does: no folder, no extension.
        stipple::GenerationRequest r;
        r.hires = *hires;
        QCOMPARE(QString::fromStdString(hiresUpscalerKey(r)), QStringLiteral("tiny-x4"));

        // A restored name finds the listed model; an unknown one turns hires off, as before.
        stipple::HiresFix named = *hires;
        named.upscaler = "Latent";
        QVERIFY(panel.setFrom(named, 0.5));
        QCOMPARE(QString::fromStdString(panel.hires()->upscaler), QStringLiteral("Latent"));
        named.upscaler = "tiny-x4";
        named.scale = 1.5;
        QVERIFY(panel.setFrom(named, 0.4));
        QVERIFY(panel.isChecked());
        QCOMPARE(QString::fromStdString(panel.hires()->upscaler), QFileInfo(model).absoluteFilePath());
        QCOMPARE(panel.hires()->scale, 1.5);
        named.upscaler = "4x-UltraSharp";
        QVERIFY(!panel.setFrom(named, 0.4));
        QVERIFY(!panel.isChecked());
        QVERIFY(!panel.hires().has_value());
        // A built-in name in another case is not a match (core matches A1111's names exactly).
        named.upscaler = "lanczos";
        QVERIFY(!panel.setFrom(named, 0.4));
    }

    void pickedFilesAreCheckedAndListedOnce() {
        QTemporaryDir dir;
        HiresFixPanel panel;
        auto* box = panel.findChild<QComboBox*>("hiresUpscaler");
        const int before = box->count();
        QString problem;
        QVERIFY(!panel.chooseUpscalerFile(dir.filePath("missing.safetensors"), &problem));
        QVERIFY2(problem.contains("missing.safetensors"), qPrintable(problem));
        const QString pth = copyModel(dir.path(), "srvgg_x4.pth", "x4.pth");
        QVERIFY(!panel.chooseUpscalerFile(pth, &problem));
        QVERIFY2(problem.contains("stipple-cli convert"), qPrintable(problem));  // core's way out
        QFile text(dir.filePath("notes.txt"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello");
        text.close();
        QVERIFY(!panel.chooseUpscalerFile(text.fileName(), &problem));
        QCOMPARE(box->count(), before);

        const QString model = copyModel(dir.path(), "rrdb_x2_old.safetensors", "my-x2.safetensors");
        QVERIFY(panel.chooseUpscalerFile(model, &problem));
        QVERIFY(panel.chooseUpscalerFile(model, &problem));
        QCOMPARE(box->count(), before + 1);
        QCOMPARE(box->currentText(), QStringLiteral("my-x2"));
        QCOMPARE(box->currentIndex(), box->count() - 2);
        panel.setChecked(true);
        QCOMPARE(QString::fromStdString(panel.hires()->upscaler), QFileInfo(model).absoluteFilePath());
    }

    // The main window lists <data>/models/ESRGAN; a generation runs the model as the hires
    // upscaler and its PNG restores it; an A1111 PNG naming an unknown model is listed, hires off.
    void generatesAndRestoresWithAModel() {
        const QString esrgan = QDir(qEnvironmentVariable("STIPPLE_DATA_DIR")).filePath(QStringLiteral("models/ESRGAN"));
        const QString model = copyModel(esrgan, "srvgg_x4.safetensors", "tiny-x4.safetensors");
        QVERIFY(!model.isEmpty());
        MainWindow w;
        w.show();
        HiresFixPanel* hires = w.parameters()->hiresPanel();
        QVERIFY(waitForListing(hires));
        auto* box = hires->findChild<QComboBox*>("hiresUpscaler");
        const int row = box->findText(QStringLiteral("tiny-x4"));
        QVERIFY(row >= 0);

        QSignalSpy ready(&w, &MainWindow::modelReady);
        w.openModel(QString::fromStdString(stipple::builtin_model_dir()));
        QVERIFY(ready.wait(120000));
        ParametersPanel* p = w.parameters();
        p->promptEdit()->setPlainText(QStringLiteral("a red circle on a blue background"));
        p->negativeEdit()->clear();
        p->setSeed(7, true);
        p->stepsBox()->setValue(3);
        p->countBox()->setValue(1);
        p->widthBox()->setValue(64);
        p->heightBox()->setValue(64);
        hires->setChecked(true);
        box->setCurrentIndex(row);
        hires->findChild<QDoubleSpinBox*>("hiresStrength")->setValue(0.5);
        QString problem;
        const auto request = p->buildRequest(&problem, false);
        QVERIFY2(request.has_value(), qPrintable(problem));
        QVERIFY(request->hires.has_value());
        QCOMPARE(QString::fromStdString(request->hires->upscaler), QFileInfo(model).absoluteFilePath());

        QSignalSpy finished(&w, &MainWindow::generationFinished);
        w.generate();
        QVERIFY(finished.wait(300000));
        const JobResult result = finished.takeFirst().at(0).value<JobResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.images.size(), 1);
        const GeneratedImage& image = result.images.first();
        QCOMPARE(image.image.size(), QSize(128, 128));
        const stipple::Infotext text = stipple::parse_infotext(image.parameters.toStdString());
        QCOMPARE(QString::fromStdString(text.get("Hires upscaler").value_or("")), QStringLiteral("tiny-x4"));
        QVERIFY(!image.parameters.contains(esrgan));  // no local path in a shared picture

        // Restoring the PNG selects the model again, hires on.
        box->setCurrentIndex(box->findData(QStringLiteral("Latent")));
        hires->setChecked(false);
        QVERIFY(w.restoreFromImage(image.path));
        QVERIFY(hires->hires().has_value());
        QCOMPARE(QString::fromStdString(hires->hires()->upscaler), QFileInfo(model).absoluteFilePath());
        QVERIFY2(!p->restoreReport()->text().contains("Hires upscaler"), qPrintable(p->restoreReport()->text()));

        // A model the app does not have: hires off, the key listed as not reproduced.
        QTemporaryDir dir;
        const QString png = writeA1111Png(dir.filePath("a1111.png"),
                                          "castle\nSteps: 3, Seed: 3, Size: 64x64, Denoising strength: 0.45, "
                                          "Hires upscale: 2, Hires upscaler: 4x-UltraSharp, Version: v1.9.0");
        QVERIFY(w.restoreFromImage(png));
        QVERIFY(!hires->hires().has_value());
        const QString report = p->restoreReport()->text();
        QVERIFY2(report.contains("Hires upscaler: 4x-UltraSharp"), qPrintable(report));
    }
};

QTEST_MAIN(HiresUpscalerModelTest)
#include "test_ui_hires_upscaler_model.moc"
