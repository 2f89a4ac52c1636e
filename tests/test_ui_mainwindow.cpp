// The desktop app starts: the main window shows its three regions (parameters, preview, gallery),
// the seed field takes any unsigned 64-bit value and rejects larger ones with a message.
#include "error_banner.h"
#include "gallery_view.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "preview_pane.h"
#include "seed_edit.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

class MainWindowTest : public QObject {
    Q_OBJECT
    QTemporaryDir out_, data_;
private Q_SLOTS:
    void initTestCase() {
        qputenv("STIPPLE_OUTPUT_DIR", out_.path().toUtf8());
        qputenv("STIPPLE_DATA_DIR", data_.path().toUtf8());
    }

    void windowHasItsRegions() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const char* name : {"parametersPanel", "previewPane", "gallery"}) {
            auto* region = w.findChild<QWidget*>(QString::fromLatin1(name));
            QVERIFY2(region, name);
            QVERIFY2(region->isVisible(), name);
            QVERIFY2(region->width() > 100 && region->height() > 100, name);
        }
        // The preview dominates: it is larger than the parameters panel and the gallery.
        const QSize preview = w.findChild<QWidget*>("previewPane")->size();
        const QSize gallery = w.findChild<QWidget*>("gallery")->size();
        QVERIFY(preview.width() * preview.height() > gallery.width() * gallery.height());
        QVERIFY(w.findChild<QPushButton*>("generateButton")->isVisible());
        // Without a model, Generate explains instead of doing nothing.
        w.generate();
        QVERIFY(w.banner()->isVisible());
        QVERIFY(w.banner()->text().contains("model", Qt::CaseInsensitive));
    }

    void seedFieldHoldsUnsigned64() {
        MainWindow w;
        w.show();
        SeedEdit* seed = w.parameters()->seedEdit();
        auto* problem = w.findChild<QLabel*>("seedProblem");
        seed->clear();
        QTest::keyClicks(seed, "6421725739674010");
        QCOMPARE(seed->seed().value(), quint64(6421725739674010ull));
        QVERIFY(w.parameters()->lockButton()->isChecked());  // typing a seed locks it
        seed->clear();
        QTest::keyClicks(seed, "18446744073709551615");
        QCOMPARE(seed->seed().value(), quint64(18446744073709551615ull));
        QVERIFY(problem->isHidden());
        seed->clear();
        QTest::keyClicks(seed, "18446744073709551616");
        QVERIFY(!seed->seed().has_value());
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains("18446744073709551615"));
        seed->clear();
        QTest::keyClicks(seed, "12a3");  // letters are refused as typed
        QCOMPARE(seed->text(), QString("123"));
        QString why;
        seed->setText("99999999999999999999999");
        QVERIFY(!w.parameters()->buildRequest(&why).has_value());
        QVERIFY(why.contains("too large"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "test_ui_mainwindow.moc"
