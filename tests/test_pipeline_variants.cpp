// The same reference cases along the other roads a user takes: a single-file checkpoint with
// --config must give the folder's image bit for bit; bf16 must stay close to fp32 (PSNR).
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "pipeline/runtime.h"
#include "support/case_request.h"
#include "support/fixtures.h"

#include <QtTest>

#include <cmath>

using namespace stipple;

namespace {

double psnr(const Image& a, const Image& b) {
    double mse = 0;
    for (size_t i = 0; i < a.rgb.size(); ++i) {
        const double d = (static_cast<double>(a.rgb[i]) - b.rgb[i]) / 255.0;
        mse += d * d;
    }
    mse /= static_cast<double>(a.rgb.size());
    return mse == 0 ? INFINITY : 10 * std::log10(1.0 / mse);
}

}  // namespace

class PipelineVariantsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleFileEqualsFolder() {
        STIPPLE_REQUIRE_SHARED();
        const auto c = test::load_reference_case("sdxl_euler_a_neg");
        auto folder = Pipeline::load(c.model_dir);
        PipelineOptions options;
        options.config_dir = c.model_dir;
        auto single = Pipeline::load(test::shared_path("fixtures/models/single-file/tiny-sdxl.safetensors"), options);
        QCOMPARE(single->info().family, ModelFamily::SDXL);
        QCOMPARE(single->info().name, std::string("tiny-sdxl"));
        const GenerationResult a = folder->generate(c.request);
        const GenerationResult b = single->generate(c.request);
        QCOMPARE(a.images.size(), b.images.size());
        QVERIFY(a.images[0].rgb == b.images[0].rgb);
    }

    void pickleCheckpointsAreRefused() {
        try {
            Pipeline::load("/tmp/model.ckpt");
            QFAIL("a .ckpt file was accepted");
        } catch (const std::exception& e) {
            QVERIFY2(std::string(e.what()).find("pickle") != std::string::npos, e.what());
        }
    }

    void automaticPrecisionKeepsSmallModelsInFloat32() {
        // The default: small models (the built-in one, the test fixtures) stay exact in fp32;
        // full-size ones take bf16 where the CPU computes it natively and measures it faster.
        QCOMPARE(resolve_dtype(DType::Auto, 128), DType::Float32);
        QCOMPARE(resolve_dtype(DType::BFloat16, 128), DType::BFloat16);
        QCOMPARE(resolve_dtype(DType::Float32, 1280), DType::Float32);
        QCOMPARE(parse_dtype("auto"), DType::Auto);
        const auto pipeline = Pipeline::load(builtin_model_dir());
        QCOMPARE(pipeline->info().dtype, DType::Float32);
    }

    void automaticPrecisionFollowsTheMeasurement_data() {
        QTest::addColumn<bool>("cuda");
        QTest::addColumn<bool>("native");
        QTest::addColumn<double>("fp32");
        QTest::addColumn<double>("bf16");
        QTest::addColumn<int>("widest");
        QTest::addColumn<int>("expected");
        const int f32 = static_cast<int>(DType::Float32), b16 = static_cast<int>(DType::BFloat16);
        QTest::newRow("native, bf16 2x faster") << false << true << 0.2 << 0.1 << 1280 << b16;
        QTest::newRow("native, bf16 1.2x faster") << false << true << 0.12 << 0.1 << 1280 << f32;
        QTest::newRow("native, bf16 slower (2-core Xeon)") << false << true << 0.1 << 0.3 << 1280 << f32;
        QTest::newRow("native, not measured") << false << true << 0.0 << 0.0 << 1280 << f32;
        QTest::newRow("not native, bf16 faster") << false << false << 0.2 << 0.1 << 1280 << f32;
        QTest::newRow("CUDA") << true << false << 0.0 << 0.0 << 1280 << b16;
        QTest::newRow("small model, native and faster") << false << true << 0.2 << 0.1 << 128 << f32;
        QTest::newRow("small model, CUDA") << true << false << 0.0 << 0.0 << 256 << f32;
    }
    void automaticPrecisionFollowsTheMeasurement() {
        QFETCH(bool, cuda);
        QFETCH(bool, native);
        QFETCH(double, fp32);
        QFETCH(double, bf16);
        QFETCH(int, widest);
        QFETCH(int, expected);
        PrecisionFacts facts;
        facts.cuda = cuda;
        facts.native_bf16 = native;
        facts.timing = {fp32, bf16};
        QCOMPARE(static_cast<int>(resolve_dtype(DType::Auto, widest, facts)), expected);
    }

    void automaticPrecisionOnThisMachine() {
        // This machine's facts, and the pick they call for by the rule above.
        const PrecisionFacts facts = precision_facts();
        qInfo("CUDA %d, native bf16 %d, fp32 %.4f s, bf16 %.4f s", facts.cuda, facts.native_bf16,
              facts.timing.fp32_seconds, facts.timing.bf16_seconds);
        QCOMPARE(facts.native_bf16, !facts.cuda && cpu_has_native_bf16());
        if (facts.native_bf16) QVERIFY(facts.timing.fp32_seconds > 0 && facts.timing.bf16_seconds > 0);
        const bool faster = facts.timing.fp32_seconds > 1.3 * facts.timing.bf16_seconds && facts.timing.bf16_seconds > 0;
        const DType expected = facts.cuda || (facts.native_bf16 && faster) ? DType::BFloat16 : DType::Float32;
        QCOMPARE(resolve_dtype(DType::Auto, 1280, facts), expected);
        QCOMPARE(preferred_dtype(facts), expected);
    }

    void bf16StaysCloseToFp32_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("layout");
        // Error cases make no image to compare: they are not rows here (a skipped row would mark
        // the whole suite skipped in CTest). bf16 runs in both memory layouts (the tiny models
        // would stay NCHW under auto; full-size ones pick channels-last where it is faster).
        for (const QString& name : test::reference_case_names()) {
            if (test::load_reference_case(name).expects_error) continue;
            QTest::newRow(qPrintable(name + " nchw")) << name << static_cast<int>(MemoryLayout::NCHW);
            QTest::newRow(qPrintable(name + " channels-last")) << name << static_cast<int>(MemoryLayout::ChannelsLast);
        }
    }
    void bf16StaysCloseToFp32() {
        STIPPLE_REQUIRE_SHARED();
        QFETCH(QString, name);
        QFETCH(int, layout);
        const auto c = test::load_reference_case(name);
        PipelineOptions bf16;
        bf16.dtype = DType::BFloat16;
        bf16.memory_layout = static_cast<MemoryLayout>(layout);
        const GenerationResult full = Pipeline::load(c.model_dir)->generate(c.request);
        const GenerationResult half = Pipeline::load(c.model_dir, bf16)->generate(c.request);
        QCOMPARE(full.images.size(), half.images.size());
        double worst = INFINITY;
        for (size_t i = 0; i < full.images.size(); ++i) worst = std::min(worst, psnr(full.images[i], half.images[i]));
        qInfo("%s: bf16 vs fp32 PSNR %.1f dB", qPrintable(name), worst);
        // The performance target: bf16 images within 30 dB PSNR of fp32.
        QVERIFY2(worst >= 30.0, qPrintable(QString("PSNR %1 dB").arg(worst)));
    }
};

QTEST_GUILESS_MAIN(PipelineVariantsTest)
#include "test_pipeline_variants.moc"
