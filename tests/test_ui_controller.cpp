// The app's one generation service, through the GenerationController on the built-in model: a
// sweep runs on the model already loaded (no second load, no second copy in memory, Settings ▸
// Precision honoured, so a cell equals the single image); an unwritable output folder is refused
// before any step runs; the token counter answers while a generation runs; the saved parameters
// name the sampler that ran; and the GUI's "Model hash" is the CLI's.
#include "common/process_stats.h"
#include "generation_controller.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "io/model_hash.h"
#include "pipeline/resource_paths.h"
#include "preferences.h"
#include "support/fixtures.h"
#include "sweep_dialog.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

QString builtin() { return QString::fromStdString(stipple::builtin_model_dir()); }

bool load(GenerationController& c, const QString& path) {
    QSignalSpy loaded(&c, &GenerationController::modelLoaded);
    QSignalSpy failed(&c, &GenerationController::modelLoadFailed);
    c.loadModel(path);
    while (loaded.isEmpty() && failed.isEmpty())
        if (!loaded.wait(120000)) return false;
    if (!failed.isEmpty()) qWarning() << failed.first().at(1).toString();
    return !loaded.isEmpty();
}

stipple::GenerationRequest request(uint64_t seed, int steps) {
    stipple::GenerationRequest r;
    r.prompt = "a red star on a blue background";
    r.seeds = {seed};
    r.steps = steps;
    r.guidance_scale = 5.0;
    return r;
}

JobResult run(GenerationController& c, GenerationJob job) {
    QSignalSpy finished(&c, &GenerationController::jobFinished);
    const int id = c.enqueue(job);
    for (;;) {
        for (const auto& args : finished)
            if (args.at(0).value<JobResult>().jobId == id) return args.at(0).value<JobResult>();
        if (!finished.wait(180000)) return JobResult{-1};
    }
}

qint64 weightBytes(const QString& modelDir) {
    qint64 total = 0;
    QDirIterator it(modelDir, {QStringLiteral("*.safetensors")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) total += QFileInfo(it.next()).size();
    return total;
}

QString infotextValue(const QString& parameters, const char* key) {
    const auto v = stipple::parse_infotext(parameters.toStdString()).get(key);
    return v ? QString::fromStdString(*v) : QString();
}

}  // namespace

class ControllerTest : public QObject {
    Q_OBJECT
    QTemporaryDir data_, out_;

    GenerationJob generation(const stipple::GenerationRequest& r) {
        GenerationJob job;
        job.request = r;
        job.outputRoot = out_.path();
        return job;
    }

    // Renders `r` alone and as the single cell of a seed sweep on one controller; returns both.
    std::pair<QImage, QImage> singleAndSweepCell(GenerationController& c, const stipple::GenerationRequest& r) {
        const JobResult single = run(c, generation(r));
        if (!single.error.isEmpty() || single.images.isEmpty()) return {};
        SweepDialog dialog(r, &c);
        dialog.setAxis(false, "seed", QString::number(r.seeds.front()));
        QSignalSpy done(&dialog, &SweepDialog::sweepFinished);
        if (!dialog.start() || !done.wait(120000) || dialog.finishedCells() != 1) return {};
        if (dialog.cellParameters(0).isEmpty()) return {};
        return {single.images.front().image, dialog.cellImage(0)};
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
        QVERIFY2(QFileInfo::exists(builtin() + "/model_index.json"), qPrintable(builtin()));
    }

    void init() { Preferences().set(pref::dtype, QStringLiteral("auto")); }

    void sweepRunsOnTheLoadedModel() {
        GenerationController c;
        QVERIFY(load(c, builtin()));
        QCOMPARE(c.modelLoadCount(), 1);
        const JobResult warm = run(c, generation(request(11, 8)));
        QVERIFY2(warm.error.isEmpty(), qPrintable(warm.error));
        const qint64 before = stipple::current_rss_bytes();

        SweepDialog dialog(request(11, 8), &c);
        dialog.setAxis(false, "seed", "11, 12");
        QSignalSpy done(&dialog, &SweepDialog::sweepFinished);
        QVERIFY(dialog.start());
        QVERIFY(done.wait(120000));
        QCOMPARE(dialog.finishedCells(), 2);
        const qint64 after = stipple::current_rss_bytes();

        QCOMPARE(c.modelLoadCount(), 1);  // no second Pipeline::load for the sweep
        // A second copy of the model would add at least its weights.
        const qint64 weights = weightBytes(builtin());
        qInfo() << "RSS before/after the sweep:" << before << after << "delta" << (after - before) << "weights" << weights;
        QVERIFY(weights > 0);
        QVERIFY2(after - before < weights, "memory grew by more than the model's weights during the sweep");
    }

    void sweepCellEqualsTheSingleImageInEveryPrecision() {
        for (const QString dtype : {QStringLiteral("bf16"), QStringLiteral("fp32")}) {
            Preferences().set(pref::dtype, dtype);
            GenerationController c;
            QVERIFY(load(c, builtin()));
            const auto [single, cell] = singleAndSweepCell(c, request(7, 10));
            QVERIFY2(!single.isNull() && !cell.isNull(), qPrintable(dtype));
            QCOMPARE(cell.size(), single.size());
            QCOMPARE(cell.convertToFormat(QImage::Format_RGB888), single.convertToFormat(QImage::Format_RGB888));
        }
    }

    void bf16SettingChangesTheImage() {
        // Guards the test above: were the precision ignored, both runs would be fp32 and equal anyway.
        QImage images[2];
        int i = 0;
        for (const QString dtype : {QStringLiteral("bf16"), QStringLiteral("fp32")}) {
            Preferences().set(pref::dtype, dtype);
            GenerationController c;
            QVERIFY(load(c, builtin()));
            const JobResult r = run(c, generation(request(7, 10)));
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            images[i++] = r.images.front().image.convertToFormat(QImage::Format_RGB888);
        }
        QVERIFY(images[0] != images[1]);
    }

    void unwritableOutputFolderIsRefusedBeforeComputing() {
        GenerationController c;
        QVERIFY(load(c, builtin()));
        QTemporaryDir dir;
        QFile blocker(dir.filePath("not-a-folder"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy frames(&c, &GenerationController::framesArrived);
        GenerationJob job = generation(request(5, 200));
        job.outputRoot = dir.filePath("not-a-folder/pictures");
        const JobResult r = run(c, job);
        QVERIFY(r.error.contains("not-a-folder"));
        QCOMPARE(r.stepsDone, 0);
        QCOMPARE(frames.count(), 0);
        QVERIFY(r.images.isEmpty());
    }

    void tokenCountAnswersWhileAGenerationRuns() {
        GenerationController c;
        QVERIFY(load(c, builtin()));
        QVERIFY(c.model().tokenizer);
        QSignalSpy finished(&c, &GenerationController::jobFinished);
        stipple::GenerationRequest r = request(3, 1000);
        r.seeds = {3, 4, 5, 6};
        c.enqueue(generation(r));
        QSignalSpy counted(&c, &GenerationController::tokensCounted);
        c.countTokens(QStringLiteral("a red star"), QStringLiteral("blurry"));
        QVERIFY(counted.wait(20000));
        QVERIFY2(c.isBusy() && finished.isEmpty(), "the count came only after the generation");
        QVERIFY(counted.first().at(0).value<PromptReading>().tokens > 0);
        QVERIFY(counted.first().at(1).value<PromptReading>().tokens > 0);
        c.abort();
        QVERIFY(finished.wait(60000));
    }

    void parametersNameTheSamplerThatRan() {
        GenerationController c;
        QVERIFY(load(c, builtin()));
        stipple::GenerationRequest r = request(9, 4);
        r.scheduler = "EulerAncestralDiscreteScheduler";  // asked for by class name…
        const JobResult result = run(c, generation(r));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        // …written as A1111 names what ran, in the PNG and in the gallery's copy.
        QCOMPARE(infotextValue(result.images.front().parameters, "Sampler"), QString("Euler a"));
        const auto chunks = stipple::read_png_text_file(result.images.front().path.toStdString());
        QCOMPARE(infotextValue(QString::fromStdString(stipple::png_text_value(chunks, "parameters")), "Sampler"),
                 QString("Euler a"));
        QCOMPARE(QString::fromStdString(result.images.front().request.scheduler), QString("Euler a"));
    }

    void modelHashIsTheCliOne() {
        GenerationController c;
        QVERIFY(load(c, builtin()));
        const JobResult gui = run(c, generation(request(21, 3)));
        QVERIFY2(gui.error.isEmpty(), qPrintable(gui.error));
        const QString guiHash = infotextValue(gui.images.front().parameters, "Model hash");
        QVERIFY(!guiHash.isEmpty());

        QTemporaryDir dir;
        QProcess cli;
        cli.start(qEnvironmentVariable("STIPPLE_CLI"),
                  {"generate", "--model", builtin(), "--prompt", "a red star", "--seed", "21", "--steps", "3",
                   "--quiet", "--out", dir.filePath("cli.png")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const auto chunks = stipple::read_png_text_file(dir.filePath("cli.png").toStdString());
        const QString cliHash = infotextValue(QString::fromStdString(stipple::png_text_value(chunks, "parameters")), "Model hash");
        QCOMPARE(guiHash, cliHash);
        QCOMPARE(guiHash, QString::fromStdString(stipple::model_hash(builtin().toStdString())));
        QCOMPARE(c.model().hash, guiHash);
    }
};

QTEST_MAIN(ControllerTest)
#include "test_ui_controller.moc"
