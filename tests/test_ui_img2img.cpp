// img2img in the app (issue 18), on the built-in model through the real widgets: a picture set
// in the panel (or sent from the preview) makes the next generation start from it, with the
// strength and resize mode chosen; the panel says how many steps will run and the live preview
// counts exactly those; the saved PNG's parameters carry the denoising strength; clearing the
// picture goes back to text-to-image; a picture over 64 megapixels is refused with a message.
#include "error_banner.h"
#include "init_image_panel.h"
#include "hires_fix_panel.h"
#include "main_window.h"
#include "mask_canvas.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "preview_pane.h"
#include "image/infotext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace stipple::ui;

namespace {

QString builtin() { return QString::fromStdString(stipple::builtin_model_dir()); }

bool waitForModel(MainWindow& w) {
    QSignalSpy ready(&w, &MainWindow::modelReady);
    w.openModel(builtin());
    return ready.wait(120000);
}

JobResult generateAndWait(MainWindow& w, QList<int>* totals = nullptr) {
    QSignalSpy finished(&w, &MainWindow::generationFinished);
    QSignalSpy frames(w.preview(), &PreviewPane::frameShown);
    w.generate();
    if (!finished.wait(180000)) return JobResult{-1};
    if (totals)
        for (const auto& f : frames) totals->append(f.at(1).toInt());
    return finished.takeFirst().at(0).value<JobResult>();
}

void setFields(MainWindow& w, int steps) {
    ParametersPanel* p = w.parameters();
    p->promptEdit()->setPlainText(QStringLiteral("a red circle on a blue background"));
    p->negativeEdit()->clear();
    p->setSeed(11, true);
    p->stepsBox()->setValue(steps);
    p->countBox()->setValue(1);
    p->widthBox()->setValue(64);
    p->heightBox()->setValue(64);
}

}  // namespace

class Img2ImgUiTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;

private Q_SLOTS:
    void init() {
        qputenv("STIPPLE_OUTPUT_DIR", QDir(out_.path()).filePath(QTest::currentTestFunction()).toUtf8());
        qputenv("STIPPLE_DATA_DIR", QDir(data_.path()).filePath(QTest::currentTestFunction()).toUtf8());
    }

    void pictureStrengthAndStepsReachTheRun() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        setFields(w, 20);
        InitImagePanel* panel = w.parameters()->initImagePanel();
        QVERIFY(!panel->isVisible());
        QImage picture(96, 64, QImage::Format_RGB888);
        picture.fill(QColor(250, 240, 20));
        QVERIFY(panel->setImage(picture));
        QVERIFY(panel->isVisible());  // setting a picture opens the section
        panel->setStrength(0.5);
        panel->setResizeMode(stipple::ResizeMode::CropAndResize);
        QCOMPARE(panel->stepsText(), QStringLiteral("strength 0.50 × 20 steps = 10 steps"));

        QList<int> totals;
        const JobResult result = generateAndWait(w, &totals);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.images.size(), 1);
        const GeneratedImage& image = result.images.first();
        QVERIFY(image.request.init_image.has_value());
        QCOMPARE(image.request.strength, 0.5);
        QCOMPARE(image.request.resize_mode, static_cast<int>(stipple::ResizeMode::CropAndResize));
        // The live preview counted the 10 steps the panel announced.
        QVERIFY(!totals.isEmpty());
        QCOMPARE(totals.last(), 10);
        const stipple::Infotext text = stipple::parse_infotext(image.parameters.toStdString());
        QCOMPARE(QString::fromStdString(text.get("Denoising strength").value_or("")), QStringLiteral("0.5"));

        // The same seed from noise gives another picture: the start picture was really used.
        const QImage fromPicture = image.image;
        panel->clearImage();
        QCOMPARE(panel->stepsText(), QStringLiteral("Without a picture every step runs from noise."));
        const JobResult plain = generateAndWait(w);
        QVERIFY(!plain.images.first().request.init_image.has_value());
        QVERIFY(plain.images.first().image != fromPicture);
    }

    void previewImageCanBeTheNextStart() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        setFields(w, 4);
        QVERIFY(!w.useShownImageForImg2Img());  // nothing shown yet: a message, nothing set
        QVERIFY(w.banner()->isVisible());
        const JobResult first = generateAndWait(w);
        QVERIFY(first.error.isEmpty());
        QVERIFY(w.useShownImageForImg2Img());
        InitImagePanel* panel = w.parameters()->initImagePanel();
        QVERIFY(panel->hasImage());
        QCOMPARE(panel->image().size(), w.preview()->currentImage().size());
        QVERIFY(w.parameters()->initImageButton()->isChecked());
    }

    void maskCanvasPaintsUndoesAndInverts() {
        MaskCanvas canvas;
        canvas.resize(400, 400);
        QImage picture(100, 100, QImage::Format_RGB888);
        picture.fill(Qt::gray);
        canvas.setPicture(picture);
        canvas.setBrushSize(10);
        QVERIFY(canvas.maskIsEmpty());
        QSignalSpy changed(&canvas, &MaskCanvas::maskChanged);
        // The widget shows the picture at 4x: widget (200,200) -> picture (50,50).
        QCOMPARE(canvas.toPicture(QPointF(200, 200)), QPointF(50, 50));
        QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(200, 200));
        QTest::mouseMove(&canvas, QPoint(320, 200));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(320, 200));
        QCOMPARE(changed.count(), 1);  // once per stroke
        QCOMPARE(qGray(canvas.mask().pixel(50, 50)), 255);
        QCOMPARE(qGray(canvas.mask().pixel(75, 50)), 255);
        QCOMPARE(qGray(canvas.mask().pixel(50, 80)), 0);
        const double painted = canvas.maskedFraction();
        QVERIFY(painted > 0.02 && painted < 0.1);
        // The right button erases part of the stroke.
        QTest::mousePress(&canvas, Qt::RightButton, {}, QPoint(200, 200));
        QTest::mouseRelease(&canvas, Qt::RightButton, {}, QPoint(200, 200));
        QCOMPARE(qGray(canvas.mask().pixel(50, 50)), 0);
        canvas.undo();
        QCOMPARE(qGray(canvas.mask().pixel(50, 50)), 255);
        canvas.undo();
        QVERIFY(canvas.maskIsEmpty());
        QVERIFY(!canvas.canUndo());
        canvas.redo();
        QCOMPARE(canvas.maskedFraction(), painted);
        canvas.invert();
        QCOMPARE(qGray(canvas.mask().pixel(50, 80)), 255);
        QCOMPARE(canvas.maskedFraction(), 1.0 - painted);
        canvas.clear();
        QVERIFY(canvas.maskIsEmpty());
        canvas.undo();
        QCOMPARE(canvas.maskedFraction(), 1.0 - painted);
    }

    void inpaintingChangesOnlyThePaintedPart() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        setFields(w, 6);
        InitImagePanel* panel = w.parameters()->initImagePanel();
        QImage picture(64, 64, QImage::Format_RGB888);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) picture.setPixelColor(x, y, QColor(4 * x, 4 * y, 200 - 3 * x));
        QVERIFY(panel->setImage(picture));
        QImage mask(64, 64, QImage::Format_Grayscale8);
        mask.fill(0);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 24; ++x) mask.setPixel(x, y, qRgb(255, 255, 255));  // the left part
        QVERIFY(panel->setMask(mask));
        QVERIFY(!panel->setMask(QImage(32, 32, QImage::Format_Grayscale8)));  // another size: refused
        panel->setStrength(1.0);
        panel->setMaskBlur(4);
        const JobResult result = generateAndWait(w);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const GeneratedImage& image = result.images.first();
        QVERIFY(image.request.mask.has_value());
        const QImage out = image.image.convertToFormat(QImage::Format_RGB888);
        QCOMPARE(out.size(), picture.size());
        // 4 sigma (16 px) right of the mask's edge the picture is the original, exactly.
        int changedLeft = 0;
        for (int y = 0; y < 64; ++y) {
            for (int x = 40; x < 64; ++x) QCOMPARE(out.pixelColor(x, y), picture.pixelColor(x, y));
            for (int x = 0; x < 16; ++x) changedLeft += out.pixelColor(x, y) != picture.pixelColor(x, y);
        }
        QVERIFY(changedLeft > 16 * 64 / 2);  // the painted part was redrawn
        const stipple::Infotext text = stipple::parse_infotext(image.parameters.toStdString());
        QCOMPARE(QString::fromStdString(text.get("Mask blur").value_or("")), QStringLiteral("4"));
    }

    // Extend canvas (outpainting): the picture gains a border, the mask covers it, the image size
    // follows, the run draws the larger picture and keeps the original away from the seam; undo
    // returns to the picture as it was.
    void extendCanvasOutpaints() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        setFields(w, 4);
        InitImagePanel* panel = w.parameters()->initImagePanel();
        QImage picture(64, 64, QImage::Format_RGB888);
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) picture.setPixelColor(x, y, QColor(3 * x, 3 * y, 120));
        QVERIFY(panel->setImage(picture));
        QVERIFY(!panel->canUndoExtend());
        QString problem;
        QVERIFY(!panel->extendCanvas({0, 0, 0, 0}, 8, &problem));  // nothing to add: refused, said
        QVERIFY(!problem.isEmpty());
        QSignalSpy extended(panel, &InitImagePanel::canvasExtended);
        QVERIFY(panel->extendCanvas({0, 0, 32, 0}, 8, &problem));
        QCOMPARE(extended.count(), 1);
        QCOMPARE(panel->image().size(), QSize(96, 64));
        QVERIFY(panel->hasMask());
        QCOMPARE(panel->maskedContent(), 0);  // fill
        QCOMPARE(w.parameters()->widthBox()->value(), 96);
        QCOMPARE(w.parameters()->heightBox()->value(), 64);
        const JobResult result = generateAndWait(w);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QImage out = result.images.first().image.convertToFormat(QImage::Format_RGB888);
        QCOMPARE(out.size(), QSize(96, 64));
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 32; ++x) QCOMPARE(out.pixelColor(x, y), picture.pixelColor(x, y));
        QVERIFY(panel->canUndoExtend());
        panel->undoExtend();
        QCOMPARE(panel->image().size(), QSize(64, 64));
        QVERIFY(!panel->hasMask());
        QCOMPARE(w.parameters()->widthBox()->value(), 64);
    }

    // "Only masked" and "Masked content" from the panel reach the run: the result keeps the
    // picture's own size (not the generation size) and the infotext says how it was inpainted.
    void onlyMaskedKeepsThePictureSize() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        setFields(w, 4);
        InitImagePanel* panel = w.parameters()->initImagePanel();
        QImage picture(120, 88, QImage::Format_RGB888);
        for (int y = 0; y < 88; ++y)
            for (int x = 0; x < 120; ++x) picture.setPixelColor(x, y, QColor(2 * x, 2 * y, 90));
        QVERIFY(panel->setImage(picture));
        QImage mask(120, 88, QImage::Format_Grayscale8);
        mask.fill(0);
        for (int y = 30; y < 50; ++y)
            for (int x = 50; x < 70; ++x) mask.setPixel(x, y, qRgb(255, 255, 255));
        QVERIFY(panel->setMask(mask));
        panel->setMaskedContent(0);  // fill
        panel->setOnlyMasked(true);
        panel->setMaskedPadding(8);
        panel->setStrength(0.9);
        const JobResult result = generateAndWait(w);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const GeneratedImage& image = result.images.first();
        QCOMPARE(image.request.masked_content, 0);
        QVERIFY(image.request.inpaint_only_masked);
        QCOMPARE(image.request.masked_padding, 8);
        const QImage out = image.image.convertToFormat(QImage::Format_RGB888);
        QCOMPARE(out.size(), picture.size());
        for (int x = 0; x < 120; ++x) QCOMPARE(out.pixelColor(x, 0), picture.pixelColor(x, 0));  // far from the mask
        const stipple::Infotext text = stipple::parse_infotext(image.parameters.toStdString());
        QCOMPARE(QString::fromStdString(text.get("Inpaint area").value_or("")), QStringLiteral("Only masked"));
        QCOMPARE(QString::fromStdString(text.get("Masked area padding").value_or("")), QStringLiteral("8"));
        QCOMPARE(QString::fromStdString(text.get("Masked content").value_or("")), QStringLiteral("fill"));
        // "Size" is the size the area was drawn at, as A1111 writes it (the picture keeps its own).
        const QString size = QStringLiteral("%1x%2").arg(image.request.width).arg(image.request.height);
        QCOMPARE(QString::fromStdString(text.get("Size").value_or("")), size);
    }

    // The hires fix from the main window: the image comes out at the upscaled size, the live
    // preview counts both passes, the PNG says how it was made; an init image turns it off.
    void hiresFixMakesTheLargerImage() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w));
        setFields(w, 4);
        HiresFixPanel* hires = w.parameters()->hiresPanel();
        hires->setChecked(true);
        auto* upscaler = hires->findChild<QComboBox*>("hiresUpscaler");
        upscaler->setCurrentIndex(upscaler->findData(QStringLiteral("Lanczos")));
        hires->findChild<QSpinBox*>("hiresSteps")->setValue(6);
        hires->findChild<QDoubleSpinBox*>("hiresStrength")->setValue(0.5);
        const QString summary = hires->findChild<QLabel*>("hiresSummary")->text();
        QVERIFY2(summary.contains("128") && summary.contains("3 steps"), qPrintable(summary));
        QList<int> totals;
        const JobResult result = generateAndWait(w, &totals);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const GeneratedImage& image = result.images.first();
        QCOMPARE(image.image.size(), QSize(128, 128));
        QVERIFY(!totals.isEmpty());
        QCOMPARE(totals.last(), 4 + 3);  // both passes: 4 steps, then int(6 x 0.5)
        const stipple::Infotext text = stipple::parse_infotext(image.parameters.toStdString());
        QCOMPARE(QString::fromStdString(text.get("Hires upscale").value_or("")), QStringLiteral("2"));
        QCOMPARE(QString::fromStdString(text.get("Hires upscaler").value_or("")), QStringLiteral("Lanczos"));
        QCOMPARE(QString::fromStdString(text.get("Hires steps").value_or("")), QStringLiteral("6"));
        QCOMPARE(QString::fromStdString(text.get("Denoising strength").value_or("")), QStringLiteral("0.5"));
        QCOMPARE(QString::fromStdString(text.get("Size").value_or("")), QStringLiteral("64x64"));
        // Restoring the image sets the hires fix again.
        hires->setChecked(false);
        w.parameters()->applyInfotext(image.parameters);
        QVERIFY(hires->hires().has_value());
        // With a picture to start from, the hires fix is off (txt2img only).
        QImage picture(64, 64, QImage::Format_RGB888);
        picture.fill(Qt::darkCyan);
        QVERIFY(w.parameters()->initImagePanel()->setImage(picture));
        QVERIFY(!hires->hires().has_value());
    }

    void hugePicturesAreRefused() {
        InitImagePanel panel;
        QString problem;
        QVERIFY(!panel.setImage(QImage(9000, 8000, QImage::Format_Mono), &problem));
        QVERIFY2(problem.contains(QStringLiteral("64 megapixels")), qPrintable(problem));
        QVERIFY(!panel.hasImage());
        QVERIFY(!panel.setImage(QImage(), &problem));
        QVERIFY(!panel.openFile(QStringLiteral("/nonexistent/picture.png"), &problem));
        QVERIFY(problem.contains(QStringLiteral("picture.png")));
    }
};

QTEST_MAIN(Img2ImgUiTest)
#include "test_ui_img2img.moc"
