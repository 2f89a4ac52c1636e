// Classroom ▸ Forward noising and the schedule plot: the view's x_t is `stipple-cli noise`'s at the
// same t and seed (same image, same pixels); dragging t queues at most one job and ends on the
// latest t; the plotted SNR is ᾱ/(1−ᾱ) of the model's scheduler config, worked out here from the
// config's numbers, for SD's scaled_linear and a zero-terminal-SNR config, with the SNR = 1
// crossing at the right t; "predict first" hides x_t until Reveal; and the plot under the main
// window's timeline has a tick at every step's timestep of the run (the timesteps the pipeline reports).
#include "generation_controller.h"
#include "image_view.h"
#include "image/png_text.h"
#include "main_window.h"
#include "noising_view.h"
#include "parameters_panel.h"
#include "pipeline/pipeline.h"
#include "preferences.h"
#include "preview_pane.h"
#include "seed_edit.h"
#include "snr_plot.h"
#include "support/fixtures.h"
#include "support/screenshot.h"
#include "support/ui_support.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

using namespace stipple::ui;

namespace {

const QString kScene = QStringLiteral("a big yellow heart in the center on a black background");

// Waits until the view is idle and shows `t`.
bool waitShown(NoisingView& v, int t, int timeoutMs = 120000) {
    QElapsedTimer clock;
    clock.start();
    while (v.isComputing() || v.shownT() != t) {
        if (clock.elapsed() > timeoutMs) return false;
        QSignalSpy shown(&v, &NoisingView::resultShown);
        shown.wait(1000);
    }
    return true;
}

QString runCli(const QStringList& args) {
    QProcess cli;
    cli.start(qEnvironmentVariable("STIPPLE_CLI"), args);
    if (!cli.waitForFinished(180000)) return QStringLiteral("stipple-cli did not finish");
    if (cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        return QString::fromUtf8(cli.readAllStandardError());
    return {};
}

// ᾱ of a diffusers scheduler config, worked out here from its numbers (the DDPM betas, and
// diffusers' rescale_zero_terminal_snr when asked), in double precision: the reference the plot
// must match. Only the schedules the test writes (scaled_linear, linear).
QList<double> referenceAlphaBars(const nlohmann::json& config) {
    const int T = config.value("num_train_timesteps", 1000);
    const double b0 = config.value("beta_start", 0.0001), b1 = config.value("beta_end", 0.02);
    const std::string schedule = config.value("beta_schedule", std::string("linear"));
    std::vector<double> betas(T);
    for (int i = 0; i < T; ++i) {
        const double f = T > 1 ? double(i) / (T - 1) : 0;
        betas[i] = schedule == "scaled_linear" ? std::pow(std::sqrt(b0) + f * (std::sqrt(b1) - std::sqrt(b0)), 2)
                                               : b0 + f * (b1 - b0);
    }
    std::vector<double> alphaBar(T);
    double product = 1;
    for (int i = 0; i < T; ++i) alphaBar[i] = product *= 1 - betas[i];
    if (config.value("rescale_betas_zero_snr", false)) {
        // Shift √ᾱ so the last is 0 and scale it so the first stays: Lin et al. 2023, Algorithm 1.
        std::vector<double> root(T);
        for (int i = 0; i < T; ++i) root[i] = std::sqrt(alphaBar[i]);
        const double first = root.front(), last = root.back();
        for (double& r : root) r = (r - last) * first / (first - last);
        for (int i = 0; i < T; ++i) alphaBar[i] = root[i] * root[i];
    }
    return QList<double>(alphaBar.begin(), alphaBar.end());
}

// The first noising step t (1…T) whose SNR is below 1, from ᾱ indexed by diffusers' timestep.
int referenceCrossing(const QList<double>& alphaBar) {
    for (int i = 0; i < alphaBar.size(); ++i)
        if (alphaBar[i] / (1 - alphaBar[i]) < 1) return i + 1;
    return -1;
}

// The timesteps a run reports to a StepObserver (the pipeline's own, not the UI's).
class TimestepRecorder final : public stipple::StepObserver {
public:
    void on_step(const stipple::StepInfo& info) override { timesteps << info.timestep; }
    QList<double> timesteps;
};

}  // namespace

class NoisingViewTest : public QObject {
    Q_OBJECT
    QTemporaryDir data_, out_, work_;

private Q_SLOTS:
    void initTestCase() {
        test::useScreenshotLanguage();
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
        qputenv("STIPPLE_OUTPUT_DIR", out_.path().toUtf8());
        QVERIFY2(QFileInfo::exists(test::builtinModel() + "/model_index.json"), qPrintable(test::builtinModel()));
        QVERIFY2(!qEnvironmentVariable("STIPPLE_CLI").isEmpty(), "STIPPLE_CLI names stipple-cli (CTest sets it)");
    }

    // The CLI computes in fp32 by default: so does the app here.
    void init() { Preferences().set(pref::dtype, QStringLiteral("fp32")); }

    void xtIsTheCliNoiseAtTheSameTAndSeed() {
        const QString scene = work_.filePath("scene.png");
        QString error = runCli({"render-scene", "--prompt", kScene, "--seed", "3", "--out", scene});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        GenerationController c;
        QVERIFY(test::loadModel(c, test::builtinModel()));
        NoisingView v(&c);
        v.show();
        QVERIFY(v.renderScene(kScene, 3));
        // The built-in render is render-scene's picture, pixel for pixel.
        QCOMPARE(test::maxChannelDifference(v.sourceImage(), QImage(scene)), 0);
        QCOMPARE(v.snrPlot()->trainingSteps(), 1000);

        for (const int t : {400, 1000}) {
            v.setNoiseSeed(7);
            v.setT(t);
            QVERIFY(waitShown(v, t));
            const QString cli = work_.filePath(QStringLiteral("cli-%1.png").arg(t));
            error = runCli({"noise", "--model", test::builtinModel(), "--image", scene, "--t", QString::number(t), "--seed", "7",
                            "--decode", "vae", "--quiet", "--out", cli});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const QImage expected(cli);
            QVERIFY(!expected.isNull());
            const int worst = test::maxChannelDifference(v.decodedImage(), expected);
            qInfo("t = %d: view vs stipple-cli noise, largest channel difference %d (of 255)", t, worst);
            QVERIFY2(worst >= 0 && worst <= 1, qPrintable(QString::number(worst)));
            // The same ᾱ_t, as the CLI writes it into the PNG.
            const auto chunks = stipple::read_png_text_file(cli.toStdString());
            const auto meta = nlohmann::json::parse(stipple::png_text_value(chunks, "stipple-noise"));
            QCOMPARE(meta["t"].get<int>(), t);
            QVERIFY(std::abs(meta["alpha_bar"].get<double>() - v.shownAlphaBar()) < 1e-9);
            QVERIFY(std::abs(v.snrPlot()->alphaBars()[t] - v.shownAlphaBar()) < 1e-7);
            // The model's four latent channels, one picture each, and x_t's numbers [1, 4, h, w].
            QCOMPARE(v.channelImages().size(), 4);
            const QList<int> shape = v.shownLatentShape();
            QCOMPARE(shape.size(), 4);
            QCOMPARE(shape[1], 4);
            QVERIFY(shape[2] > 0 && 64 % shape[2] == 0 && shape[3] == shape[2]);
            QCOMPARE(v.shownLatent().size(), size_t(shape[1] * shape[2] * shape[3]));
        }
        // Another ε seed is other noise at the same t.
        const QImage seven = v.decodedImage();
        v.setNoiseSeed(8);
        QVERIFY(waitShown(v, 1000));
        QVERIFY(test::maxChannelDifference(v.decodedImage(), seven) > 10);
        // The screenshot: the built-in scene a little before SNR = 1, the image still there in the noise.
        v.setNoiseSeed(7);
        v.setT(300);
        QVERIFY(waitShown(v, 300));
        v.resize(980, 680);
        QTest::qWait(50);
        test::saveScreenshot(&v, "forward-noising");

        // A file is the same x₀ as the render it holds.
        QVERIFY(v.openImageFile(scene));
        v.setNoiseSeed(5);
        v.setT(350);
        QVERIFY(waitShown(v, 350));
        const QString cli = work_.filePath("cli-350.png");
        error = runCli({"noise", "--model", test::builtinModel(), "--image", scene, "--t", "350", "--seed", "5", "--quiet", "--out", cli});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(test::maxChannelDifference(v.decodedImage(), QImage(cli)) <= 1);
    }

    // The same with a Stable Diffusion model (tiny-sd15: SD 1.5's architecture and latent space,
    // scaled-linear schedule): a picture file noised at t equals stipple-cli noise with the view's
    // decoder, in both decoders.
    void xtIsTheCliNoiseWithAStableDiffusionModel() {
        STIPPLE_REQUIRE_SHARED();
        const QString model = QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd15"));
        const QString scene = work_.filePath("sd-scene.png");
        QString error = runCli({"render-scene", "--prompt", kScene, "--seed", "4", "--out", scene});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        GenerationController c;
        QVERIFY(test::loadModel(c, model));
        NoisingView v(&c);
        v.show();
        QVERIFY(v.openImageFile(scene));
        auto* decode = v.findChild<QComboBox*>(QStringLiteral("noisingDecode"));
        QVERIFY(decode);
        for (const auto& [index, name] : {std::pair<int, QString>{0, QStringLiteral("fast")}, {1, QStringLiteral("vae")}}) {
            v.setT(0);  // another t first, so the t = 500 shown below is computed with this decoder
            QVERIFY(waitShown(v, 0));
            decode->setCurrentIndex(index);
            v.setNoiseSeed(11);
            v.setT(500);
            QVERIFY(waitShown(v, 500));
            const QString cli = work_.filePath(QStringLiteral("sd-cli-%1.png").arg(name));
            error = runCli({"noise", "--model", model, "--image", scene, "--t", "500", "--seed", "11", "--decode", name,
                            "--quiet", "--out", cli});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const int worst = test::maxChannelDifference(v.decodedImage(), QImage(cli));
            qInfo("tiny-sd15, %s: view vs stipple-cli noise, largest channel difference %d", qPrintable(name), worst);
            QVERIFY2(worst >= 0 && worst <= 1, qPrintable(QString::number(worst)));
        }
        QCOMPARE(v.shownLatentShape().value(1), 4);
    }

    void draggingTQueuesAtMostOneJob() {
        GenerationController c;
        QVERIFY(test::loadModel(c, test::builtinModel()));
        NoisingView v(&c);
        v.show();
        QVERIFY(v.renderScene(kScene, 1));
        QVERIFY(waitShown(v, v.t()));
        const int before = v.jobsQueued();
        int longestQueue = 0;
        // A drag from 0 to T: a value per pixel, with the event loop turning between some of them.
        for (int t = 0; t <= 1000; ++t) {
            v.tSlider()->setValue(t);
            longestQueue = std::max(longestQueue, static_cast<int>(c.queue().size()));
            if (t % 25 == 0) QCoreApplication::processEvents();
        }
        QVERIFY(waitShown(v, 1000));
        const int jobs = v.jobsQueued() - before;
        qInfo("1001 slider positions: %d jobs, queue never longer than %d", jobs, longestQueue);
        QVERIFY(longestQueue <= 1);
        // One job per finished result at most (41 event-loop turns here): far fewer than positions.
        QVERIFY2(jobs >= 1 && jobs <= 100, qPrintable(QString::number(jobs)));
        QCOMPARE(v.shownT(), 1000);  // the latest t wins

        // Behind a running generation: one job waits, takes the latest t while it waits, runs once.
        GenerationJob generation;
        generation.request.prompt = kScene.toStdString();
        generation.request.seeds = {4};
        generation.request.steps = 60;
        generation.outputRoot = out_.path();
        QSignalSpy started(&c, &GenerationController::jobStarted);
        const int generationId = c.enqueue(generation);
        if (c.currentJobId() != generationId) QVERIFY(started.wait(60000));  // it may start inside enqueue
        QCOMPARE(c.currentJobId(), generationId);
        const int queuedBefore = v.jobsQueued();
        longestQueue = 0;
        for (int t = 1000; t >= 0; --t) {
            v.tSlider()->setValue(t);
            longestQueue = std::max(longestQueue, static_cast<int>(c.queue().size()));
        }
        QCOMPARE(c.currentJobId(), generationId);  // the drag ended while the generation still ran
        QVERIFY(waitShown(v, 0));
        qInfo("behind a generation: %d job(s) for 1001 positions", v.jobsQueued() - queuedBefore);
        QCOMPARE(longestQueue, 1);
        QCOMPARE(v.jobsQueued() - queuedBefore, 1);
        QCOMPARE(v.shownT(), 0);
    }

    void predictFirstHidesXtUntilRevealed() {
        GenerationController c;
        QVERIFY(test::loadModel(c, test::builtinModel()));
        NoisingView v(&c);
        v.show();
        QVERIFY(v.renderScene(kScene, 2));
        QVERIFY(waitShown(v, v.t()));
        auto* xt = v.findChild<ImageView*>(QStringLiteral("noisingXt"));
        auto* channels = v.findChild<ImageView*>(QStringLiteral("noisingChannels"));
        auto* predict = v.findChild<QCheckBox*>(QStringLiteral("noisingPredictFirst"));
        auto* reveal = v.findChild<QPushButton*>(QStringLiteral("noisingReveal"));
        QVERIFY(xt && channels && predict && reveal);
        QVERIFY(!xt->image().isNull());
        predict->setChecked(true);
        v.setT(700);
        QVERIFY(waitShown(v, 700));
        // Computed, but not shown until Reveal.
        QVERIFY(!v.decodedImage().isNull());
        QVERIFY(xt->image().isNull());
        QVERIFY(channels->image().isNull());
        QVERIFY(reveal->isEnabled());
        reveal->click();
        QCOMPARE(xt->image(), v.decodedImage());
        QVERIFY(!channels->image().isNull());
        QVERIFY(!reveal->isEnabled());
    }

    void snrCurveIsTheConfigSchedule_data() {
        QTest::addColumn<bool>("zeroSnr");
        QTest::newRow("SD 1.5 scaled_linear") << false;
        QTest::newRow("zero terminal SNR") << true;
    }

    void snrCurveIsTheConfigSchedule() {
        QFETCH(bool, zeroSnr);
        STIPPLE_REQUIRE_SHARED();
        // tiny-sd15 with SD 1.5's own scheduler config (and the zero-SNR rescaling for the second row).
        const QString model = work_.filePath(zeroSnr ? "ztsnr" : "sd15");
        QDir(model).removeRecursively();
        QVERIFY(stipple::test::copy_tree(QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd15")), model));
        std::ifstream in(stipple::test::source_path("resources/configs/stable-diffusion-v1-5/scheduler/scheduler_config.json"));
        nlohmann::json config = nlohmann::json::parse(in);
        QCOMPARE(QString::fromStdString(config["beta_schedule"].get<std::string>()), QString("scaled_linear"));
        if (zeroSnr) config["rescale_betas_zero_snr"] = true;
        {
            std::ofstream out((model + "/scheduler/scheduler_config.json").toStdString());
            out << config.dump(2);
        }
        const QList<double> expected = referenceAlphaBars(config);

        GenerationController c;
        QVERIFY(test::loadModel(c, model));
        NoisingView v(&c);
        const SnrPlot* plot = v.snrPlot();
        QCOMPARE(plot->trainingSteps(), static_cast<int>(expected.size()));
        QCOMPARE(plot->snrs().size(), expected.size() + 1);
        QVERIFY(std::isinf(plot->snrs()[0]));  // t = 0: the clean image
        double worst = 0;
        for (int t = 1; t <= expected.size(); ++t) {
            const double a = expected[t - 1];
            QVERIFY(std::abs(plot->alphaBars()[t] - a) < 1e-6);
            const double snr = a / (1 - a);
            if (snr == 0) {
                QCOMPARE(plot->snrs()[t], 0.0);
                continue;
            }
            worst = std::max(worst, std::abs(plot->snrs()[t] / snr - 1));
        }
        qInfo("largest relative SNR difference over t = 1…%d: %.2e", static_cast<int>(expected.size()), worst);
        QVERIFY(worst < 1e-3);  // ᾱ is computed in float32 in the model: SNR(T−1) ≈ 2e-7 keeps ~4 digits
        QCOMPARE(plot->zeroTerminalSnr(), zeroSnr);
        if (zeroSnr) QCOMPARE(plot->snrs().back(), 0.0);
        else QVERIFY(plot->snrs().back() > 0.004);  // SD's last step keeps ~0.5 % of the image
        const int crossing = referenceCrossing(expected);
        qInfo("SNR falls below 1 at t = %d", crossing);
        QCOMPARE(plot->snrOneCrossing(), crossing);
        QVERIFY(plot->snrs()[crossing] < 1 && plot->snrs()[crossing - 1] >= 1);
        // The same schedule under the main window's timeline comes from the same ModelSummary.
        PreviewPane pane;
        pane.setNoiseSchedule(c.model().alphasCumprod);
        QCOMPARE(pane.snrPlot()->snrOneCrossing(), crossing);
    }

    void timelinePlotTicksEveryStep() {
        MainWindow w;
        w.resize(1200, 860);
        w.show();
        QSignalSpy ready(&w, &MainWindow::modelReady);
        w.openModel(test::builtinModel());
        QVERIFY(ready.wait(120000));
        SnrPlot* plot = w.preview()->snrPlot();
        QCOMPARE(plot->trainingSteps(), 1000);
        QVERIFY(plot->isVisible());

        ParametersPanel* p = w.parameters();
        p->promptEdit()->setPlainText(kScene);
        p->seedEdit()->setText(QStringLiteral("12"));
        p->stepsBox()->setValue(12);
        p->samplerBox()->setCurrentText(QStringLiteral("DPM++ 2M Karras"));
        QSignalSpy finished(&w, &MainWindow::generationFinished);
        w.generate();
        QVERIFY(finished.wait(180000));
        const JobResult result = finished.takeFirst().at(0).value<JobResult>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));

        // The run again on a pipeline of our own, recording the timesteps it reports.
        auto pipeline = stipple::Pipeline::load(test::builtinModel().toStdString());
        TimestepRecorder recorder;
        pipeline->generate(result.images.front().request, &recorder);
        QCOMPARE(recorder.timesteps.size(), 12);

        // Every step frame and the result: one tick per step at its timestep, none for the result.
        const QList<double> ticks = plot->stepTimesteps();
        QCOMPARE(ticks.size(), w.preview()->timelineLength());
        QList<double> stepTicks;
        for (const double t : ticks)
            if (t >= 0) stepTicks << t;
        QCOMPARE(stepTicks.size(), recorder.timesteps.size());
        bool fractional = false;
        for (int i = 0; i < stepTicks.size(); ++i) {
            QVERIFY2(std::abs(stepTicks[i] - recorder.timesteps[i]) < 1e-6,
                     qPrintable(QString("%1 vs %2").arg(stepTicks[i]).arg(recorder.timesteps[i])));
            fractional = fractional || std::abs(stepTicks[i] - std::round(stepTicks[i])) > 1e-3;
        }
        qInfo("Karras timesteps: first %.3f, last %.3f, fractional: %s", stepTicks.front(), stepTicks.back(),
              fractional ? "yes" : "no");
        QVERIFY(stepTicks.front() > stepTicks.back());  // noise first

        // Scrubbing to step 4 marks it: highlighted tick, current t at the noising step of its ᾱ.
        w.preview()->timelineSlider()->setValue(3);
        QCOMPARE(plot->highlightedStep(), 3);
        QVERIFY(std::abs(plot->currentT() - (stepTicks[3] + 1)) < 1e-9);
        // The result frame has no timestep: no t marked.
        w.preview()->timelineSlider()->setValue(w.preview()->timelineSlider()->maximum());
        QCOMPARE(plot->currentT(), -1.0);
        w.preview()->timelineSlider()->setValue(5);
        test::saveScreenshot(w.preview(), "timeline-snr");

        // The toggle hides and shows it.
        w.preview()->snrToggle()->click();
        QVERIFY(!plot->isVisible());
        w.preview()->snrToggle()->click();
        QVERIFY(plot->isVisible());

        // Classroom ▸ Forward noising… opens the view on the image the preview shows.
        QAction* open = nullptr;
        for (QAction* a : w.findChildren<QAction*>())
            if (a->text() == NoisingView::tr("&Forward noising…") || a->text() == MainWindow::tr("&Forward noising…")) open = a;
        QVERIFY(open);
        open->trigger();
        auto* view = w.findChild<NoisingView*>();
        QVERIFY(view && view->isVisible());
        QCOMPARE(test::maxChannelDifference(view->sourceImage(), w.preview()->currentImage()), 0);
        QVERIFY(waitShown(*view, view->t()));
        open->trigger();  // again: the same window
        QCOMPARE(w.findChildren<NoisingView*>().size(), 1);
    }
};

QTEST_MAIN(NoisingViewTest)
#include "test_ui_noising_view.moc"
