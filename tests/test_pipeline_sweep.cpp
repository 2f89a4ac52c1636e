// X/Y sweeps: the value syntax a user types (ranges, quoted lists) parses to the values they mean
// and nonsense is refused with a message naming it; a 2x3 sweep on a tiny model gives exactly the
// 6 images of the 6 single generations; the exported grid PNG lists every cell's parameters and
// each cell can be cut out of it and reused; `stipple-cli sweep` makes the labelled grid.
#include "common/error.h"
#include "image/image_io.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "pipeline/pipeline.h"
#include "teach/sweep_axis.h"
#include "teach/sweep_export.h"
#include "teach/sweep_plan.h"
#include "teach/sweep_run.h"
#include "support/fixtures.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple;

namespace {

std::vector<std::string> values(SweepAxisKind kind, const std::string& text) {
    return parse_sweep_axis(kind, text).values;
}

std::string tiny_sd() { return test::shared_path("fixtures/models/tiny-sd15"); }

GenerationRequest small_request() {
    GenerationRequest r;
    r.prompt = "a red circle on a blue square";
    r.negative_prompt = "blurry";
    r.steps = 3;
    r.width = r.height = 64;
    r.guidance_scale = 6.0;
    r.seeds = {11};
    return r;
}

// The pixels of `rect` in `image`.
Image crop(const Image& image, const GridRect& rect) {
    Image out;
    out.width = rect.width;
    out.height = rect.height;
    for (int y = 0; y < rect.height; ++y) {
        const auto* row = image.rgb.data() + (static_cast<size_t>(rect.y + y) * image.width + rect.x) * 3;
        out.rgb.insert(out.rgb.end(), row, row + rect.width * 3);
    }
    return out;
}

}  // namespace

class PipelineSweepTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rangesAndListsParseToTheValuesMeant() {
        // The classroom sweeps: steps 1-96:5 and guidance 2-20:3.
        const auto steps = values(SweepAxisKind::Steps, "1-96:5");
        QCOMPARE(steps.size(), size_t(20));
        QCOMPARE(steps.front(), std::string("1"));
        QCOMPARE(steps[1], std::string("6"));
        QCOMPARE(steps.back(), std::string("96"));
        QCOMPARE(values(SweepAxisKind::Guidance, "2-20:3"),
                 (std::vector<std::string>{"2", "5", "8", "11", "14", "17", "20"}));
        QCOMPARE(values(SweepAxisKind::Guidance, "7.5, 1-2:0.1").size(), size_t(12));
        QCOMPARE(values(SweepAxisKind::Guidance, "1-2:0.1")[3], std::string("1.3"));  // no 1.3000000000000003
        QCOMPARE(values(SweepAxisKind::Guidance, "2-8[4]"), (std::vector<std::string>{"2", "4", "6", "8"}));
        QCOMPARE(values(SweepAxisKind::Steps, "10-20[3], 30"), (std::vector<std::string>{"10", "15", "20", "30"}));
        QCOMPARE(values(SweepAxisKind::Steps, "5-1"), (std::vector<std::string>{"5", "4", "3", "2", "1"}));
        QCOMPARE(values(SweepAxisKind::Steps, "1-10:4"), (std::vector<std::string>{"1", "5", "9"}));
        QCOMPARE(values(SweepAxisKind::Seed, "6421725739674010-6421725739674012"),
                 (std::vector<std::string>{"6421725739674010", "6421725739674011", "6421725739674012"}));
        QCOMPARE(values(SweepAxisKind::Scheduler, "\"Euler a\", \"DPM++ 2M Karras\""),
                 (std::vector<std::string>{"Euler a", "DPM++ 2M Karras"}));
        QCOMPARE(values(SweepAxisKind::Scheduler, "DDIM, EulerDiscreteScheduler"),
                 (std::vector<std::string>{"DDIM", "EulerDiscreteScheduler"}));
        QCOMPARE(values(SweepAxisKind::Size, "512x768, 64, 128-256:64"),
                 (std::vector<std::string>{"512x768", "64x64", "128x128", "192x192", "256x256"}));
        QCOMPARE(values(SweepAxisKind::Prompt, "a cat, sitting\n\n a dog, running \n"),
                 (std::vector<std::string>{"a cat, sitting", "a dog, running"}));
        QVERIFY(parse_sweep_axis_kind("Guidance") == SweepAxisKind::Guidance);
        QVERIFY(parse_sweep_axis_kind("sampler") == SweepAxisKind::Scheduler);
    }

    void nonsenseIsRefusedNamingIt_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        const int steps = int(SweepAxisKind::Steps), cfg = int(SweepAxisKind::Guidance),
                  sampler = int(SweepAxisKind::Scheduler), size = int(SweepAxisKind::Size),
                  seed = int(SweepAxisKind::Seed), prompt = int(SweepAxisKind::Prompt);
        QTest::newRow("zero step") << steps << "1-96:0" << "1-96:0";
        QTest::newRow("word") << steps << "many" << "many";
        QTest::newRow("open range") << steps << "1-" << "1-";
        QTest::newRow("colon, no step") << steps << "1-9:" << "1-9:";
        QTest::newRow("zero steps") << steps << "0, 5" << "0";
        QTest::newRow("too many steps") << steps << "1-5000:1000" << "1–1000";
        QTest::newRow("fractional steps") << steps << "2.5" << "2.5";
        QTest::newRow("float range without step") << cfg << "2-20" << "2-20";
        QTest::newRow("negative cfg") << cfg << "-3" << "-3";
        QTest::newRow("cfg above 100") << cfg << "50-150:50" << "50-150:50";
        QTest::newRow("empty item") << cfg << "1,,2" << "empty";
        QTest::newRow("unterminated quote") << sampler << "\"Euler a, DDIM" << "unterminated";
        QTest::newRow("unknown sampler") << sampler << "\"Euler a\", \"Warp drive\"" << "Warp drive";
        QTest::newRow("size not multiple of 8") << size << "100x100" << "multiple of 8";
        QTest::newRow("size garbage") << size << "big" << "big";
        QTest::newRow("millions of seeds") << seed << "1-99999999" << "more than";
        QTest::newRow("count zero") << seed << "1-9[0]" << "1-9[0]";
        QTest::newRow("no prompts") << prompt << "\n  \n" << "one per line";
        // Found by fuzz_sweep_axis: the line-per-value axes had no bound on their number of values.
        QTest::newRow("300 prompts") << prompt << QString("a\n").repeated(300) << "at most 256";
        QTest::newRow("300 negative prompts") << int(SweepAxisKind::NegativePrompt) << QString("\n").repeated(300) + "x"
                                              << "at most 256";
        // std::regex recursed per character on these and overflowed the stack.
        QTest::newRow("100,000-digit range") << steps << QString(100000, '1') + "-2" << "11111";
        QTest::newRow("100,000-digit size") << size << QString(100000, '8') + "x8" << "88888";
    }
    void nonsenseIsRefusedNamingIt() {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        try {
            parse_sweep_axis(SweepAxisKind(kind), text.toStdString());
            QFAIL(qPrintable("accepted: " + text));
        } catch (const Error& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(mentions), e.what());
            QVERIFY2(QString::fromStdString(e.what()).count('\n') == 0, e.what());
        }
        try {
            parse_sweep_axis_kind("colour");
            QFAIL("unknown axis accepted");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("colour") != std::string::npos, e.what());
        }
    }

    void planRefusesBatchesAndDoubleAxes() {
        GenerationRequest batch = small_request();
        batch.seeds = {1, 2};
        const SweepAxis steps = parse_sweep_axis(SweepAxisKind::Steps, "2,3");
        QVERIFY_THROWS_EXCEPTION(Error, make_sweep_plan(batch, steps, std::nullopt));
        QVERIFY_THROWS_EXCEPTION(Error, make_sweep_plan(small_request(), steps, steps));
        const SweepPlan plan = make_sweep_plan(small_request(), steps, parse_sweep_axis(SweepAxisKind::Seed, "4,5,6"));
        QCOMPARE(plan.columns, 2);
        QCOMPARE(plan.rows, 3);
        QCOMPARE(plan.cells.size(), size_t(6));
        QCOMPARE(plan.cells[3].request.steps, 3);      // row 1, column 1
        QCOMPARE(plan.cells[3].request.seeds, std::vector<uint64_t>{5});
        QCOMPARE(plan.total_steps(), 3 * (2 + 3));
    }

    // The test: a 2x3 sweep gives 6 cells equal to 6 single generations.
    void sweepCellsEqualSingleGenerations() {
        STIPPLE_REQUIRE_SHARED();
        auto pipeline = Pipeline::load(tiny_sd());
        const GenerationRequest base = small_request();
        const SweepAxis x = parse_sweep_axis(SweepAxisKind::Seed, "7, 8");
        const SweepAxis y = parse_sweep_axis(SweepAxisKind::Scheduler, "\"Euler a\", \"DPM++ 2M Karras\", DDIM");
        const SweepPlan plan = make_sweep_plan(base, x, y);

        struct Counter : SweepObserver {
            int steps = 0, done = 0, last_total = 0;
            void on_cell_step(int, const StepInfo& info, int d, int total) override {
                ++steps;
                last_total = total;
                QVERIFY(info.denoised.defined());  // each cell can show its own preview
                QCOMPARE(d, steps);
            }
            void on_cell_done(int, const GenerationResult& r) override { done += r.images.size() == 1; }
        } counter;
        const SweepResult result = run_sweep(*pipeline, plan, &counter);
        QCOMPARE(result.cells_done, 6);
        QCOMPARE(counter.done, 6);
        QCOMPARE(counter.steps, plan.total_steps());
        QCOMPARE(counter.last_total, plan.total_steps());

        // The singles, asked for by hand and in reverse order, each on its own.
        const std::vector<std::string> samplers{"Euler a", "DPM++ 2M Karras", "DDIM"};
        for (int row = 2; row >= 0; --row) {
            for (int column = 1; column >= 0; --column) {
                GenerationRequest single = base;
                single.seeds = {static_cast<uint64_t>(7 + column)};
                single.scheduler = samplers[row];
                const GenerationResult alone = pipeline->generate(single);
                const GenerationResult& cell = result.cells[static_cast<size_t>(row * 2 + column)];
                QCOMPARE(cell.images.size(), size_t(1));
                QVERIFY2(cell.images[0].rgb == alone.images[0].rgb,
                         qPrintable(QString("cell row %1 column %2 differs from its single generation").arg(row).arg(column)));
                QCOMPARE(cell.scheduler_label, alone.scheduler_label);
            }
        }
        // Different cells really differ (the axes did something).
        QVERIFY(result.cells[0].images[0].rgb != result.cells[1].images[0].rgb);
        QVERIFY(result.cells[0].images[0].rgb != result.cells[2].images[0].rgb);

        // The grid PNG: labelled (bigger than the cells), every cell's parameters in its text, and each
        // cell can be cut out of the PNG and its parameters reused.
        QTemporaryDir dir;
        const std::string path = dir.filePath("grid.png").toStdString();
        std::vector<Image> images;
        std::vector<std::string> labels;
        for (const auto& c : result.cells) images.push_back(c.images[0]), labels.push_back(c.scheduler_label);
        save_sweep_grid(path, plan, images, labels, {"tiny-sd15", "", "stipple-test"});
        const Image grid = load_image(path);
        QVERIFY(grid.width > 2 * 64 && grid.height > 3 * 64);
        const auto chunks = read_png_text_file(path);
        QVERIFY(!png_text_value(chunks, "parameters").empty());
        const SweepRecord record = read_sweep_grid_record(path);
        QCOMPARE(record.x_title, std::string("Seed"));
        QCOMPARE(record.y_title, std::string("Sampler"));
        QCOMPARE(record.cells.size(), size_t(6));
        for (size_t i = 0; i < record.cells.size(); ++i) {
            const SweepCellRecord& cell = record.cells[i];
            QVERIFY(crop(grid, cell.rect).rgb == images[i].rgb);
            const RestoredRequest restored = request_from_infotext(parse_infotext(cell.parameters));
            QVERIFY(restored.problems.empty());
            QCOMPARE(restored.request.seeds, plan.cells[i].request.seeds);
            QCOMPARE(restored.request.steps, 3);
            QCOMPARE(restored.request.width, 64);
            // Reusing the parameters gives the cell's image again.
            GenerationRequest again = restored.request;
            if (i == 5) QVERIFY(pipeline->generate(again).images[0].rgb == images[i].rgb);
        }
    }

    void cliSweepMakesALabelledGrid() {
        STIPPLE_REQUIRE_SHARED();
        const QString cli = qEnvironmentVariable("STIPPLE_CLI");
        if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir dir;
        const QString out = dir.filePath("steps.png");
        QProcess p;
        p.start(cli, {"sweep", "--model", QString::fromStdString(tiny_sd()), "--prompt", "a red circle", "--seed",
                      "6421725739674010", "--width", "64", "--height", "64", "--x", "steps", "--x-values", "1-7:3",
                      "--y", "cfg", "--y-values", "2-5:3", "--quiet", "--out", out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const SweepRecord record = read_sweep_grid_record(out.toStdString());
        QCOMPARE(record.x_values, (std::vector<std::string>{"1", "4", "7"}));
        QCOMPARE(record.y_values, (std::vector<std::string>{"2", "5"}));
        QCOMPARE(record.cells.size(), size_t(6));
        QVERIFY(record.cells[5].parameters.find("Steps: 7") != std::string::npos);
        QVERIFY(record.cells[5].parameters.find("CFG scale: 5") != std::string::npos);

        // Nonsense: exit 2, one line naming the value, no file.
        const QString bad = dir.filePath("bad.png");
        p.start(cli, {"sweep", "--model", QString::fromStdString(tiny_sd()), "--x", "steps", "--x-values", "1-96:0",
                      "--out", bad});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains("1-96:0") && err.trimmed().count('\n') == 0, qPrintable(err));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_GUILESS_MAIN(PipelineSweepTest)
#include "test_pipeline_sweep.moc"
