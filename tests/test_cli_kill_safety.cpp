// Saves survive SIGKILL: stipple-cli is killed at many points while it writes an MP4 (+ its JSON
// sidecar), a filmstrip PNG and an image through GenerationService::save_all; after every kill each
// final path holds no file or a whole one, byte for byte what a complete run writes (generation is
// deterministic), and anything else left in the folder is a hidden temp file of the killed process
// (common/temp_file.h), which a later save into the folder removes once it is stale.
#include "common/temp_file.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <chrono>
#include <filesystem>
#include <set>

namespace {

const QStringList kFinals = {"v.mp4", "v.mp4.json", "s.png", "o.png"};

QStringList timelineArgs(const QString& dir) {
    // The built-in model at 128x128, 12 steps: ~1.8 s a run, a 340 KB filmstrip, a 12-frame MP4.
    return {"timeline", "--prompt", "a red circle", "--steps", "12", "--width", "128", "--height", "128",
            "--seed", "3", "--decode", "latent2rgb", "--every", "1", "--quiet",
            "--mp4", dir + "/v.mp4", "--filmstrip", dir + "/s.png", "--out", dir + "/o.png"};
}

QStringList everyFile(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QStringList others(const QString& dir) {
    QStringList names;
    for (const QString& name : everyFile(dir))
        if (!kFinals.contains(name)) names << name;
    return names;
}

// Every file in the folder with its size and modification time: a write shows as a change.
QHash<QString, QPair<qint64, qint64>> snapshot(const QString& dir) {
    QHash<QString, QPair<qint64, qint64>> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir.toStdString(), ec)) {
        const auto size = e.file_size(ec);
        const auto mtime = e.last_write_time(ec).time_since_epoch().count();  // nanoseconds
        files[QString::fromStdString(e.path().filename().string())] = {static_cast<qint64>(size), static_cast<qint64>(mtime)};
    }
    return files;
}

QByteArray bytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A complete run; a crash never reads as an exit code (as in test_cli_errors).
int runToEnd(const QStringList& args, QString* err) {
    QProcess p;
    p.start(qEnvironmentVariable("STIPPLE_CLI"), args);
    p.waitForFinished(300000);
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::CrashExit ? -1 : p.exitCode();
}

struct Kill {
    int filesChanged = 0;   // kill after this many distinct names appeared or changed (0: by time)
    int delayUs = 0;        // ... then wait this long; by time: this long after the start
};

}  // namespace

class CliKillSafetyTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
    }

    void killedSavesLeaveWholeFilesOrNone() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString d = dir.path();
        QString err;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(runToEnd(timelineArgs(d), &err), 0);
        const qint64 fullUs = clock.nsecsElapsed() / 1000;
        QCOMPARE(everyFile(d), QStringList({"o.png", "s.png", "v.mp4", "v.mp4.json"}));
        QHash<QString, QByteArray> reference;
        for (const QString& name : kFinals) reference[name] = bytes(d + "/" + name);
        QVERIFY(!QImage::fromData(reference["s.png"]).isNull());
        QVERIFY(!QImage::fromData(reference["o.png"]).isNull());
        QVERIFY(reference["v.mp4"].mid(4, 4) == "ftyp");
        QVERIFY(reference["v.mp4.json"].endsWith("}") || reference["v.mp4.json"].endsWith("}\n"));

        // Kill when the k-th file name appears or changes (a temp file, or a final one written in
        // place or renamed over), after a delay; then at fractions of a complete run's time.
        QList<Kill> kills;
        for (int k = 1; k <= 4; ++k)
            for (int delayUs : {0, 300, 3000}) kills << Kill{k, delayUs};
        kills << Kill{5, 0} << Kill{6, 0} << Kill{7, 0};
        for (double f : {0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0}) kills << Kill{0, static_cast<int>(f * fullUs)};

        int killed = 0, midWrite = 0;
        std::set<long> deadWriters;
        for (int i = 0; i < kills.size(); ++i) {
            const Kill kill = kills[i];
            if (i % 2 == 1)  // half the runs start from no file: "no file" is then the other valid outcome
                for (const QString& name : kFinals) QFile::remove(d + "/" + name);
            const QStringList before = others(d);
            const auto start = snapshot(d);
            QProcess p;
            p.start(qEnvironmentVariable("STIPPLE_CLI"), timelineArgs(d));
            QVERIFY(p.waitForStarted());
            const long pid = static_cast<long>(p.processId());
            clock.restart();
            QSet<QString> seen;
            bool fire = false;
            while (!fire && !p.waitForFinished(0) && clock.elapsed() < 60000) {
                if (kill.filesChanged == 0) {
                    fire = clock.nsecsElapsed() / 1000 >= kill.delayUs;
                } else {
                    const auto now = snapshot(d);
                    for (auto it = now.begin(); it != now.end(); ++it)
                        if (!start.contains(it.key()) || start[it.key()] != it.value()) seen.insert(it.key());
                    fire = seen.size() >= kill.filesChanged;
                    if (fire) QThread::usleep(static_cast<unsigned long>(kill.delayUs));
                }
                if (!fire) QThread::usleep(20);  // a file written in place shows for well under 1 ms
            }
            if (p.state() != QProcess::NotRunning) p.kill();  // SIGKILL
            p.waitForFinished(60000);
            const bool wasKilled = p.exitStatus() == QProcess::CrashExit;
            killed += wasKilled;
            if (!wasKilled) QCOMPARE(p.exitCode(), 0);

            const QString what = QStringLiteral("run %1 (kill after %2 files changed + %3 us)").arg(i).arg(kill.filesChanged).arg(kill.delayUs);
            for (const QString& name : kFinals) {
                const QString path = d + "/" + name;
                QVERIFY2(!QFile::exists(path) || bytes(path) == reference[name],
                         qPrintable(what + ": " + name + " is neither absent nor whole"));
            }
            const QStringList left = others(d);
            for (const QString& name : left) {
                if (before.contains(name)) continue;
                QVERIFY2(stipple::is_temp_file_name(name.toStdString()) &&
                             name.startsWith(QString(stipple::kTempPrefix) + QString::number(pid) + "-"),
                         qPrintable(what + " left '" + name + "', not a hidden temp file of process " + QString::number(pid)));
                ++midWrite;
                deadWriters.insert(pid);
            }
        }
        qInfo("%d runs, %d killed, %d temp files left by kills mid-write (from %zu runs); a complete run takes %.2f s",
              static_cast<int>(kills.size()), killed, midWrite, deadWriters.size(), fullUs / 1e6);
        QVERIFY2(killed >= kills.size() / 2, "too few runs were killed: the kill points miss the run");
        QVERIFY2(!deadWriters.empty(), "no kill landed while a file was being written");

        // Left by a writer that is gone and unchanged for a minute: removed by the next save into the
        // folder. A live writer's (this test's pid) and a fresh one are kept.
        const QStringList left = others(d);
        for (const QString& name : left) {
            std::filesystem::path path = (d + "/" + name).toStdString();
            std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now() - std::chrono::minutes(2));
        }
        const QString live = QString(stipple::kTempPrefix) + QString::number(QCoreApplication::applicationPid()) + "-1-o.png";
        const QString fresh = QString(stipple::kTempPrefix) + QString::number(*deadWriters.begin()) + "-2-o.png";
        for (const QString& name : {live, fresh}) {
            QFile f(d + "/" + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QCOMPARE(runToEnd(timelineArgs(d), &err), 0);
        QStringList expected = kFinals;
        expected << live << fresh;
        expected.sort();
        QCOMPARE(everyFile(d), expected);
        for (const QString& name : kFinals) QVERIFY2(bytes(d + "/" + name) == reference[name], qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(CliKillSafetyTest)
#include "test_cli_kill_safety.moc"
