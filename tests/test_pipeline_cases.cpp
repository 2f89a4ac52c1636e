// End to end parity with diffusers 0.25.1: every reference case in ../shared/fixtures/cases run
// through the library (per-step latents, final latents, 8-bit image) and through
// `stipple-cli generate` (the PNG it writes). Tolerances are the fixtures' own.
#include "common/error.h"
#include "io/safetensors.h"
#include "pipeline/pipeline.h"
#include "support/case_request.h"
#include "support/fixtures.h"
#include "support/tensor_checks.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple;

namespace {

struct Recorder : StepObserver {
    std::vector<at::Tensor> latents;
    void on_step(const StepInfo& info) override { latents.push_back(info.latents.clone()); }
};

at::Tensor image_tensor(const Image& image) {
    return at::from_blob(const_cast<uint8_t*>(image.rgb.data()), {image.height, image.width, 3}, at::kByte).clone();
}

at::Tensor qimage_tensor(const QImage& loaded) {
    QImage img = loaded.convertToFormat(QImage::Format_RGB888);
    at::Tensor t = at::empty({img.height(), img.width(), 3}, at::kByte);
    for (int y = 0; y < img.height(); ++y)
        std::memcpy(t[y].data_ptr(), img.constScanLine(y), static_cast<size_t>(img.width()) * 3);
    return t;
}

// The fixtures' 8-bit criterion: at most 1 level off on >= 99.9 % of values.
QString compare_uint8(const at::Tensor& actual, const at::Tensor& expected) {
    if (actual.sizes() != expected.sizes()) return "image size differs";
    at::Tensor diff = (actual.to(at::kInt) - expected.to(at::kInt)).abs();
    const double off = (diff > 1).sum().item<double>() / static_cast<double>(diff.numel());
    const int worst = diff.max().item<int>();
    if (off > 0.001) return QString("%1 % of values more than 1 level off (worst %2)").arg(off * 100).arg(worst);
    return {};
}

}  // namespace

class PipelineCasesTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void library_data() { cases(); }
    void library() {
        STIPPLE_REQUIRE_SHARED();
        QFETCH(QString, name);
        check_library_case(name, PipelineOptions{});
    }

    // The same cases with the convolutions in channels-last memory (what `--memory-layout auto`
    // picks where this CPU runs it faster): the layout must not move any value beyond the
    // fixtures' tolerances. The tiny models would stay NCHW under auto, so it is forced here.
    void channels_last_data() { cases(); }
    void channels_last() {
        STIPPLE_REQUIRE_SHARED();
        QFETCH(QString, name);
        PipelineOptions options;
        options.memory_layout = MemoryLayout::ChannelsLast;
        check_library_case(name, options);
    }

    void cli_data() { cases(); }
    void cli() {
        STIPPLE_REQUIRE_SHARED();
        QFETCH(QString, name);
        const auto c = test::load_reference_case(name);
        const QString cli = qEnvironmentVariable("STIPPLE_CLI");
        if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir out;
        QProcess process;
        process.start(cli, QStringList{"generate"} << c.cli_flags << "--out" << out.filePath("image.png") << "--quiet"
                                                   << "--threads" << "1" << "--dtype" << "fp32");
        QVERIFY(process.waitForFinished(600000));
        if (c.expects_error) {
            QCOMPARE(process.exitCode(), 2);
            QVERIFY(QDir(out.path()).entryList(QDir::Files).isEmpty());  // no partial file
            return;
        }
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        auto expected = SafetensorsFile::open((c.dir + "/expected.safetensors").toStdString());
        at::Tensor expected_images = expected->tensor("image_uint8");
        const int64_t n = expected_images.size(0);
        for (int64_t b = 0; b < n; ++b) {
            const QString file = n == 1 ? out.filePath("image.png") : out.filePath(QString("image-%1.png").arg(b));
            QImage written(file);
            QVERIFY2(!written.isNull(), qPrintable("missing " + file));
            const QString err = compare_uint8(qimage_tensor(written), expected_images[b]);
            QVERIFY2(err.isEmpty(), qPrintable(err));
            // The PNG diffusers wrote is the same picture.
            QImage reference(c.dir + (n == 1 ? "/image.png" : QString("/image_%1.png").arg(b)));
            QVERIFY(compare_uint8(qimage_tensor(written), qimage_tensor(reference)).isEmpty());
        }
    }

private:
    // Runs reference case `name` through the library, loaded with `options`, against the
    // fixture's per-step latents and 8-bit image (or its refusal).
    void check_library_case(const QString& name, const PipelineOptions& options) {
        const auto c = test::load_reference_case(name);
        auto pipeline = Pipeline::load(c.model_dir, options);
        if (c.expects_error) {
            // diffusers raises a ValueError; Stipple must refuse with a clear message, not crash.
            try {
                pipeline->generate(c.request);
                QFAIL("the request was accepted but diffusers refuses it");
            } catch (const Error& e) {
                qInfo("%s: refused: %s", qPrintable(name), e.what());
                // For the same reason: the parameter diffusers names (`negative_prompt` -> "negative").
                const QString expected = QString::fromStdString(c.json["expected_exception"]["message"].get<std::string>());
                const QString parameter = expected.section('`', 1, 1).section('_', 0, 0);
                QVERIFY2(!parameter.isEmpty(), qPrintable(expected));
                QVERIFY2(QString::fromUtf8(e.what()).contains(parameter, Qt::CaseInsensitive),
                         qPrintable(QStringLiteral("diffusers: %1\nStipple: %2").arg(expected, e.what())));
            }
            return;
        }
        auto expected = SafetensorsFile::open((c.dir + "/expected.safetensors").toStdString());
        Recorder recorder;
        GenerationResult result = pipeline->generate(c.request, &recorder);
        QVERIFY(!result.cancelled);

        at::Tensor step_latents = expected->tensor("step_latents");
        QCOMPARE(static_cast<int64_t>(recorder.latents.size()), step_latents.size(0));
        double worst = 0;
        for (size_t i = 0; i < recorder.latents.size(); ++i) {
            auto cmp = test::close_relative_to_max(recorder.latents[i], step_latents[static_cast<int64_t>(i)], 1e-4,
                                                   "step " + std::to_string(i) + " latents");
            STIPPLE_VERIFY_CMP(cmp);
            worst = std::max(worst, cmp.max_abs / std::max(cmp.max_expected, 1e-12));
        }
        at::Tensor expected_images = expected->tensor("image_uint8");
        QCOMPARE(static_cast<int64_t>(result.images.size()), expected_images.size(0));
        for (size_t b = 0; b < result.images.size(); ++b) {
            const QString err = compare_uint8(image_tensor(result.images[b]), expected_images[static_cast<int64_t>(b)]);
            QVERIFY2(err.isEmpty(), qPrintable(err));
        }
        qInfo("%s: worst per-step latent error %.2e of max |latent|", qPrintable(name), worst);
    }

    void cases() {
        QTest::addColumn<QString>("name");
        for (const QString& name : test::reference_case_names()) QTest::newRow(qPrintable(name)) << name;
    }
};

QTEST_GUILESS_MAIN(PipelineCasesTest)
#include "test_pipeline_cases.moc"
