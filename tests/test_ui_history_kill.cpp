// The history survives the app being killed: a child process (this executable, started with
// STIPPLE_HISTORY_WRITER=<folder>) adds records to a HistoryStore one transaction after another,
// printing each committed id, and is SIGKILLed after a varying number of commits, often inside a
// transaction. Reopened, the database is in WAL mode, passes PRAGMA integrity_check, and holds every
// record whose commit was reported, whole; no half of a transaction.
#include "history_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdio>

using stipple::ui::HistoryRecord;
using stipple::ui::HistoryStore;

namespace {

constexpr int kBatch = 8;  // records per transaction: a kill can land inside one

HistoryRecord record(int n) {
    HistoryRecord r;
    r.path = QStringLiteral("/out/%1-7.png").arg(n, 5, 10, QLatin1Char('0'));
    r.seed = 1000 + static_cast<quint64>(n);
    r.parameters = QStringLiteral("a red circle number %1\nSteps: 20, Sampler: Euler a, Seed: %2").arg(n).arg(r.seed);
    r.thumbnail = QImage(96, 96, QImage::Format_RGB888);
    r.thumbnail.fill(QColor::fromHsv(n % 360, 200, 200));
    r.created = QDateTime::currentDateTimeUtc();
    r.seconds = n;
    return r;
}

// The child: adds batches numbered from `first` until killed; prints "<first n> <last n>" after each commit.
int writeUntilKilled(const QString& folder, int first) {
    HistoryStore store(folder);
    if (!store.ok()) return std::fprintf(stderr, "%s\n", qPrintable(store.error())), 3;
    for (int n = first;; n += kBatch) {
        QList<HistoryRecord> batch;
        for (int i = n; i < n + kBatch; ++i) batch << record(i);
        if (!store.add(batch)) return std::fprintf(stderr, "%s\n", qPrintable(store.error())), 3;
        std::printf("%d %d\n", n, n + kBatch - 1);
        std::fflush(stdout);
    }
}

// The last record number in the child's complete output lines; consumes them from `pending`.
int lastReported(QByteArray& pending, int last, int* lines) {
    for (int nl; (nl = pending.indexOf('\n')) >= 0; pending.remove(0, nl + 1), ++*lines)
        last = pending.left(nl).split(' ').value(1).toInt();
    return last;
}

QString pragma(const QString& file, const QString& statement) {
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next()) value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

}  // namespace

class UiHistoryKillTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void committedRecordsSurviveSigkill() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("history.sqlite"));
        int rows = 0, unreadCommits = 0;
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("STIPPLE_HISTORY_WRITER"), dir.path());
            env.insert(QStringLiteral("STIPPLE_HISTORY_FIRST"), QString::number(rows));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            // Kill after 1, 4, 7, ... commits and a delay of 0 to 2 ms: mostly inside the next transaction.
            const int killAfter = 1 + 3 * round;
            int lines = 0, last = rows - 1;
            QByteArray pending;
            QElapsedTimer clock;
            clock.start();
            while (lines < killAfter && clock.elapsed() < 60000) {
                if (!child.waitForReadyRead(100) && child.state() == QProcess::NotRunning) break;
                pending += child.readAllStandardOutput();
                last = lastReported(pending, last, &lines);
            }
            QVERIFY2(child.state() == QProcess::Running, qPrintable(child.readAllStandardError()));
            QThread::usleep(static_cast<unsigned long>(round * 400));
            child.kill();  // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            pending += child.readAllStandardOutput();  // lines written before the kill are commits too
            last = lastReported(pending, last, &lines);

            QCOMPARE(pragma(file, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
            QCOMPARE(pragma(file, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            HistoryStore store(dir.path());
            QVERIFY2(store.ok(), qPrintable(store.error()));
            const QList<HistoryRecord> records = store.page(0, 1 << 20);
            // Every reported record, and at most the one batch committed after its line was read.
            const QString what = QStringLiteral("round %1: %2 rows, records 0..%3 reported committed")
                                     .arg(round).arg(records.size()).arg(last);
            QVERIFY2(records.size() == last + 1 || records.size() == last + 1 + kBatch, qPrintable(what));
            unreadCommits += records.size() > last + 1;
            QSet<int> numbers;
            for (const HistoryRecord& r : records) {
                const int n = r.path.mid(5, 5).toInt();
                numbers.insert(n);
                const HistoryRecord expected = record(n);
                QCOMPARE(r.path, expected.path);
                QCOMPARE(r.seed, expected.seed);
                QCOMPARE(r.parameters, expected.parameters);
                QCOMPARE(r.thumbnail.pixelColor(10, 10), expected.thumbnail.pixelColor(10, 10));
            }
            QCOMPARE(numbers.size(), records.size());  // 0..size-1, each once: no torn or repeated batch
            QVERIFY2(numbers.isEmpty() || (*std::min_element(numbers.begin(), numbers.end()) == 0 &&
                                           *std::max_element(numbers.begin(), numbers.end()) == records.size() - 1),
                     qPrintable(what));
            rows = static_cast<int>(records.size());
        }
        qInfo("6 kills; %d records in the end, all intact; %d kills landed after a commit whose line was unread",
              rows, unreadCommits);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString writer = qEnvironmentVariable("STIPPLE_HISTORY_WRITER");
    if (!writer.isEmpty()) return writeUntilKilled(writer, qEnvironmentVariableIntValue("STIPPLE_HISTORY_FIRST"));
    UiHistoryKillTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_ui_history_kill.moc"
