// The desktop app end to end on tiny-sd15: Generate shows a preview for every step, saves a PNG
// whose A1111 parameters parse back to the request (and whose pixels equal a direct Pipeline run),
// queues while busy, aborts within one UNet call without writing, restores fields from a dropped
// PNG, keeps history across restarts and reports a bad model in the banner. Each function runs
// alone too. (How long the GUI thread ever waits is a figure: build/tests/stipple-bench-gui.)
#include "common/error.h"
#include "error_banner.h"
#include "gallery_model.h"
#include "image/infotext.h"
#include "image/image_io.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "preview_pane.h"
#include "seed_edit.h"
#include "stipple_version.h"
#include "timeline_export.h"
#include "image/timeline_export.h"
#include "support/fixtures.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

QStringList filesUnder(const QString& root) {
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) out << it.next();
    out.sort();
    return out;
}

void setFields(MainWindow& w, const QString& prompt, const QString& negative, const QString& seed, int steps,
               double cfg, const QString& sampler, int width, int height, int count = 1) {
    ParametersPanel* p = w.parameters();
    p->promptEdit()->setPlainText(prompt);
    p->negativeEdit()->setPlainText(negative);
    p->seedEdit()->clear();
    QTest::keyClicks(p->seedEdit(), seed);  // typed, as a user would (and locks the seed)
    p->stepsBox()->setValue(steps);
    p->cfgBox()->setValue(cfg);
    p->samplerBox()->setCurrentText(sampler);
    p->widthBox()->setValue(width);
    p->heightBox()->setValue(height);
    p->countBox()->setValue(count);
}

JobResult waitForResult(QSignalSpy& spy, int timeoutMs = 180000) {
    if (spy.isEmpty() && !spy.wait(timeoutMs)) return JobResult{-1};
    return spy.takeFirst().at(0).value<JobResult>();
}

}  // namespace

class GenerationTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;
    QString model_;
    QString savedPng_;

    bool loadModel(MainWindow& w) {
        QSignalSpy ready(&w, &MainWindow::modelReady);
        w.openModel(model_);
        return ready.wait(120000);
    }

    // The PNG the first function saves; made here when a function runs alone (-functions, or in
    // another order), so no function depends on another having run.
    QString generatedPng() {
        if (!savedPng_.isEmpty() && QFileInfo::exists(savedPng_)) return savedPng_;
        MainWindow w;
        w.show();
        if (!loadModel(w)) return {};
        setFields(w, "a watercolor fox, in the snow: soft light", "blurry, lowres", "6421725739674010", 12, 7.5, "Euler",
                  64, 64);
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        w.generate();
        const JobResult r = waitForResult(finished);
        if (!r.error.isEmpty() || r.images.isEmpty()) return {};
        savedPng_ = r.images.front().path;
        return savedPng_;
    }

private Q_SLOTS:
    void initTestCase() {
        STIPPLE_REQUIRE_SHARED();
        model_ = QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd15"));
        QVERIFY(QFileInfo(model_).isDir());
        qputenv("STIPPLE_OUTPUT_DIR", out_.path().toUtf8());
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
    }

    void generateShowsEveryStepAndSavesParsableMetadata() {
        MainWindow w;
        w.show();
        QVERIFY(loadModel(w));
        QCOMPARE(w.model().name, QString("tiny-sd15"));
        setFields(w, "a watercolor fox, in the snow: soft light", "blurry, lowres", "6421725739674010", 12, 7.5, "Euler", 64,
                  64);
        QCOMPARE(w.parameters()->seedEdit()->text(), QString("6421725739674010"));
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        QSignalSpy frames(w.preview(), &PreviewPane::frameShown);
        QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);  // Ctrl+Enter
        QVERIFY(w.isBusy());
        const JobResult r = waitForResult(finished);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(!r.cancelled);
        QCOMPARE(r.images.size(), 1);
        QCOMPARE(r.stepsDone, 12);

        // A preview for every step, in order, then the result; the slider scrubs through them.
        QList<int> expected;
        for (int i = 1; i <= 12; ++i) expected << i;
        expected << 0;
        QCOMPARE(w.preview()->timelineSteps(), expected);
        QVERIFY(frames.count() >= 1);
        w.preview()->timelineSlider()->setValue(3);
        QVERIFY(!w.preview()->currentImage().isNull());

        // On disk: <out>/YYYY-MM-DD/00001-<seed>.png, nothing else (no temp files).
        const QString day = QDate::currentDate().toString("yyyy-MM-dd");
        const QString path = QDir(out_.path()).filePath(day + "/00001-6421725739674010.png");
        QCOMPARE(r.images.front().path, path);
        QCOMPARE(filesUnder(out_.path()), QStringList{path});
        savedPng_ = path;

        // In the gallery, with the seed under the thumbnail.
        QCOMPARE(w.galleryModel()->rowCount(), 1);
        QCOMPARE(w.galleryModel()->index(0).data(GalleryModel::PathRole).toString(), path);
        QVERIFY(w.galleryModel()->index(0).data(Qt::DisplayRole).toString().contains("6421725739674010"));

        // Metadata parses back to the same parameters.
        const auto chunks = stipple::read_png_text_file(path.toStdString());
        const std::string text = stipple::png_text_value(chunks, "parameters");
        qInfo().noquote() << "parameters:" << QString::fromStdString(text);
        const stipple::Infotext info = stipple::parse_infotext(text);
        const stipple::RestoredRequest back = stipple::request_from_infotext(info);
        QCOMPARE(QString::fromStdString(back.request.prompt), QString("a watercolor fox, in the snow: soft light"));
        QCOMPARE(QString::fromStdString(back.request.negative_prompt), QString("blurry, lowres"));
        QCOMPARE(back.request.seeds, std::vector<uint64_t>{6421725739674010ull});
        QCOMPARE(back.request.steps, 12);
        QCOMPARE(back.request.guidance_scale, 7.5);
        QCOMPARE(QString::fromStdString(back.request.scheduler), QString("Euler"));
        QCOMPARE(back.request.width, 64);
        QCOMPARE(back.request.height, 64);
        QCOMPARE(QString::fromStdString(*info.get("Model")), QString("tiny-sd15"));
        QFile unet(QDir(model_).filePath("unet/diffusion_pytorch_model.safetensors"));
        QVERIFY(unet.open(QIODevice::ReadOnly));
        QCryptographicHash sha(QCryptographicHash::Sha256);
        sha.addData(&unet);
        QCOMPARE(QString::fromStdString(*info.get("Model hash")), QString::fromLatin1(sha.result().toHex().left(10)));
        QCOMPARE(QString::fromStdString(*info.get("Version")), QString("stipple-" STIPPLE_VERSION));
        QVERIFY(back.unknown.empty());

        // The pixels are exactly what the pipeline gives for that request directly.
        auto pipeline = stipple::Pipeline::load(model_.toStdString());
        stipple::GenerationRequest direct;
        direct.prompt = "a watercolor fox, in the snow: soft light";
        direct.negative_prompt = "blurry, lowres";
        direct.seeds = {6421725739674010ull};
        direct.steps = 12;
        direct.guidance_scale = 7.5;
        direct.scheduler = "Euler";
        direct.width = direct.height = 64;
        const stipple::GenerationResult ref = pipeline->generate(direct);
        const stipple::Image saved = stipple::load_image(path.toStdString());
        QCOMPARE(saved.width, 64);
        QVERIFY(saved.rgb == ref.images.at(0).rgb);
    }

    void savesTheStepTimelineAsGifAndMp4() {
        MainWindow w;
        w.show();
        QVERIFY(loadModel(w));
        setFields(w, "a lighthouse at dusk", "", "42", 6, 7.5, "Euler", 64, 64);
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        w.generate();
        const JobResult r = waitForResult(finished);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        const int frames = w.preview()->timelineLength();
        QCOMPARE(frames, 7);  // 6 steps and the result

        // Every frame at the result's size, enlarged 4x to 256 px for a class to see, with its
        // label in a strip underneath.
        const QList<QImage> labelled = labelledTimelineFrames(w.preview()->timelineFrames());
        QCOMPARE(labelled.size(), frames);
        for (const QImage& f : labelled) {
            QCOMPARE(f.width(), 256);
            QCOMPARE(f.height(), labelled.front().height());
            QVERIFY(f.height() > 256);
        }
        const int strip = labelled.first().height() - 256;
        QVERIFY(labelled.first().copy(0, 256, 256, strip) != labelled.last().copy(0, 256, 256, strip));  // labels

        QTemporaryDir dir;
        QSignalSpy exported(&w, &MainWindow::timelineExported);
        const QString gif = dir.filePath("fox.gif");
        w.exportTimeline(gif);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.takeFirst().at(1).toString(), QString());
        const stipple::GifInfo info = stipple::read_gif_info(gif.toStdString());
        QCOMPARE(info.frames, frames + 3);  // the result is held for three more frames
        QCOMPARE(info.width, 256);
        QCOMPARE(info.height, labelled.front().height());

        const QString mp4 = dir.filePath("fox.mp4");
        w.exportTimeline(mp4);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.takeFirst().at(1).toString(), QString());
        QFile video(mp4);
        QVERIFY(video.open(QIODevice::ReadOnly));
        QCOMPARE(video.read(8).mid(4), QByteArray("ftyp"));  // an ISO media file

        // A folder that does not exist, or a type we cannot write: a clear message, no file.
        w.exportTimeline("/nonexistent-folder/fox.gif");
        QVERIFY(exported.wait(60000));
        QVERIFY(exported.takeFirst().at(1).toString().contains("/nonexistent-folder/fox.gif"));
        QVERIFY(w.banner()->isVisible());
        w.exportTimeline("/nonexistent-folder/fox.mp4");
        QVERIFY(exported.wait(60000));
        QVERIFY(exported.takeFirst().at(1).toString().contains("folder '/nonexistent-folder' does not exist"));
        w.exportTimeline(dir.filePath("fox.bmp"));
        QVERIFY(exported.wait(60000));
        QVERIFY(exported.takeFirst().at(1).toString().contains(".gif"));
        QVERIFY(!QFile::exists(dir.filePath("fox.bmp")));
    }

    void restoresFieldsFromDroppedPng() {
        QVERIFY(!generatedPng().isEmpty());
        MainWindow w;
        w.show();
        setFields(w, "something else", "", "1", 30, 3, "DDIM", 512, 768);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(savedPng_)});
        // What a drag from a file manager delivers: DragEnter (accepted for local files), then Drop.
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        ParametersPanel* p = w.parameters();
        QCOMPARE(p->promptText(), QString("a watercolor fox, in the snow: soft light"));
        QCOMPARE(p->negativeText(), QString("blurry, lowres"));
        QCOMPARE(p->seedEdit()->text(), QString("6421725739674010"));
        QCOMPARE(p->stepsBox()->value(), 12);
        QCOMPARE(p->cfgBox()->value(), 7.5);
        QCOMPARE(p->samplerBox()->currentText(), QString("Euler"));
        QCOMPARE(p->widthBox()->value(), 64);
        QCOMPARE(p->heightBox()->value(), 64);
        QVERIFY(p->extraLabel()->isHidden());

        // An A1111 PNG with keys Stipple does not use: restored, and the extra keys shown, not lost.
        QTemporaryDir dir;
        const QString a1111 = dir.filePath("a1111.png");
        stipple::Image img;
        img.width = img.height = 8;
        img.rgb.assign(8 * 8 * 3, 100);
        stipple::write_png_with_text(a1111.toStdString(), img,
                                     {{"parameters", "castle on a hill\nNegative prompt: fog\nSteps: 28, Sampler: DPM++ 2M, "
                                                     "Schedule type: Karras, CFG scale: 5.5, Seed: 18446744073709551615, "
                                                     "Size: 512x768, Hires upscale: 2, Lora hashes: \"a: 1, b: 2\""}});
        QVERIFY(w.restoreFromImage(a1111));  // File > Open image… path
        QCOMPARE(p->promptText(), QString("castle on a hill"));
        QCOMPARE(p->seedEdit()->text(), QString("18446744073709551615"));
        QCOMPARE(p->samplerBox()->currentText(), QString("DPM++ 2M Karras"));
        QCOMPARE(p->cfgBox()->value(), 5.5);
        QCOMPARE(p->heightBox()->value(), 768);
        QVERIFY(!p->extraLabel()->isHidden());
        QVERIFY(p->extraLabel()->text().contains("Hires upscale: 2"));
        // Lora hashes name the files of the prompt's <lora:…> tags, which are loaded: not a gap.
        QVERIFY(!p->extraLabel()->text().contains("Lora hashes"));

        // A corrupt file: a reason in the banner, the fields untouched, no crash.
        const QString bad = dir.filePath("broken.png");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16));
        f.close();
        QVERIFY(!w.restoreFromImage(bad));
        QVERIFY(w.banner()->isVisible());
        QVERIFY(w.banner()->text().contains("broken.png"));
        QCOMPARE(p->promptText(), QString("castle on a hill"));
    }

    void abortStopsWithinOneStepAndWritesNothing() {
        MainWindow w;
        w.show();
        QVERIFY(loadModel(w));
        const QStringList before = filesUnder(out_.path());
        const int rows = w.galleryModel()->rowCount();
        setFields(w, "a lighthouse", "", "42", 400, 7, "Euler a", 64, 64);
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        QSignalSpy frames(w.preview(), &PreviewPane::frameShown);
        w.generate();
        QVERIFY(frames.wait(60000));
        QTest::keyClick(&w, Qt::Key_Escape);  // Esc = Abort
        // Acknowledged at once, before the worker has even stopped.
        QVERIFY(!w.parameters()->abortButton()->isEnabled());
        QCOMPARE(w.parameters()->abortButton()->text(), QString("Aborting…"));
        const JobResult r = waitForResult(finished);
        QVERIFY(r.cancelled);
        QVERIFY(r.images.isEmpty());
        QVERIFY(r.stepsAtCancel >= 1);
        qInfo() << "abort requested after step" << r.stepsAtCancel << "- loop stopped after step" << r.stepsDone;
        QVERIFY2(r.stepsDone <= r.stepsAtCancel + 1, "more than one UNet call ran after Abort");
        QVERIFY(r.stepsDone < 400);
        QCOMPARE(filesUnder(out_.path()), before);
        QCOMPARE(w.galleryModel()->rowCount(), rows);
        QVERIFY(!w.isBusy());
    }

    void generateWhileBusyQueues() {
        MainWindow w;
        w.show();
        QVERIFY(loadModel(w));
        setFields(w, "first", "", "7", 6, 7, "DDIM", 64, 64);
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        w.generate();
        w.parameters()->promptEdit()->setPlainText("second");
        w.generate();
        w.parameters()->promptEdit()->setPlainText("third");
        w.generate();
        QCOMPARE(w.queueLength(), 2);
        QCOMPARE(w.parameters()->queueList()->count(), 2);
        QVERIFY(w.parameters()->queueList()->item(0)->text().contains("second"));
        w.parameters()->queueList()->setCurrentRow(1);  // remove "third"
        Q_EMIT w.parameters()->removeQueuedRequested(1);
        QCOMPARE(w.queueLength(), 1);
        const JobResult a = waitForResult(finished);
        const JobResult b = waitForResult(finished);
        QVERIFY(a.error.isEmpty() && b.error.isEmpty());
        QCOMPARE(a.images.size(), 1);
        QCOMPARE(b.images.size(), 1);
        QVERIFY(b.images.front().parameters.startsWith("second\n"));
        QVERIFY(!finished.wait(1500));  // "third" never ran
        QCOMPARE(w.queueLength(), 0);
    }

    void historySurvivesRestart() {
        QVERIFY(!generatedPng().isEmpty());
        QStringList paths;
        {
            MainWindow w;
            QVERIFY(w.galleryModel()->rowCount() >= 1);
            for (int i = 0; i < w.galleryModel()->rowCount(); ++i)
                paths << w.galleryModel()->index(i).data(GalleryModel::PathRole).toString();
        }
        MainWindow again;
        QStringList reloaded;
        for (int i = 0; i < again.galleryModel()->rowCount(); ++i)
            reloaded << again.galleryModel()->index(i).data(GalleryModel::PathRole).toString();
        QCOMPARE(reloaded, paths);
        QVERIFY(reloaded.contains(savedPng_));
        QVERIFY(!again.galleryModel()->index(0).data(Qt::DecorationRole).value<QPixmap>().isNull());
    }

    void badModelShowsBannerAndAppKeepsWorking() {
        MainWindow w;
        w.show();
        QTemporaryDir empty;
        QSignalSpy failed(&w, &MainWindow::modelFailed);
        QSignalSpy reopened(&w, &MainWindow::modelReady);
        w.openModel(empty.path());
        QVERIFY(failed.wait(60000));
        QVERIFY(w.banner()->isVisible());
        qInfo().noquote() << "banner:" << w.banner()->text();
        QVERIFY(!w.isModelLoaded());
        // Nothing was loaded before: the window reopens the built-in model rather than showing none.
        QVERIFY(reopened.wait(120000));
        QCOMPARE(w.model().path, QString::fromStdString(stipple::builtin_model_dir()));
        QVERIFY(w.banner()->isVisible());
        QVERIFY(loadModel(w));
        QVERIFY(w.banner()->isHidden());
        setFields(w, "after the error", "", "5", 3, 7, "Euler", 64, 64);
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        w.generate();
        const JobResult r = waitForResult(finished);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.images.size(), 1);
    }

    // A first start opens at the model's native size, and switching models keeps following the
    // native size until the user types a size of their own.
    void imageSizeFollowsTheModelUntilTheUserChoosesOne() {
        QTemporaryDir fresh;  // a first start: no saved settings
        const QByteArray saved = qgetenv("STIPPLE_DATA_DIR");
        qputenv("STIPPLE_DATA_DIR", fresh.path().toUtf8());
        {
            MainWindow w;
            w.show();
            QSignalSpy ready(&w, &MainWindow::modelReady);
            w.openModel(QString::fromStdString(stipple::builtin_model_dir()));
            QVERIFY(ready.wait(120000));
            QCOMPARE(w.model().name, QString("stipple-shapes"));
            QCOMPARE(w.parameters()->widthBox()->value(), 64);
            QCOMPARE(w.parameters()->heightBox()->value(), 64);
            QVERIFY(loadModel(w));  // tiny-sd15: native 128x128
            QCOMPARE(w.parameters()->widthBox()->value(), w.model().defaultWidth);
            QCOMPARE(w.parameters()->heightBox()->value(), w.model().defaultHeight);
            w.parameters()->widthBox()->setValue(96);  // the user's own choice stays
            QSignalSpy again(&w, &MainWindow::modelReady);
            w.openModel(QString::fromStdString(stipple::builtin_model_dir()));
            QVERIFY(again.wait(120000));
            QCOMPARE(w.parameters()->widthBox()->value(), 96);
        }
        qputenv("STIPPLE_DATA_DIR", saved);
    }

    // A Turbo model (its scheduler config says "trailing") is offered with Turbo settings.
    void turboModelGetsTurboSettings() {
        QTemporaryDir dir;
        const QString turbo = dir.filePath("tiny-turbo");
        QVERIFY(stipple::test::copy_tree(model_, turbo));
        QFile config(turbo + "/scheduler/scheduler_config.json");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(R"({"_class_name": "EulerAncestralDiscreteScheduler", "beta_start": 0.00085, "beta_end": 0.012,
                        "beta_schedule": "scaled_linear", "num_train_timesteps": 1000, "steps_offset": 1,
                        "timestep_spacing": "trailing", "prediction_type": "epsilon"})");
        config.close();
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::modelReady);
        w.openModel(turbo);
        QVERIFY(ready.wait(120000));
        QCOMPARE(w.parameters()->stepsBox()->value(), 1);
        QCOMPARE(w.parameters()->cfgBox()->value(), 0.0);
        QCOMPARE(w.parameters()->samplerBox()->currentText(), QString("Euler a"));
    }

    void closingMidGenerationStopsCleanly() {
        const QStringList before = filesUnder(out_.path());
        auto* w = new MainWindow;
        w->show();
        QVERIFY(loadModel(*w));
        setFields(*w, "closing time", "", "11", 400, 7, "Euler", 64, 64);
        QSignalSpy frames(w->preview(), &PreviewPane::frameShown);
        w->generate();
        QVERIFY(frames.wait(60000));
        QElapsedTimer t;
        t.start();
        w->close();  // aborts and joins the worker
        qInfo() << "window closed" << t.elapsed() << "ms after Close, mid-generation";
        // Frame and result notices the worker queued just before it stopped still arrive: the
        // closed window must ignore them rather than touch the deleted worker.
        QTest::qWait(200);
        delete w;
        QCOMPARE(filesUnder(out_.path()), before);  // no result and no half-written/temp file
    }
};

QTEST_MAIN(GenerationTest)
#include "test_ui_generation.moc"
