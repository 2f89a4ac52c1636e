// Classroom ▸ Guidance view on the built-in model: at the run's scale every stored step shows the
// pipeline's own guided estimate of that step; re-guided at another scale, the first step shows what
// a run at that scale computes (same x_T, so the same step); re-guiding makes no UNet call (the
// worker's pipeline counts them) while the run makes one per step; the four panes are filled and
// the difference pane is not blank; abort keeps the steps so far; Classroom ▸ Guidance view… runs the
// window's parameters; a scale of 1 is refused.
#include "generation_controller.h"
#include "guidance_view.h"
#include "image_convert.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "pipeline/stable_diffusion.h"
#include "service/generation_service.h"
#include "support/fixtures.h"
#include "support/screenshot.h"
#include "support/ui_support.h"
#include "worker_task.h"

#include <QDoubleSpinBox>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <filesystem>
#include <memory>

using namespace stipple::ui;

namespace {

stipple::GenerationRequest request(double scale) {
    stipple::GenerationRequest r;
    r.prompt = "a red circle in the center on a blue background";
    r.negative_prompt = "";
    r.steps = 10;
    r.guidance_scale = scale;
    r.seeds = {20240611};
    return r;  // the model's size and sampler (DPM++ 2M Karras, v-prediction)
}

// Runs a job in the controller's queue and waits for it.
bool runJob(GenerationController& c, std::shared_ptr<WorkerTask> task) {
    QSignalSpy finished(&c, &GenerationController::jobFinished);
    GenerationJob job;
    job.kind = JobKind::Task;
    job.task = std::move(task);
    const int id = c.enqueue(job);
    for (;;) {
        if (finished.isEmpty() && !finished.wait(180000)) return false;
        const JobResult r = finished.takeFirst().at(0).value<JobResult>();
        if (r.jobId == id) return r.error.isEmpty();
    }
}

// The UNet calls of the worker's pipeline so far.
class CountUnetCalls final : public WorkerTask {
public:
    QString title() const override { return QStringLiteral("count"); }
    void run(stipple::GenerationService& service, TaskContext&) override {
        auto* sd = dynamic_cast<stipple::StableDiffusionPipeline*>(&service.pipeline());
        calls = sd ? sd->unet_calls() : -1;
    }
    int64_t calls = -1;
};

// The pipeline's own guided estimate of every step of a run at a scale, previewed as the app does
// (on the worker, with the loaded model: the reference the view must match).
class ReferenceRun final : public WorkerTask {
public:
    explicit ReferenceRun(stipple::GenerationRequest r) : request_(std::move(r)) {}
    QString title() const override { return QStringLiteral("reference"); }
    void run(stipple::GenerationService& service, TaskContext&) override {
        struct Keep final : stipple::StepObserver {
            stipple::Pipeline* pipeline = nullptr;
            QList<QImage> images;
            void on_step(const stipple::StepInfo& info) override {
                images << to_qimage(pipeline->preview(info.denoised, stipple::PreviewMethod::Fast, 0));
            }
        } keep;
        keep.pipeline = &service.pipeline();
        service.pipeline().generate(request_, &keep);
        steps = keep.images;
    }
    QList<QImage> steps;

private:
    stipple::GenerationRequest request_;
};

int64_t unetCalls(GenerationController& c) {
    auto count = std::make_shared<CountUnetCalls>();
    return runJob(c, count) ? count->calls : -1;
}

// Waits until the guided pane shows the step shown at `scale`.
bool waitGuided(GuidanceView& v, double scale) {
    auto done = [&] { return !v.reguidePending() && v.guidedImageScale() == scale && v.guidedImageStep() == v.stepShown(); };
    for (int i = 0; i < 200 && !done(); ++i) {
        QSignalSpy changed(&v, &GuidanceView::guidedImageChanged);
        changed.wait(1000);
    }
    return done();
}

}  // namespace

class GuidanceViewTest : public QObject {
    Q_OBJECT
    std::unique_ptr<GenerationController> controller_;
    QTemporaryDir data_, out_;

private Q_SLOTS:
    void initTestCase() {
        test::useScreenshotLanguage();
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());  // no settings or history of the user's
        qputenv("STIPPLE_OUTPUT_DIR", out_.path().toUtf8());
        if (!std::filesystem::is_regular_file(stipple::builtin_model_dir() + "/unet/diffusion_pytorch_model.safetensors"))
            QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
        controller_ = std::make_unique<GenerationController>();
        QVERIFY(test::loadModel(*controller_, test::builtinModel()));
    }
    void cleanupTestCase() { controller_.reset(); }

    void guidedImageIsThePipelinesCfgResultAndReguidingRunsNoUnet() {
        const double s0 = 7.5, s1 = 2.0;
        GuidanceView view(request(s0), controller_.get());
        view.show();
        const int64_t beforeRun = unetCalls(*controller_);
        QVERIFY(beforeRun >= 0);
        QSignalSpy finished(&view, &GuidanceView::runFinished);
        QVERIFY(view.start());
        QVERIFY(view.isRunning());
        QVERIFY(finished.wait(180000));
        QVERIFY2(view.errorMessage().isEmpty(), qPrintable(view.errorMessage()));
        QCOMPARE(view.storedSteps(), 10);
        const int64_t afterRun = unetCalls(*controller_);
        // One batched UNet call (prompt and negative together) per step: the counter counts.
        QCOMPARE(afterRun - beforeRun, int64_t{10});

        // The pipeline's own runs at s0 and s1 (more UNet calls, counted before re-guiding starts).
        auto at0 = std::make_shared<ReferenceRun>(request(s0));
        auto at1 = std::make_shared<ReferenceRun>(request(s1));
        QVERIFY(runJob(*controller_, at0));
        QVERIFY(runJob(*controller_, at1));
        QCOMPARE(at0->steps.size(), 10);

        // At the run's scale, every step's guided pane is the pipeline's estimate of that step.
        for (int k = 0; k < 10; ++k) {
            view.showStep(k);
            QCOMPARE(view.guidedImageScale(), s0);
            QVERIFY2(test::maxChannelDifference(view.guidedImage(), at0->steps[k]) == 0, qPrintable(QString("step %1").arg(k + 1)));
            QVERIFY(!view.promptImage().isNull() && !view.negativeImage().isNull() && !view.differenceImage().isNull());
        }

        const int64_t beforeReguide = unetCalls(*controller_);
        // Step 1 starts from the same x_T at every scale: re-guided at s1 it is the s1 run's step 1.
        view.showStep(0);
        view.setGuidance(s1);
        QVERIFY(waitGuided(view, s1));
        const int diff1 = test::maxChannelDifference(view.guidedImage(), at1->steps[0]);
        qInfo("step 1 re-guided at %.1f vs the pipeline's run at %.1f: max channel difference %d", s1, s1, diff1);
        QVERIFY2(diff1 >= 0 && diff1 <= 1, qPrintable(QString("max difference %1").arg(diff1)));
        // ... and clearly not the s0 picture (the check can fail).
        const int apart = test::maxChannelDifference(at0->steps[0], at1->steps[0]);
        qInfo("the s0 and s1 pictures of step 1 differ by up to %d", apart);
        QVERIFY(apart > 10);
        // More re-guiding: other steps and scales, then back to the run's own.
        view.showStep(6);
        QVERIFY(waitGuided(view, s1));
        view.setGuidance(12.0);
        QVERIFY(waitGuided(view, 12.0));
        QVERIFY(test::maxChannelDifference(view.guidedImage(), at0->steps[6]) > 0);
        view.setGuidance(s0);
        QCOMPARE(view.guidedImageScale(), s0);
        QCOMPARE(test::maxChannelDifference(view.guidedImage(), at0->steps[6]), 0);
        QCOMPARE(unetCalls(*controller_), beforeReguide);

        view.showStep(4);
        view.setGuidance(s0);
        test::saveScreenshot(&view, QStringLiteral("guidance-view"));
    }

    void differenceShowsWhatThePromptAdds() {
        GuidanceView view(request(7.5), controller_.get());
        QSignalSpy finished(&view, &GuidanceView::runFinished);
        QVERIFY(view.start());
        QVERIFY(finished.wait(180000));
        // At the first step (pure noise in) the prompt's estimate and the empty prompt's differ most
        // (by the last step both have converged on the same picture); the difference pane is coloured.
        view.showStep(0);
        QVERIFY(test::maxChannelDifference(view.promptImage(), view.negativeImage()) > 20);
        const QImage d = view.differenceImage().convertToFormat(QImage::Format_RGB888);
        int coloured = 0;
        for (int y = 0; y < d.height(); ++y)
            for (int x = 0; x < d.width(); ++x) {
                const QRgb p = d.pixel(x, y);
                if (std::abs(qRed(p) - qBlue(p)) > 60) ++coloured;
            }
        QVERIFY2(coloured > d.width() * d.height() / 50, qPrintable(QString("%1 coloured pixels").arg(coloured)));
    }

    void abortKeepsTheStepsSoFar() {
        stipple::GenerationRequest r = request(7.5);
        r.steps = 150;  // far more than the few the abort lets run
        GuidanceView view(r, controller_.get());
        QSignalSpy finished(&view, &GuidanceView::runFinished);
        QVERIFY(view.start());
        for (int i = 0; i < 600 && view.storedSteps() < 2; ++i) QTest::qWait(20);
        QVERIFY(view.storedSteps() >= 2);
        view.abort();
        QVERIFY(finished.wait(60000));
        QVERIFY(!view.isRunning());
        QVERIFY(view.storedSteps() >= 2 && view.storedSteps() < 150);
        view.showStep(1);
        QCOMPARE(view.stepShown(), 1);
        QVERIFY(!view.guidedImage().isNull());
    }

    // Classroom ▸ Guidance view… runs the main window's parameters of the moment.
    void menuOpensTheViewWithTheWindowsParameters() {
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::modelReady);
        w.openModel(test::builtinModel());
        QVERIFY(ready.wait(120000));
        w.parameters()->stepsBox()->setValue(6);
        w.parameters()->cfgBox()->setValue(5.0);
        QAction* entry = nullptr;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (a->text() == GuidanceView::tr("&Guidance view…") || a->text() == MainWindow::tr("&Guidance view…")) entry = a;
        QVERIFY2(entry, "no Classroom ▸ Guidance view… entry");
        entry->trigger();
        auto* view = w.findChild<GuidanceView*>();
        QVERIFY(view);
        QSignalSpy finished(view, &GuidanceView::runFinished);
        QVERIFY(view->isRunning());
        QVERIFY(finished.wait(180000));
        QCOMPARE(view->storedSteps(), 6);
        QCOMPARE(view->runScale(), 5.0);
        view->close();
    }

    // The same on a Stable Diffusion model (tiny-sd15: SD 1.5's architecture and latent space,
    // CLIP, epsilon prediction, PNDM, previews by latent->RGB): the guided pane at the run's scale is
    // the pipeline's estimate, and re-guided at another scale step 1 is that scale's run. Puts the
    // built-in model back afterwards.
    void worksWithAStableDiffusionModel() {
        STIPPLE_REQUIRE_SHARED();
        QVERIFY(test::loadModel(*controller_, QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd15"))));
        stipple::GenerationRequest r = request(7.5);
        r.width = r.height = 64;
        r.steps = 6;
        GuidanceView view(r, controller_.get());
        QSignalSpy finished(&view, &GuidanceView::runFinished);
        QVERIFY(view.start());
        QVERIFY(finished.wait(180000));
        QVERIFY2(view.errorMessage().isEmpty(), qPrintable(view.errorMessage()));
        // PNDM's PLMS runs one loop iteration more than its steps (its warm-up): one stored per iteration.
        const int n = view.storedSteps();
        QCOMPARE(n, 7);
        stipple::GenerationRequest other = r;
        other.guidance_scale = 2.0;
        auto at0 = std::make_shared<ReferenceRun>(r);
        auto at1 = std::make_shared<ReferenceRun>(other);
        QVERIFY(runJob(*controller_, at0));
        QVERIFY(runJob(*controller_, at1));
        QCOMPARE(at0->steps.size(), n);
        for (int k = 0; k < n; ++k) {
            view.showStep(k);
            QCOMPARE(test::maxChannelDifference(view.guidedImage(), at0->steps[k]), 0);
        }
        const int64_t before = unetCalls(*controller_);
        view.showStep(0);
        view.setGuidance(2.0);
        QVERIFY(waitGuided(view, 2.0));
        const int diff = test::maxChannelDifference(view.guidedImage(), at1->steps[0]);
        QVERIFY2(diff >= 0 && diff <= 1, qPrintable(QString("max difference %1").arg(diff)));
        QVERIFY(test::maxChannelDifference(at0->steps[0], at1->steps[0]) > 0);
        QCOMPARE(unetCalls(*controller_), before);
        QVERIFY(test::loadModel(*controller_, test::builtinModel()));
    }

    void scaleOfOneIsRefused() {
        GuidanceView view(request(1.0), controller_.get());
        QVERIFY(!view.start());
        QVERIFY(!view.isRunning());
        QVERIFY(view.errorMessage().contains(QStringLiteral("above 1")));
    }
};

QTEST_MAIN(GuidanceViewTest)
#include "test_ui_guidance_view.moc"
