// A model folder may recommend its guidance scale and step count (model_index.json's
// "_stipple_recommended"; the built-in model does: it draws a stray second object far more often at
// the generic CFG 7.5). stipple-cli uses the advice where the command line is silent, never over
// an explicit --cfg / --steps or a sweep axis, and ignores advice of the wrong type or range.
#include "image/png_text.h"
#include "io/json_file.h"
#include "support/cli_run.h"
#include "support/fixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString infotext(const QString& png) {
    return QString::fromStdString(
        stipple::png_text_value(stipple::read_png_text_file(png.toStdString()), "parameters"));
}

QString field(const QString& infotext, const QString& key) {
    const auto m = QRegularExpression(key + QStringLiteral(": ([^,\\n]+)")).match(infotext);
    return m.hasMatch() ? m.captured(1) : QString();
}

}  // namespace

class CliModelRecommendationsTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_;
    double cfg_ = 0;
    int steps_ = 0;

    void writeRecommendation(const QString& folder, const QByteArray& json) {
        const QString path = folder + "/model_index.json";
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const int at = text.indexOf("\"_stipple_recommended\"");
        QVERIFY(at > 0);
        const int end = text.indexOf('}', at);
        text.replace(at, end - at + 1, "\"_stipple_recommended\": " + json);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        model_ = QString::fromStdString(stipple::test::source_path("resources/models/stipple-shapes"));
        const nlohmann::json index = stipple::read_json_file((model_ + "/model_index.json").toStdString());
        QVERIFY2(index.contains("_stipple_recommended"), "the built-in model recommends its settings");
        cfg_ = index["_stipple_recommended"].value("guidance_scale", 0.0);
        steps_ = index["_stipple_recommended"].value("num_inference_steps", 0);
        QVERIFY(cfg_ > 1 && cfg_ != 7.5);  // else this test could not tell advice from the generic default
        QVERIFY(steps_ >= 1);
    }

    void silentCommandLineFollowsTheModel() {
        const QString out = dir_.filePath("advised.png");
        const test::CliRun r = test::runCli({"generate", "--model", model_, "--prompt", "a red star", "--seed", "3", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString info = infotext(out);
        QCOMPARE(field(info, "CFG scale").toDouble(), cfg_);
        QCOMPARE(field(info, "Steps").toInt(), steps_);
        QVERIFY2(r.err.contains("as stipple-shapes recommends"), qPrintable(r.err));
    }

    void infoSaysTheAdvice() {
        const test::CliRun r = test::runCli({"info", "--model", model_});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(field(r.out, "recommended guidance").toDouble(), cfg_);
        QCOMPARE(field(r.out, "recommended steps").toInt(), steps_);
    }

    void explicitValuesWin() {
        const QString out = dir_.filePath("explicit.png");
        const test::CliRun r = test::runCli({"generate", "--model", model_, "--prompt", "a red star", "--seed", "3", "--cfg", "7.5",
                           "--steps", "4", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString info = infotext(out);
        QCOMPARE(field(info, "CFG scale").toDouble(), 7.5);
        QCOMPARE(field(info, "Steps").toInt(), 4);
        QVERIFY(!r.err.contains("recommends"));
    }

    // A sweep keeps its axis and takes the advice for what it does not sweep.
    void sweepAxisWinsOverTheAdvice() {
        const QString cells = dir_.filePath("cells");
        const test::CliRun r = test::runCli({"sweep", "--model", model_, "--prompt", "a red star", "--seed", "3", "--steps", "3", "--x",
                           "cfg", "--x-values", "2,9", "--out", dir_.filePath("sweep.png"), "--cells-dir", cells});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList scales;
        for (const QString& png : QDir(cells).entryList({"*.png"}, QDir::Files, QDir::Name))
            scales << field(infotext(cells + "/" + png), "CFG scale");
        scales.sort();
        QCOMPARE(scales, (QStringList{"2", "9"}));
    }

    // Advice from a stranger's folder: wrong types or out of range are ignored, the load succeeds
    // and the generic defaults (CFG 7.5, 20 steps) apply.
    void badAdviceIsIgnored_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("strings") << QByteArray(R"({"guidance_scale": "5", "num_inference_steps": "20"})");
        QTest::newRow("out of range") << QByteArray(R"({"guidance_scale": 1e300, "num_inference_steps": 100000000})");
        QTest::newRow("negative") << QByteArray(R"({"guidance_scale": -3, "num_inference_steps": -1})");
        QTest::newRow("not an object") << QByteArray(R"([5, 20])");
    }

    void badAdviceIsIgnored() {
        QFETCH(QByteArray, json);
        QTemporaryDir copy;
        const QString folder = copy.filePath("model");
        QVERIFY(stipple::test::copy_tree(model_, folder));
        writeRecommendation(folder, json);
        const QString out = copy.filePath("out.png");
        const test::CliRun r = test::runCli({"generate", "--model", folder, "--prompt", "a red star", "--seed", "3", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString info = infotext(out);
        QCOMPARE(field(info, "CFG scale").toDouble(), 7.5);
        QCOMPARE(field(info, "Steps").toInt(), 20);
    }
};

QTEST_MAIN(CliModelRecommendationsTest)
#include "test_cli_model_recommendations.moc"
