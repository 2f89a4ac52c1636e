// Opening a .ckpt in the app (issue 16): it is converted to .safetensors beside it off the GUI
// thread and that file is opened; a second opening finds the conversion and opens it at once; a
// hostile pickle (one that would call os.system) is refused with the forbidden global named,
// and nothing is written beside it.
#include "error_banner.h"
#include "checkpoint_import.h"
#include "main_window.h"
#include "support/fixtures.h"

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

QString data(const QString& name) {
    return QString::fromStdString(stipple::test::source_path(QStringLiteral("tests/data/pickle_checkpoints/") + name));
}

QString bannerText(MainWindow& w) {
    QString all;
    for (QLabel* l : w.banner()->findChildren<QLabel*>()) all += l->text() + QLatin1Char('\n');
    return all;
}

}  // namespace

class CheckpointImportTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_, data_, out_;

private Q_SLOTS:
    void init() {
        qputenv("STIPPLE_OUTPUT_DIR", out_.path().toUtf8());
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
    }

    void checkpointIsConvertedThenOpened() {
        const QString ckpt = dir_.filePath(QStringLiteral("nested.ckpt"));
        QVERIFY(QFile::copy(data(QStringLiteral("nested.ckpt")), ckpt));
        MainWindow w;
        w.show();
        QSignalSpy failed(&w, &MainWindow::modelFailed);
        QVERIFY(w.importCheckpoint(ckpt));
        // The conversion runs on its own thread; then the window opens the result, which is a
        // small state dict and not a model: the load's own error says so.
        QVERIFY(failed.wait(60000));
        const QString converted = dir_.filePath(QStringLiteral("nested.safetensors"));
        QVERIFY(QFileInfo(converted).size() > 0);
        QVERIFY2(bannerText(w).contains(QStringLiteral("nested.safetensors")), qPrintable(bannerText(w)));
        // Opening the .ckpt again finds the conversion: no question, no second conversion.
        const QDateTime written = QFileInfo(converted).lastModified();
        QSignalSpy failedAgain(&w, &MainWindow::modelFailed);
        w.openModel(ckpt);
        QVERIFY(failedAgain.wait(60000));
        QCOMPARE(QFileInfo(converted).lastModified(), written);
    }

    void hostilePickleIsRefused() {
        const QString ckpt = dir_.filePath(QStringLiteral("os_system.ckpt"));
        QVERIFY(QFile::copy(data(QStringLiteral("os_system.ckpt")), ckpt));
        MainWindow w;
        w.show();
        CheckpointImport* import = nullptr;
        QVERIFY(w.importCheckpoint(ckpt));
        import = w.findChild<CheckpointImport*>();
        QVERIFY(import);
        QSignalSpy finished(import, &CheckpointImport::finished);
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        const QString error = finished.first().at(2).toString();
        QVERIFY2(error.contains(QStringLiteral("system")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir_.filePath(QStringLiteral("os_system.safetensors"))));
        QVERIFY(bannerText(w).contains(QStringLiteral("Cannot convert")));
    }
};

QTEST_MAIN(CheckpointImportTest)
#include "test_ui_checkpoint_import.moc"
