// Ctrl+C on `stipple-cli train-builtin`: the run stops after the current step (exit code 130) with
// its checkpoint and model folder written for that very step, the folder generates, and `--resume`
// continues from there. Before, Ctrl+C killed the process and lost everything since the last
// periodic checkpoint (up to 3 minutes of training).
#include "support/cli_run.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

namespace {

int stateStep(const QString& out) {
    QFile f(out + "/training/state.json");
    if (!f.open(QIODevice::ReadOnly)) return -1;
    return QJsonDocument::fromJson(f.readAll()).object().value("step").toInt(-1);
}

}  // namespace

class CliTrainInterrupt : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ctrlCStopsWithACheckpoint() {
        if (QStandardPaths::findExecutable("spm_train").isEmpty()) QSKIP("spm_train (package sentencepiece) is not installed");
        QTemporaryDir dir;
        const QString out = dir.filePath("m");
        // The class preset's tiny model, a few steps of the early phases, then far more diffusion
        // steps than the test waits for; no periodic checkpoint, so only Ctrl+C's can be on disk.
        const QStringList args = {"train-builtin", "--preset", "class", "--out", out, "--text-steps", "4",
                                  "--vae-steps", "6", "--steps", "100000", "--batch", "4", "--log-every", "1",
                                  "--checkpoint-minutes", "1000"};
        QProcess p;
        p.start(qEnvironmentVariable("STIPPLE_CLI"), args);
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QElapsedTimer clock;
        clock.start();
        while (!seen.contains("diffusion     3/") && clock.elapsed() < 300000 && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            seen += p.readAllStandardOutput();
        }
        QVERIFY2(seen.contains("diffusion     3/"), seen.right(2000).constData());
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(120000));
        seen += p.readAllStandardOutput();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(seen.contains("continue with --resume") && seen.contains("stopped by Ctrl+C"), seen.right(1000).constData());
        const int step = stateStep(out);
        QVERIFY2(step >= 3 && step < 100000, qPrintable(QString::number(step)));
        QVERIFY(seen.contains(QString("diffusion %1/").arg(step, 5).toUtf8()));  // the checkpoint is the last step done
        QVERIFY2(QFile::exists(out + "/model_index.json"), qPrintable(err));

        const test::CliRun gen = test::runCli({"generate", "--model", out, "--prompt", "a red circle", "--steps", "2",
                                               "--seed", "1", "--quiet", "--out", dir.filePath("x.png")});
        QVERIFY2(gen.code == 0 && QFile::exists(dir.filePath("x.png")), qPrintable(gen.err));

        QStringList more = args;
        more[more.indexOf("--steps") + 1] = QString::number(step + 2);
        more << "--resume";
        const test::CliRun resumed = test::runCli(more);
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err + resumed.out.right(1000)));
        QVERIFY2(resumed.out.contains(QString("resuming: VAE step 6, diffusion step %1").arg(step)),
                 qPrintable(resumed.out.left(1000)));
        QCOMPARE(stateStep(out), step + 2);
    }
};

QTEST_GUILESS_MAIN(CliTrainInterrupt)
#include "test_cli_train_interrupt.moc"
