// Every generating stipple-cli command loads through the GenerationService, so each runs with the
// thread count the policy picks for the model (threads_for_model) unless --threads says otherwise —
// also when the environment starts libtorch with another count (OMP_NUM_THREADS=1 here). Each
// command reports what it runs on one stderr line.
#include "pipeline/pipeline.h"
#include "pipeline/resource_paths.h"
#include "pipeline/runtime.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    bool crashed = false;
    int code = -1;
    QString err;
};

Run cli(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("OMP_NUM_THREADS", "1");
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("STIPPLE_CLI"), args);
    p.waitForFinished(300000);
    return {p.exitStatus() != QProcess::NormalExit, p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

// "stipple-cli timeline: stipple-shapes (SD 1.x, fp32), 2 threads" -> 2; -1 when absent.
int reportedThreads(const QString& command, const QString& err) {
    const QRegularExpression line(QStringLiteral("stipple-cli %1: .*, (\\d+) threads").arg(command));
    const auto m = line.match(err);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

}  // namespace

class CliThreadPolicyTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    int expected_ = 0;

    QStringList commandArgs(const QString& command) {
        const QString model = QString::fromStdString(stipple::builtin_model_dir());
        const QStringList common{"--model", model, "--prompt", "a red star", "--steps", "3", "--seed", "4"};
        if (command == "generate") return QStringList{"generate"} + common + QStringList{"--out", dir_.filePath("g.png")};
        if (command == "timeline") return QStringList{"timeline"} + common + QStringList{"--gif", dir_.filePath("t.gif")};
        if (command == "triage")
            return QStringList{"triage", "--model", model, "--prompt", "a red star", "--steps", "3", "--seeds", "1-2",
                               "--grid", dir_.filePath("triage.png"), "--decode", "latent2rgb"};
        if (command == "sweep")
            return QStringList{"sweep"} + common +
                   QStringList{"--x", "seed", "--x-values", "1,2", "--out", dir_.filePath("sweep.png")};
        return {"noise", "--model", model, "--image", dir_.filePath("input.png"), "--t", "300", "--out", dir_.filePath("n.png")};
    }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        auto pipeline = stipple::Pipeline::load(stipple::builtin_model_dir());
        expected_ = stipple::threads_for_model(pipeline->info().unet_parameters);
        qInfo() << "the policy picks" << expected_ << "threads for the built-in model";
        QImage input(64, 64, QImage::Format_RGB888);
        input.fill(QColor(40, 90, 200));
        QVERIFY(input.save(dir_.filePath("input.png")));
    }

    void everyCommandUsesThePolicy_data() {
        QTest::addColumn<QString>("command");
        for (const char* c : {"generate", "timeline", "triage", "sweep", "noise"}) QTest::newRow(c) << QString(c);
    }

    void everyCommandUsesThePolicy() {
        QFETCH(QString, command);
        const Run r = cli(commandArgs(command));
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(reportedThreads(command, r.err), expected_);
    }

    void explicitThreadsWin() {
        QStringList args = commandArgs("timeline");
        args << "--threads" << "1";
        const Run r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(reportedThreads("timeline", r.err), 1);
    }
};

QTEST_MAIN(CliThreadPolicyTest)
#include "test_cli_thread_policy.moc"
