// `stipple-cli lockstep`: runs that differ in one setting, denoised side by side in one GIF/MP4 and
// lined up by fraction of the schedule (the rule the app's lockstep compare uses, core/teach/lockstep.h);
// bad input is one error line, exit code 2 and no file.
#include "image/timeline_export.h"
#include "teach/lockstep.h"

#include <QFileInfo>
#include "support/cli_run.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = test::CliRun;

Run cli(const QStringList& args) { return test::runCli(args, 600000); }

}  // namespace

class CliLockstepTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
    }

    // 10 and 20 steps on a 20-position scrubber: at p the short run shows round(p/2), halves up.
    void stepsLineUpByFraction() {
        for (int p = 1; p <= 20; ++p) {
            QCOMPARE(stipple::lockstep_step(p, 20, 20), p);
            QCOMPARE(stipple::lockstep_step(p, 20, 10), (p + 1) / 2);
        }
        QCOMPARE(stipple::lockstep_step(10, 20, 15), 8);  // 7.5 rounds up
        QCOMPARE(stipple::lockstep_step(20, 20, 15), 15);
        QCOMPARE(stipple::lockstep_step(1, 20, 3), 1);    // never step 0
        QCOMPARE(stipple::lockstep_step(0, 20, 10), 1);   // clamped
        QCOMPARE(stipple::lockstep_step(99, 20, 10), 10);
        QCOMPARE(stipple::lockstep_step(5, 20, 0), 0);    // a run without steps
    }

    // Two step counts on the built-in model: one frame per step of the longer run (+ 3 held at the
    // end), two panes side by side.
    void gifOfTwoStepCounts() {
        const QString gif = dir_.filePath("steps.gif");
        const Run r = cli({"lockstep", "--prompt", "a red star in the top left on a blue background", "--seed", "3",
                           "--x", "steps", "--x-values", "5,10", "--pane", "128", "--out", gif, "--quiet"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const stipple::GifInfo info = stipple::read_gif_info(gif.toStdString());
        QCOMPARE(info.frames, 10 + 3);
        QVERIFY2(info.width >= 2 * 128 && info.width < 3 * 128 + 64, qPrintable(QString::number(info.width)));
        QVERIFY(info.height > 128);  // the pane and its caption
    }

    void badInputIsOneLineAndNoFile_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("one run") << QStringList{"--x", "seed", "--x-values", "1"} << "2 to 4";
        QTest::newRow("five runs") << QStringList{"--x", "seed", "--x-values", "1-5"} << "2 to 4";
        QTest::newRow("model axis") << QStringList{"--x", "model", "--x-values", "a.safetensors, b.safetensors"} << "one model";
        QTest::newRow("no axis") << QStringList{} << "--x";
        QTest::newRow("png out") << QStringList{"--x", "seed", "--x-values", "1,2", "--out-png"} << ".gif or .mp4";
    }

    void badInputIsOneLineAndNoFile() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QString out = dir_.filePath("bad.gif");
        if (args.removeAll(QStringLiteral("--out-png"))) out = dir_.filePath("bad.png");
        const Run r = cli(QStringList{"lockstep", "--prompt", "a red star"} + args + QStringList{"--out", out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!QFileInfo::exists(out));
    }
};

QTEST_MAIN(CliLockstepTest)
#include "test_cli_lockstep.moc"
