// stipple-cli's contract for bad input: one error line on stderr naming the problem (after, at
// most, the line naming the loaded model), exit code 2, and no file written. Plus --help for every subcommand.
#include "support/cli_run.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

namespace {

using Run = test::CliRun;

Run cli(const QStringList& args) { return test::runCli(args, 300000); }

}  // namespace

class CliErrorsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
    }

    void helpListsEveryCommandAndEachHasHelp() {
        const Run top = cli({"--help"});
        QCOMPARE(top.code, 0);
        for (const char* command : {"generate", "info"}) {
            QVERIFY2(top.out.contains(command), qPrintable(top.out));
            const Run sub = cli({command, "--help"});
            QCOMPARE(sub.code, 0);
            QVERIFY(sub.out.contains("--model"));
        }
    }

    void badInputIsOneLineExitTwoAndNoFile_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString tiny = QString::fromStdString(stipple::test::shared_path("fixtures/models/tiny-sd15"));
        QTest::newRow("missing model") << QStringList{"--model", "/nonexistent/model"} << "/nonexistent/model";
        QTest::newRow("seed above 2^64-1") << QStringList{"--model", tiny, "--seed", "18446744073709551616"} << "2^64-1";
        QTest::newRow("seed not a number") << QStringList{"--model", tiny, "--seed", "12ab"} << "12ab";
        QTest::newRow("width not multiple of 8") << QStringList{"--model", tiny, "--width", "100"} << "multiple of 8";
        QTest::newRow("huge size") << QStringList{"--model", tiny, "--width", "8192", "--height", "8192"} << "4096";
        QTest::newRow("unknown scheduler") << QStringList{"--model", tiny, "--scheduler", "Warp drive"} << "Warp drive";
        QTest::newRow("unknown option") << QStringList{"--model", tiny, "--colour", "red"} << "--colour";
        QTest::newRow("mask without image") << QStringList{"--model", tiny, "--mask", "/tmp/m.png"} << "--init-image";
        QTest::newRow("pickle checkpoint") << QStringList{"--model", "/tmp/model.ckpt"} << "pickle";
        QTest::newRow("bad steps") << QStringList{"--model", tiny, "--steps", "0"} << "--steps";
        QTest::newRow("unknown rng") << QStringList{"--model", tiny, "--rng", "cuda"} << "cpu, gpu or nv";
        QTest::newRow("ensd not a number") << QStringList{"--model", tiny, "--ensd", "31337x"} << "--ensd";
        QTest::newRow("variation strength above 1")
            << QStringList{"--model", tiny, "--variation-seed", "5", "--variation-strength", "1.5"} << "--variation-strength";
        QTest::newRow("variation seed not a number")
            << QStringList{"--model", tiny, "--variation-seed", "x9", "--variation-strength", "0.5"} << "x9";
        QTest::newRow("variation seed without strength") << QStringList{"--model", tiny, "--variation-seed", "5"}
                                                         << "--variation-strength";
        QTest::newRow("seed resize not WxH") << QStringList{"--model", tiny, "--seed-resize-from", "512"} << "'512'";
        QTest::newRow("seed resize too small") << QStringList{"--model", tiny, "--seed-resize-from", "4x4"} << "4x4";
    }
    void badInputIsOneLineExitTwoAndNoFile() {
        STIPPLE_REQUIRE_SHARED();
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const Run r = cli(QStringList{"generate", "--prompt", "a cat", "--steps", "2"} << args << "--out"
                                                                                  << dir.filePath("out.png"));
        QCOMPARE(r.code, 2);
        // One error line, the last; before it at most the line saying which model runs on how many threads.
        const QStringList lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() <= 2, qPrintable(r.err));
        QVERIFY2(lines.last().startsWith("stipple-cli generate: error: "), qPrintable(r.err));
        if (lines.size() == 2) QVERIFY2(lines.first().endsWith(" threads"), qPrintable(r.err));
        QVERIFY2(lines.last().contains(mentions), qPrintable(r.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    // A checkpoint from a stranger with a 30,000-character tensor name: std::regex in the key maps
    // recursed once per character and the CLI died of a stack overflow.
    void hugeTensorNameIsAClearError() {
        QTemporaryDir dir;
        const std::string name = "model.diffusion_model." + std::string(30000, 'a') + ".weight";
        const std::string json = "{\"" + name + "\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}";
        std::string bytes(8, '\0');
        for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((uint64_t(json.size()) >> (8 * i)) & 0xff);
        bytes += json + std::string(4, '\0');
        const QString file = dir.filePath("hostile.safetensors");
        std::ofstream(file.toStdString(), std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        const Run r = cli({"generate", "--model", file, "--prompt", "x", "--out", dir.filePath("out.png")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("longer than any checkpoint"), qPrintable(r.err.left(400)));
        QVERIFY(!QFileInfo::exists(dir.filePath("out.png")));
    }

    // A config value nested 100,000 deep: nlohmann-json parsed it, and the error message that
    // printed the value recursed once per level and crashed.
    void deeplyNestedConfigIsAClearError() {
        QTemporaryDir dir;
        const QString source = QString::fromStdString(stipple::test::source_path("resources/models/stipple-shapes"));
        const QString model = dir.filePath("model");
        QVERIFY(stipple::test::copy_tree(source, model));
        const std::string deep = "{\"in_channels\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
        std::ofstream(QDir(model).filePath("unet/config.json").toStdString(), std::ios::trunc) << deep;
        const Run r = cli({"generate", "--model", model, "--prompt", "x", "--out", dir.filePath("out.png")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("nested deeper than"), qPrintable(r.err.left(400)));
        QVERIFY2(r.err.contains("unet/config.json"), qPrintable(r.err.left(400)));
        QVERIFY(!QFileInfo::exists(dir.filePath("out.png")));
    }

    void corruptAndTruncatedModelFilesAreClearErrors() {
        STIPPLE_REQUIRE_SHARED();
        QTemporaryDir dir;
        // A copy of tiny-sd15 whose UNet weights are cut in half.
        const QString src = stipple::test::shared_dir() + "/fixtures/models/tiny-sd15";
        const QString model = dir.filePath("broken");
        for (const QString& sub : QDir(src).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QDir().mkpath(model + "/" + sub);
            for (const QString& f : QDir(src + "/" + sub).entryList(QDir::Files))
                QFile::copy(src + "/" + sub + "/" + f, model + "/" + sub + "/" + f);
        }
        QFile::copy(src + "/model_index.json", model + "/model_index.json");
        const QString weights = model + "/unet/diffusion_pytorch_model.safetensors";
        QFile file(weights);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const Run r = cli({"generate", "--model", model, "--prompt", "a cat", "--out", dir.filePath("x.png")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("diffusion_pytorch_model.safetensors") && r.err.contains("truncated"), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("x.png")));
    }
};

QTEST_GUILESS_MAIN(CliErrorsTest)
#include "test_cli_errors.moc"
