// eval-builtin on held-out samples of the shipped Stipple Shapes model (skipped with a message when
// the weights are absent): the checker runs end to end and every attribute the model card reports
// stays near its measured value (a regression guard; see resources/models/stipple-shapes/README.md).
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "schedulers/scheduler_registry.h"
#include "support/fixtures.h"
#include "training/builtin_eval.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace {

// `stipple-cli eval-builtin --samples 400` on the shipped weights at the model's recommended
// sampler settings (DPM++ 2M Karras, 15 steps, CFG 3; the model card's table).
constexpr double MEASURED_BACKGROUND = 1.000;
constexpr double MEASURED_COLOR = 0.979;
constexpr double MEASURED_SHAPE = 0.919;
constexpr double MEASURED_SIZE = 1.000;
constexpr double MEASURED_POSITION = 1.000;
constexpr double MEASURED_EXTRA = 0.013;           // one-object prompts with a second object drawn
constexpr double MEASURED_COLORS_PRESENT = 0.945;  // two objects, both colors
constexpr double MEASURED_BOUND = 0.794;           // two objects, each with its color and shape
constexpr double MEASURED_PLACEMENT = 0.927;
// The same with --position-first ("in the top left a red star on a blue background"), trained since
// the fourth run; before it such a prompt drew a second object 53.5 % of the time.
constexpr double MEASURED_POSITION_FIRST_EXTRA = 0.012;
constexpr double MEASURED_POSITION_FIRST_ALL = 0.873;  // one object, every attribute right

// A regression guard: `got` may fall short of a 400-sample measurement `p` by no more than three
// standard errors of the test's own `n` samples (p(1-p) floored at 5 %·95 %, so a measurement of
// 100 % or 0 % still leaves room for one unlucky sample).
double guard_margin(double p, int n) { return 3 * std::sqrt(std::max(p * (1 - p), 0.05 * 0.95) / n); }

std::string shipped_model_dir() { return stipple::test::source_path("resources/models/stipple-shapes"); }
bool shipped_weights_present() {
    return std::filesystem::is_regular_file(shipped_model_dir() + "/unet/diffusion_pytorch_model.safetensors");
}

// Keeps the preview of the last step, as the app's live preview shows it.
class LastPreview final : public stipple::StepObserver {
public:
    explicit LastPreview(stipple::Pipeline& pipeline) : pipeline_(pipeline) {}
    void on_step(const stipple::StepInfo& info) override {
        if (info.step == info.total) image = pipeline_.preview(info.denoised, stipple::PreviewMethod::Fast, 0);
    }
    stipple::Image image;

private:
    stipple::Pipeline& pipeline_;
};

}  // namespace

class BuiltinEval : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // A regression guard, not the targets: each attribute must stay within three standard errors
    // (of this test's own sample count) of what the 400-sample `stipple-cli eval-builtin` measured for
    // the shipped weights (the model card's table). Whether the targets are met is what the
    // model card and eval-builtin report.
    void shippedModelFollowsPrompts() {
        const std::string dir = stipple::test::source_path("resources/models/stipple-shapes");
        if (!std::filesystem::is_regular_file(dir + "/unet/diffusion_pytorch_model.safetensors"))
            QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
        stipple::training::EvalOptions o;
        o.model_dir = dir;
        o.samples = 160;
        o.seed = 77;
        o.log = [](const std::string&) {};
        const auto r = stipple::training::evaluate_builtin(o);
        qInfo("%s", stipple::training::format_report(r).c_str());
        QCOMPARE(r.one_object + r.two_objects, 160);
        QVERIFY(r.one_object > 0 && r.two_objects > 0);
        // Measured by `stipple-cli eval-builtin --samples 400` on the shipped weights (model card).
        struct Guard {
            const char* what;
            const stipple::training::Tally& tally;
            double measured;
            bool lower_is_better = false;
        };
        const Guard guards[] = {
            {"background", r.background, MEASURED_BACKGROUND},
            {"object color", r.color, MEASURED_COLOR},
            {"shape", r.shape, MEASURED_SHAPE},
            {"size", r.size, MEASURED_SIZE},
            {"position", r.position, MEASURED_POSITION},
            {"a second object drawn", r.extra_object, MEASURED_EXTRA, true},
            {"two objects: both colors", r.colors_present, MEASURED_COLORS_PRESENT},
            {"two objects: colors and shapes", r.bound, MEASURED_BOUND},
            {"two objects: placement", r.placement, MEASURED_PLACEMENT},
        };
        for (const Guard& g : guards) {
            QVERIFY2(g.tally.total >= 20, g.what);
            const double p = g.measured;
            const double margin = guard_margin(p, g.tally.total);
            const double got = g.tally.rate();
            qInfo("%-32s %5.1f %%  (400-sample measurement %5.1f %%, margin %4.1f %% over %d samples)", g.what, 100 * got,
                  100 * p, 100 * margin, g.tally.total);
            const QByteArray msg = QByteArray(g.what) + ": " + QByteArray::number(100 * got, 'f', 1) + " % vs " +
                                   QByteArray::number(100 * p, 'f', 1) + " % measured";
            if (g.lower_is_better) QVERIFY2(got <= p + margin, msg.constData());
            else QVERIFY2(got >= p - margin, msg.constData());
        }
        QVERIFY(r.latency_ms > 0);
    }

    // Prompts said position first are one object in the named place (they drew a second object half
    // the time before the fourth training run taught the order). A regression guard like the above.
    void positionFirstPromptsDrawOneObject() {
        if (!shipped_weights_present()) QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
        stipple::training::EvalOptions o;
        o.model_dir = shipped_model_dir();
        o.samples = 120;
        o.seed = 78;
        o.order = stipple::scenes::WordOrder::PositionFirst;
        o.latency_runs = 0;
        o.log = [](const std::string&) {};
        const auto r = stipple::training::evaluate_builtin(o);
        qInfo("%s", stipple::training::format_report(r).c_str());
        QVERIFY(r.extra_object.total >= 40);
        const double extra_margin = guard_margin(MEASURED_POSITION_FIRST_EXTRA, r.extra_object.total);
        const double all_margin = guard_margin(MEASURED_POSITION_FIRST_ALL, r.all_one.total);
        QVERIFY2(r.extra_object.rate() <= MEASURED_POSITION_FIRST_EXTRA + extra_margin,
                 qPrintable(QString("a second object in %1 %").arg(100 * r.extra_object.rate())));
        QVERIFY2(r.all_one.rate() >= MEASURED_POSITION_FIRST_ALL - all_margin,
                 qPrintable(QString("every attribute right in %1 %").arg(100 * r.all_one.rate())));
    }

    // Every sampler of the menu draws what the default one draws with this model: the background
    // and the object colour it reads from the prompt. DDIM and DDPM drew garbage while the shipped
    // scheduler config lacked clip_sample=false (diffusers then clips this model's x0 to [-1, 1]).
    void everySamplerDrawsTheScene() {
        if (!shipped_weights_present()) QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
        stipple::training::EvalOptions o;
        o.model_dir = shipped_model_dir();
        o.samples = 24;
        o.seed = 91;
        o.two_object_share = 0;
        o.latency_runs = 0;
        o.log = [](const std::string&) {};
        const auto reference = stipple::training::evaluate_builtin(o);
        qInfo("default (%s): background %.0f %%, colour %.0f %%", o.scheduler.c_str(), 100 * reference.background.rate(),
              100 * reference.color.rate());
        for (const auto& row : stipple::sampler_registry()) {
            o.scheduler = row.label;
            const auto r = stipple::training::evaluate_builtin(o);
            qInfo("%-26s background %3.0f %%, colour %3.0f %%", row.label, 100 * r.background.rate(), 100 * r.color.rate());
            const QByteArray what = QByteArray(row.label) + ": background " + QByteArray::number(r.background.rate()) +
                                    ", colour " + QByteArray::number(r.color.rate());
            QVERIFY2(r.background.rate() >= reference.background.rate() - 0.15, what.constData());
            // PLMS draws the object colour worse than every other sampler with the shipped model
            // (71 % on these 24 samples against the default sampler's 88 %, at the recommended 15
            // steps and CFG 3; 63 % against 92 % with the third run's weights, an XFAIL then); the
            // model card says so under Limits.
            QVERIFY2(r.color.rate() >= reference.color.rate() - 0.2, what.constData());
            QVERIFY2(r.background.rate() >= 0.8, what.constData());
            QVERIFY2(r.color.rate() >= 0.5, what.constData());
        }
    }

    // The live preview of the last step is the picture the result will be: with the built-in
    // model the fast preview is its own (cheap) VAE, since SD's latent->RGB factors turned a blue
    // background cyan and a yellow star purple.
    void lastStepPreviewHasTheResultsColours() {
        if (!shipped_weights_present()) QSKIP("the built-in model's weights are absent (resources/models/stipple-shapes)");
        auto pipeline = stipple::Pipeline::load(shipped_model_dir());
        QVERIFY(pipeline->info().previews_with_vae);
        for (const char* prompt : {"a yellow star on a blue background", "a big red circle in the top left on a white background"}) {
            stipple::GenerationRequest r;
            r.prompt = prompt;
            r.seeds = {5};
            r.steps = 12;
            LastPreview last(*pipeline);
            const stipple::GenerationResult result = pipeline->generate(r, &last);
            QVERIFY(!last.image.empty());
            const double d = stipple::test::mean_abs_difference(last.image, result.images.front());
            qInfo("%s: last-step preview differs from the result by %.2f per channel value", prompt, d);
            QVERIFY2(d < 3.0, qPrintable(QString::number(d)));
        }
    }
};

QTEST_GUILESS_MAIN(BuiltinEval)
#include "test_builtin_eval.moc"
