// Model as a sweep axis (compare checkpoints on a fixed seed grid): model values are paths as a
// user gives them (one per line, or a quoted list), labelled by file name on the grid; the cells
// run grouped by model so each model loads once, one at a time, and each cell equals the single
// generation on that model; a mistyped path stops the sweep before any load; and the CLI's grid
// and cell PNGs name, per cell, the model that drew it.
#include "common/error.h"
#include "image/png_text.h"
#include "pipeline/pipeline.h"
#include "teach/sweep_axis.h"
#include "teach/sweep_export.h"
#include "teach/sweep_plan.h"
#include "teach/sweep_run.h"
#include "support/fixtures.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple;

namespace {

std::string sd15() { return test::shared_path("fixtures/models/tiny-sd15"); }
std::string sd2v() { return test::shared_path("fixtures/models/tiny-sd2v"); }

GenerationRequest small_request() {
    GenerationRequest r;
    r.prompt = "a red circle on a blue square";
    r.steps = 2;
    r.width = r.height = 64;
    r.guidance_scale = 5.0;
    r.seeds = {21};
    return r;
}

// Loads like the front ends: the model before is freed first (one Pipeline at a time).
struct CountingLoader {
    std::unique_ptr<Pipeline> pipeline;
    std::vector<std::string> loads;
    Pipeline& operator()(const std::string& model) {
        pipeline.reset();
        loads.push_back(model);
        pipeline = Pipeline::load(model);
        return *pipeline;
    }
};

}  // namespace

class PipelineModelSweepTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelValuesAreThePathsGiven() {
        const auto lines = parse_sweep_axis(SweepAxisKind::Model, "models/a.safetensors\n\n  /m/sd 2, v/  \n").values;
        QCOMPARE(lines, (std::vector<std::string>{"models/a.safetensors", "/m/sd 2, v/"}));  // a comma in a path stays
        const auto list = parse_sweep_axis(SweepAxisKind::Model, "a.safetensors, \"b, c.safetensors\"").values;
        QCOMPARE(list, (std::vector<std::string>{"a.safetensors", "b, c.safetensors"}));
        QCOMPARE(parse_sweep_axis_kind("checkpoint"), SweepAxisKind::Model);
        QCOMPARE(parse_sweep_axis_kind("Model"), SweepAxisKind::Model);
        // On the grid a model is its file or folder name.
        QCOMPARE(sweep_value_label(SweepAxisKind::Model, "/m/dreamshaper_8.safetensors"), std::string("dreamshaper_8"));
        QCOMPARE(sweep_value_label(SweepAxisKind::Model, "/m/tiny-sd2v/"), std::string("tiny-sd2v"));
        QCOMPARE(sweep_value_label(SweepAxisKind::Steps, "20"), std::string("20"));
        QVERIFY_THROWS_EXCEPTION(Error, parse_sweep_axis(SweepAxisKind::Model, " \n "));
        QVERIFY_THROWS_EXCEPTION(Error, parse_sweep_axis(SweepAxisKind::Model, "a,,b"));
        QVERIFY_THROWS_EXCEPTION(Error, parse_sweep_axis(SweepAxisKind::Model, std::string(5000, 'x')));
        // Model is a listed axis, so the dialog and the CLI offer it.
        const auto kinds = all_sweep_axis_kinds();
        QVERIFY(std::find(kinds.begin(), kinds.end(), SweepAxisKind::Model) != kinds.end());
    }

    // The "each cell loads through the one pipeline, one model at a time".
    void cellsRunGroupedByModelAndEqualSingles() {
        STIPPLE_REQUIRE_SHARED();
        const SweepAxis x = parse_sweep_axis(SweepAxisKind::Model, sd15() + "\n" + sd2v());
        const SweepAxis y = parse_sweep_axis(SweepAxisKind::Seed, "3, 4");
        const SweepPlan plan = make_sweep_plan(small_request(), x, y);
        QCOMPARE(plan.models(), (std::vector<std::string>{sd15(), sd2v()}));
        QCOMPARE(plan.cells[1].model, sd2v());  // row 0, column 1
        QVERIFY(plan.cells[1].request.seeds == std::vector<uint64_t>{3});

        struct Watch : SweepObserver {
            std::vector<int> order;
            std::vector<std::pair<int, int>> loading;  // (index, count)
            void on_cell_done(int cell, const GenerationResult&) override { order.push_back(cell); }
            void on_model_loading(int, const std::string&, int index, int count) override { loading.push_back({index, count}); }
        } watch;
        CountingLoader loader;
        const SweepResult result = run_sweep(std::ref(loader), plan, &watch);
        QCOMPARE(result.cells_done, 4);
        // Each model loaded once although its cells alternate in plan order.
        QCOMPARE(loader.loads, (std::vector<std::string>{sd15(), sd2v()}));
        QCOMPARE(watch.order, (std::vector<int>{0, 2, 1, 3}));
        QCOMPARE(watch.loading, (std::vector<std::pair<int, int>>{{0, 2}, {1, 2}}));

        // Each cell equals the single generation on its model.
        for (const std::string& model : {sd15(), sd2v()}) {
            auto alone = Pipeline::load(model);
            for (size_t i = 0; i < plan.cells.size(); ++i) {
                if (plan.cells[i].model != model) continue;
                const GenerationResult single = alone->generate(plan.cells[i].request);
                QVERIFY2(single.images[0].rgb == result.cells[i].images[0].rgb,
                         qPrintable(QString("cell %1 differs from its single generation").arg(i)));
            }
        }
        // The models really differ (the axis did something).
        QVERIFY(result.cells[0].images[0].rgb != result.cells[1].images[0].rgb);

        // The grid is labelled with the model names, the record keeps the paths.
        const GridAxisLabels labels = sweep_x_labels(plan);
        QCOMPARE(labels.title, std::string("Model"));
        QCOMPARE(labels.values, (std::vector<std::string>{"tiny-sd15", "tiny-sd2v"}));
    }

    void aMistypedModelStopsBeforeAnyLoad() {
        STIPPLE_REQUIRE_SHARED();
        const std::string missing = sd15() + "-typo";
        const SweepPlan plan =
            make_sweep_plan(small_request(), parse_sweep_axis(SweepAxisKind::Model, sd15() + "\n" + missing), std::nullopt);
        CountingLoader loader;
        try {
            run_sweep(std::ref(loader), plan);
            QFAIL("a missing model ran");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find(missing) != std::string::npos, e.what());
        }
        QVERIFY(loader.loads.empty());
        // Without a loader a Model sweep is refused, not run on the wrong model.
        auto pipeline = Pipeline::load(sd15());
        const SweepPlan two = make_sweep_plan(small_request(), parse_sweep_axis(SweepAxisKind::Model, sd15() + "\n" + sd2v()),
                                              std::nullopt);
        QVERIFY_THROWS_EXCEPTION(Error, run_sweep(*pipeline, two));
    }

    // Every cell's infotext names the model that drew it: the grid's record and the cell PNGs.
    void cliCellsNameTheirOwnModel() {
        STIPPLE_REQUIRE_SHARED();
        const QString cli = qEnvironmentVariable("STIPPLE_CLI");
        if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir dir;
        const QString out = dir.filePath("models.png"), cells = dir.filePath("cells");
        QProcess p;
        p.start(cli, {"sweep", "--prompt", "a red circle", "--seed", "5", "--steps", "2", "--width", "64", "--height", "64",
                      "--x", "model", "--x-values", QString::fromStdString(sd15() + "," + sd2v()), "--cells-dir", cells,
                      "--quiet", "--out", out});
        QVERIFY(p.waitForFinished(180000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const SweepRecord record = read_sweep_grid_record(out.toStdString());
        QCOMPARE(record.x_title, std::string("Model"));
        QCOMPARE(record.cells.size(), size_t(2));
        QVERIFY2(record.cells[0].parameters.find("Model: tiny-sd15") != std::string::npos, record.cells[0].parameters.c_str());
        QVERIFY2(record.cells[1].parameters.find("Model: tiny-sd2v") != std::string::npos, record.cells[1].parameters.c_str());
        const std::string cell1 = png_text_value(read_png_text_file(QDir(cells).filePath("cell-00-01.png").toStdString()), "parameters");
        QVERIFY2(cell1.find("Model: tiny-sd2v") != std::string::npos, cell1.c_str());

        // A mistyped model: exit 2, one line naming it, nothing written.
        const QString bad = dir.filePath("bad.png");
        p.start(cli, {"sweep", "--prompt", "x", "--x", "model", "--x-values", QString::fromStdString(sd15() + "-typo"),
                      "--out", bad});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains("-typo") && err.trimmed().count('\n') == 0, qPrintable(err));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_GUILESS_MAIN(PipelineModelSweepTest)
#include "test_pipeline_model_sweep.moc"
