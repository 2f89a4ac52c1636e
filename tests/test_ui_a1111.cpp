// The app side of AUTOMATIC1111 compatibility (issue 17), through the real widgets: the token
// counter counts as A1111 does ("70/75" -> "80/150" on a CLIP model, "n/30" on the built-in
// model) and names the words each chunk begins with; the random-number source set in Settings
// reaches the request and the PNG ("RNG: NV"); an image with RNG, ENSD and a variation seed
// restores into the panel and is made again pixel for pixel; an A1111 image made with another
// model and a hires pass says so; Vary makes N images of one seed with their variation seeds.
#include "gallery_model.h"
#include "generation_controller.h"
#include "image/image_io.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "hires_fix_panel.h"
#include "face_detail_panel.h"
#include "image/face_detect.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "preferences.h"
#include "preview_pane.h"
#include "seed_edit.h"
#include "settings_dialog.h"
#include "support/fixtures.h"
#include "text/prompt_chunks.h"

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

bool waitForModel(MainWindow& w, const QString& path) {
    QSignalSpy ready(&w, &MainWindow::modelReady);
    w.openModel(path);
    return ready.wait(120000);
}

JobResult waitForJob(MainWindow& w, const std::function<void()>& start) {
    QSignalSpy finished(&w, &MainWindow::generationFinished);
    start();
    if (!finished.wait(180000)) return JobResult{-1};
    return finished.takeFirst().at(0).value<JobResult>();
}

bool waitForReading(MainWindow& w) {
    QSignalSpy counted(w.controller(), &GenerationController::tokensCounted);
    Q_EMIT w.parameters()->promptsEdited();
    return counted.wait(20000) && (QTest::qWait(200), true);  // the main window's debounce timer
}

void setFields(MainWindow& w, const QString& prompt, quint64 seed, int steps, const QString& sampler) {
    ParametersPanel* p = w.parameters();
    p->promptEdit()->setPlainText(prompt);
    p->negativeEdit()->clear();
    p->setSeed(seed, true);
    p->stepsBox()->setValue(steps);
    p->samplerBox()->setCurrentText(sampler);
    p->countBox()->setValue(1);
    p->widthBox()->setValue(64);
    p->heightBox()->setValue(64);
}

QString parametersOf(const QString& png) {
    return QString::fromStdString(stipple::png_text_value(stipple::read_png_text_file(png.toStdString()), "parameters"));
}

QString writeA1111Png(const QString& path, const std::string& parameters) {
    stipple::Image img;
    img.width = img.height = 8;
    img.rgb.assign(8 * 8 * 3, 90);
    stipple::write_png_with_text(path.toStdString(), img, {{"parameters", parameters}});
    return path;
}

}  // namespace

class A1111Test : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;

private Q_SLOTS:
    void init() {
        QVERIFY(out_.isValid() && data_.isValid());
        qputenv("STIPPLE_OUTPUT_DIR", QDir(out_.path()).filePath(QTest::currentTestFunction()).toUtf8());
        qputenv("STIPPLE_DATA_DIR", QDir(data_.path()).filePath(QTest::currentTestFunction()).toUtf8());
    }

    // A CLIP model: 70 tokens read "70/75"; past 75 the counter says "/150" and the line under the
    // prompt names the words the second chunk begins with.
    void counterShowsClipChunks() {
        STIPPLE_REQUIRE_SHARED();
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd15"))));
        const auto tokenizer = w.model().tokenizer;
        QVERIFY(tokenizer);
        QCOMPARE(static_cast<int>(tokenizer->encode("a").size()), 1);
        QLabel* counter = w.parameters()->promptTokensLabel();
        QLabel* chunks = w.parameters()->promptChunksLabel();

        const QString seventy = QStringLiteral("a ").repeated(70).trimmed();
        w.parameters()->promptEdit()->setPlainText(seventy);
        QVERIFY(waitForReading(w));
        QCOMPARE(counter->text(), QStringLiteral("70/75"));
        QVERIFY(chunks->isHidden());
        // A LoRA tag is taken out before CLIP reads the prompt: it costs no tokens.
        w.parameters()->promptEdit()->setPlainText(seventy + QStringLiteral(" <lora:ink_style:0.8>"));
        QVERIFY(waitForReading(w));
        QCOMPARE(counter->text(), QStringLiteral("70/75"));

        const QString longer = QStringLiteral("a ").repeated(75) + QStringLiteral("tiger forest river");
        const stipple::PromptTokenCount expected = stipple::count_prompt_tokens(*tokenizer, longer.toStdString());
        QCOMPARE(expected.target, 150);
        w.parameters()->promptEdit()->setPlainText(longer);
        QVERIFY(waitForReading(w));
        QCOMPARE(counter->text(), QStringLiteral("%1/150").arg(expected.tokens));
        QVERIFY(chunks->isVisible());
        QVERIFY2(chunks->text().contains(QStringLiteral("Chunk 2 starts at: “tiger forest river”")), qPrintable(chunks->text()));
        QVERIFY(w.parameters()->promptNotice()->isHidden());  // A1111 style: nothing is cut off

        // BREAK starts a chunk of its own, and the line says so.
        w.parameters()->promptEdit()->setPlainText(QStringLiteral("a red fox BREAK snowy forest"));
        QVERIFY(waitForReading(w));
        QVERIFY2(counter->text().endsWith(QStringLiteral("/150")), qPrintable(counter->text()));
        QVERIFY2(chunks->text().contains(QStringLiteral("Chunk 2 (BREAK) starts at: “snowy forest”")), qPrintable(chunks->text()));

        // The Diffusers style counts the text as written against the limit and names the ignored tail.
        w.parameters()->setPromptStyle(stipple::PromptStyle::Diffusers);
        w.parameters()->promptEdit()->setPlainText(longer);
        QVERIFY(waitForReading(w));
        QVERIFY2(counter->text().endsWith(QStringLiteral("/75")), qPrintable(counter->text()));
        QVERIFY(chunks->isHidden());
        QVERIFY2(w.parameters()->promptNotice()->text().contains(QStringLiteral("tiger forest river”")),
                 qPrintable(w.parameters()->promptNotice()->text()));
        const auto request = w.parameters()->buildRequest(nullptr);
        QVERIFY(request);
        QVERIFY(request->prompt_style == stipple::PromptStyle::Diffusers);
    }

    // The built-in model (SentencePiece, model_max_length 32): chunks of its limit, 30 tokens
    // between bos and eos, counted "n/30", "n/60".
    void counterShowsBuiltinChunks() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        const auto tokenizer = w.model().tokenizer;
        QVERIFY(tokenizer);
        w.parameters()->promptEdit()->setPlainText(QStringLiteral("a red star on a blue background"));
        QVERIFY(waitForReading(w));
        const int chunk = stipple::chunking_options(*tokenizer).chunk_length;
        QCOMPARE(chunk, w.model().tokenLimit);
        QVERIFY(chunk < 75);
        const auto shortCount = stipple::count_prompt_tokens(*tokenizer, "a red star on a blue background");
        QCOMPARE(w.parameters()->promptTokensLabel()->text(), QStringLiteral("%1/%2").arg(shortCount.tokens).arg(chunk));
        QString longPrompt = QStringLiteral("top left");
        for (int i = 0; i < 40; ++i) longPrompt += QStringLiteral(" red");
        longPrompt += QStringLiteral(" green background");
        const auto longCount = stipple::count_prompt_tokens(*tokenizer, longPrompt.toStdString());
        QCOMPARE(longCount.target, 2 * chunk);
        w.parameters()->promptEdit()->setPlainText(longPrompt);
        QVERIFY(waitForReading(w));
        QCOMPARE(w.parameters()->promptTokensLabel()->text(), QStringLiteral("%1/%2").arg(longCount.tokens).arg(longCount.target));
        QVERIFY2(w.parameters()->promptChunksLabel()->text().startsWith(QStringLiteral("Chunk 2 starts at: “red")),
                 qPrintable(w.parameters()->promptChunksLabel()->text()));
    }

    // Settings ▸ Random numbers: GPU reaches the panel, the request and the saved PNG.
    void noiseSourcePreferenceReachesThePng() {
        {
            SettingsDialog dialog;
            auto* box = dialog.findChild<QComboBox*>("noiseSourceSetting");
            QVERIFY(box);
            box->setCurrentIndex(box->findData(static_cast<int>(stipple::NoiseSource::NV)));
            dialog.save();
        }
        QCOMPARE(Preferences().noiseSource(), stipple::NoiseSource::NV);
        MainWindow w;
        w.show();
        QCOMPARE(w.parameters()->noiseSource(), stipple::NoiseSource::NV);
        QVERIFY(waitForModel(w, builtin()));
        setFields(w, "a red star on a blue background", 77, 4, "Euler");
        const auto request = w.parameters()->buildRequest(nullptr);
        QVERIFY(request && request->noise_source == stipple::NoiseSource::NV);
        const JobResult r = waitForJob(w, [&] { w.generate(); });
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.images.size(), 1);
        QVERIFY2(parametersOf(r.images.front().path).contains("RNG: NV"), qPrintable(parametersOf(r.images.front().path)));
    }

    // RNG, ENSD, variation seed and strength, seed resize: written, restored into the panel (the
    // advanced section opens to show them), and the request they build makes the same pixels.
    void restoredSeedSettingsMakeTheSameImage() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        setFields(w, "a yellow heart on a black background", 4242, 5, "Euler a");
        ParametersPanel* p = w.parameters();
        p->setAdvancedOpen(true);
        p->noiseSourceBox()->setCurrentIndex(p->noiseSourceBox()->findData(static_cast<int>(stipple::NoiseSource::NV)));
        p->ensdBox()->setValue(31337);
        p->variationSeedEdit()->setSeed(987654321);
        p->variationStrengthBox()->setValue(0.3);
        p->resizeFromWidthBox()->setValue(48);
        p->resizeFromHeightBox()->setValue(56);
        const JobResult first = waitForJob(w, [&] { w.generate(); });
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.images.size(), 1);
        const QString text = parametersOf(first.images.front().path);
        for (const char* key : {"RNG: NV", "ENSD: 31337", "Variation seed: 987654321", "Variation seed strength: 0.3",
                                "Seed resize from: 48x56"})
            QVERIFY2(text.contains(QLatin1String(key)), qPrintable(text));

        // Another window with other values; the PNG sets them all.
        MainWindow v;
        v.show();
        QVERIFY(waitForModel(v, builtin()));
        setFields(v, "something else", 1, 20, "DDIM");
        QVERIFY(v.restoreFromImage(first.images.front().path));
        ParametersPanel* q = v.parameters();
        QVERIFY(q->advancedSection()->isVisible());
        QCOMPARE(q->noiseSource(), stipple::NoiseSource::NV);
        QVERIFY(q->noiseSourceNote()->isHidden());  // the image says RNG itself
        QCOMPARE(q->ensdBox()->value(), 31337);
        QCOMPARE(q->variationSeedEdit()->text(), QStringLiteral("987654321"));
        QCOMPARE(q->variationStrengthBox()->value(), 0.3);
        QCOMPARE(q->resizeFromWidthBox()->value(), 48);
        QCOMPARE(q->resizeFromHeightBox()->value(), 56);
        QVERIFY2(q->restoreReport()->isHidden(), qPrintable(q->restoreReport()->text()));
        const JobResult again = waitForJob(v, [&] { v.generate(); });
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.images.size(), 1);
        const QImage a(first.images.front().path), b(again.images.front().path);
        QVERIFY(!a.isNull());
        QCOMPARE(a.convertToFormat(QImage::Format_RGB888), b.convertToFormat(QImage::Format_RGB888));
        // Without the variation the image differs: the restored variation was really used.
        q->variationStrengthBox()->setValue(0);
        const JobResult plain = waitForJob(v, [&] { v.generate(); });
        QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
        QVERIFY(QImage(plain.images.front().path).convertToFormat(QImage::Format_RGB888) != a.convertToFormat(QImage::Format_RGB888));
    }

    // "Emphasis: No norm" from A1111 sets the emphasis box (the advanced section opens to show it) and
    // the next request uses it; an image without the key is Original.
    void restoredEmphasisMode() {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        const QString png = writeA1111Png(dir.filePath("a.png"), "a (red:1.3) fox\nSteps: 20, Sampler: Euler a, CFG scale: 7, "
                                                                 "Seed: 5, Size: 512x512, Emphasis: No norm, Version: v1.10.1");
        QVERIFY(w.restoreFromImage(png));
        ParametersPanel* p = w.parameters();
        QVERIFY(p->advancedSection()->isVisible());
        QCOMPARE(p->emphasisBox()->currentData().toInt(), static_cast<int>(stipple::Emphasis::NoNorm));
        QVERIFY(!p->emphasisBox()->accessibleName().isEmpty());
        const auto request = p->buildRequest(nullptr);
        QVERIFY(request && request->emphasis == stipple::Emphasis::NoNorm);
        const QString plain = writeA1111Png(dir.filePath("b.png"), "a (red:1.3) fox\nSteps: 20, Sampler: Euler a, "
                                                                   "CFG scale: 7, Seed: 5, Size: 512x512, Version: v1.10.1");
        QVERIFY(w.restoreFromImage(plain));
        QCOMPARE(p->emphasisBox()->currentData().toInt(), static_cast<int>(stipple::Emphasis::Original));
    }

    // The face detailer from a PNG: the section turns on with the image's strength and prompt, the
    // request carries it, and a generation with it on runs and says so in its PNG.
    void restoredFaceDetailer() {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        const QString png = writeA1111Png(dir.filePath("a.png"), "a red star on a blue background\nSteps: 6, Sampler: Euler, "
                                                                 "CFG scale: 5, Seed: 5, Size: 64x64, Face detailer: OpenCV Haar cascade, "
                                                                 "Face detailer strength: 0.35, Face detailer prompt: a happy face");
        QVERIFY(w.restoreFromImage(png));
        FaceDetailPanel* panel = w.parameters()->faceDetailPanel();
        QVERIFY(panel->isChecked());
        QCOMPARE(panel->strengthBox()->value(), 0.35);
        QCOMPARE(panel->promptEdit()->text(), QStringLiteral("a happy face"));
        const auto request = w.parameters()->buildRequest(nullptr);
        QVERIFY(request && request->face_detail && request->face_detail->strength == 0.35);
        if (stipple::default_face_cascade().empty()) QSKIP("opencv-data is not installed (packaging/setup.sh installs it)");
        const JobResult r = waitForJob(w, [&] { w.generate(); });
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.images.size(), 1);
        QVERIFY2(parametersOf(r.images.front().path).contains("Face detailer strength: 0.35"),
                 qPrintable(parametersOf(r.images.front().path)));
        const QString plain = writeA1111Png(dir.filePath("b.png"), "fox\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 5, "
                                                                   "Size: 512x512, Version: v1.10.1");
        QVERIFY(w.restoreFromImage(plain));
        QVERIFY(!panel->isChecked());
    }

    // "Face restoration: CodeFormer" names no file: without one chosen it is listed as not
    // reproduced; with one, restoring turns on with the image's visibility and weight, the request
    // carries the file, and the worker runs it (the PNG says which kind ran). Restoring without a
    // file is refused before anything runs.
    void restoredFaceRestoration() {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        const QString png = writeA1111Png(dir.filePath("a.png"), "a red star on a blue background\nSteps: 6, Sampler: Euler, "
                                                                 "CFG scale: 5, Seed: 5, Face restoration: CodeFormer, Size: 64x64, "
                                                                 "CodeFormer visibility: 0.8, CodeFormer weight: 0.25");
        FaceDetailPanel* panel = w.parameters()->faceDetailPanel();
        QVERIFY(w.restoreFromImage(png));
        QVERIFY(!panel->isChecked());
        QVERIFY2(w.parameters()->restoreReport()->text().contains("Face restoration: CodeFormer"),
                 qPrintable(w.parameters()->restoreReport()->text()));
        const QString model = QString::fromStdString(stipple::test::source_path("tests/data/face_restore/codeformer_negate_scaled.onnx"));
        panel->setRestorerPath(model);
        QVERIFY(w.restoreFromImage(png));
        QVERIFY(panel->isChecked() && panel->restoring());
        QCOMPARE(panel->visibilityBox()->value(), 0.8);
        QCOMPARE(panel->codeFormerWeightBox()->value(), 0.25);
        QVERIFY2(!w.parameters()->restoreReport()->text().contains("Face restoration"),
                 qPrintable(w.parameters()->restoreReport()->text()));
        const auto request = w.parameters()->buildRequest(nullptr);
        QVERIFY(request && request->face_detail);
        QCOMPARE(QString::fromStdString(request->face_detail->restorer), model);
        QCOMPARE(request->face_detail->codeformer_weight, 0.25);
        const JobResult r = waitForJob(w, [&] { w.generate(); });
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.images.size(), 1);
        const QString text = parametersOf(r.images.front().path);
        QVERIFY2(text.contains("Face restoration: CodeFormer") && text.contains("CodeFormer weight: 0.25"), qPrintable(text));
        panel->setRestorerPath(QString());
        QString problem;
        QVERIFY(!w.parameters()->buildRequest(&problem));
        QVERIFY2(problem.contains(".onnx"), qPrintable(problem));
    }

    // An A1111 image without RNG was made with A1111's default GPU source; one of Stipple's keeps CPU.
    void missingRngMeansA1111sGpu() {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        const QString a1111 = writeA1111Png(dir.filePath("a.png"), "fox\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 5, "
                                                                   "Size: 512x512, Version: v1.10.1");
        QVERIFY(w.restoreFromImage(a1111));
        QCOMPARE(w.parameters()->noiseSource(), stipple::NoiseSource::NV);
        QVERIFY(w.parameters()->noiseSourceNote()->isVisible());
        const QString own = writeA1111Png(dir.filePath("b.png"), "fox\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: 5, "
                                                                 "Size: 512x512, Version: stipple-0.1.0");
        QVERIFY(w.restoreFromImage(own));
        QCOMPARE(w.parameters()->noiseSource(), stipple::NoiseSource::CPU);
        QVERIFY(w.parameters()->noiseSourceNote()->isHidden());
        // Stipple 0.1.0 read prompts as written: its images come back in diffusers style, said so.
        QCOMPARE(w.parameters()->promptStyle(), stipple::PromptStyle::Diffusers);
        QVERIFY(w.parameters()->promptStyleNote()->isVisible());
        QVERIFY(w.restoreFromImage(a1111));
        QCOMPARE(w.parameters()->promptStyle(), stipple::PromptStyle::A1111);
        QVERIFY(w.parameters()->promptStyleNote()->isHidden());
    }

    // Another model by hash, a hires pass and an extension's keys: listed as not reproduced.
    void foreignModelAndHiresAreListed() {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        QVERIFY(!w.model().hash.isEmpty());
        const QString png = writeA1111Png(
            dir.filePath("a1111.png"),
            "castle <lora:detail:0.8>\nNegative prompt: fog\nSteps: 28, Sampler: DPM++ 2M, Schedule type: Karras, "
            "CFG scale: 5.5, Seed: 3, Size: 512x768, Model hash: 0123abcdef, Model: dreamshaper_8, "
            "Denoising strength: 0.45, Hires upscale: 2, Hires upscaler: Latent, ADetailer model: face_yolov8n.pt, "
            "Mystery key: 9, Version: v1.9.0");
        QVERIFY(w.restoreFromImage(png));
        QLabel* report = w.parameters()->restoreReport();
        QVERIFY(report->isVisible());
        const QString text = report->text();
        QVERIFY2(text.contains("dreamshaper_8 [0123abcdef]"), qPrintable(text));
        QVERIFY2(text.contains(w.model().hash), qPrintable(text));  // the loaded one, for comparison
        // The hires fix is set in the app (Latent x2 at denoising 0.45), not listed as missing.
        QVERIFY2(!text.contains("Hires upscale"), qPrintable(text));
        const auto hires = w.parameters()->hiresPanel()->hires();
        QVERIFY(hires.has_value());
        QCOMPARE(QString::fromStdString(hires->upscaler), QStringLiteral("Latent"));
        QCOMPARE(hires->scale, 2.0);
        QCOMPARE(w.parameters()->hiresPanel()->denoisingStrength(), 0.45);
        QVERIFY2(text.contains("ADetailer model: face_yolov8n.pt"), qPrintable(text));
        QVERIFY2(text.contains("<lora:detail:0.8>"), qPrintable(text));
        QVERIFY2(text.contains("Mystery key: 9"), qPrintable(text));
        // What is reproduced is set and not listed.
        QCOMPARE(w.parameters()->samplerBox()->currentText(), QStringLiteral("DPM++ 2M Karras"));
        QVERIFY2(!text.contains("Steps"), qPrintable(text));

        // The image's own model by hash: no model line.
        const QString same = writeA1111Png(dir.filePath("same.png"), "castle\nSteps: 3, Seed: 3, Size: 64x64, Model hash: " +
                                                                         w.model().hash.toStdString() + ", Model: " +
                                                                         w.model().name.toStdString());
        QVERIFY(w.restoreFromImage(same));
        QVERIFY2(report->isHidden(), qPrintable(report->text()));
    }

    // Vary: the shown image's seed 4 times with 4 variation seeds, one job, each PNG saying so.
    void varyMakesVariationsOfTheShownImage() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, builtin()));
        QVERIFY(!w.vary(0.15));  // nothing shown yet
        setFields(w, "a green circle on a white background", 31, 4, "Euler");
        const JobResult base = waitForJob(w, [&] { w.generate(); });
        QVERIFY2(base.error.isEmpty(), qPrintable(base.error));
        const JobResult varied = waitForJob(w, [&] { QVERIFY(w.vary(0.15, 4)); });
        QVERIFY2(varied.error.isEmpty(), qPrintable(varied.error));
        QCOMPARE(varied.images.size(), 4);
        QSet<QString> variationSeeds;
        QSet<QByteArray> pixels;
        for (const GeneratedImage& g : varied.images) {
            const QString text = parametersOf(g.path);
            QCOMPARE(g.seed, quint64(31));
            QVERIFY2(text.contains("Seed: 31,"), qPrintable(text));
            QVERIFY2(text.contains("Variation seed strength: 0.15"), qPrintable(text));
            const QRegularExpressionMatch m = QRegularExpression("Variation seed: (\\d+)").match(text);
            QVERIFY2(m.hasMatch(), qPrintable(text));
            variationSeeds << m.captured(1);
            const QImage image = QImage(g.path).convertToFormat(QImage::Format_RGB888);
            pixels << QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes());
        }
        QCOMPARE(variationSeeds.size(), 4);
        QVERIFY(pixels.size() >= 2);  // variations, not copies
    }
};

QTEST_MAIN(A1111Test)
#include "test_ui_a1111.moc"
