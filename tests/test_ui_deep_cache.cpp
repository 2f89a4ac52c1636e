// The parameters panel's "Step caching" box (GenerationRequest::deep_cache_interval): Off by
// default (the exact picture); a chosen interval reaches the request; an image made with step
// caching restores its interval (and opens the advanced section to show it), one without turns it off.
#include "parameters_panel.h"
#include "support/screenshot.h"

#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace stipple::ui;

namespace {

const char* const kCached =
    "a lighthouse at dusk\nNegative prompt: blurry\nSteps: 20, Sampler: Euler, CFG scale: 7, Seed: 1234, "
    "Size: 512x512, Deep cache: 4, Version: stipple-0.2.0";

int requested(ParametersPanel& panel) {
    QString problem;
    const auto r = panel.buildRequest(&problem, false);
    if (!r) {
        qWarning("%s", qPrintable(problem));
        return -1;
    }
    return r->deep_cache_interval;
}

}  // namespace

class UiDeepCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useScreenshotLanguage(); }

    void offByDefaultAndAChosenIntervalIsRequested() {
        ParametersPanel panel;
        QSpinBox* box = panel.deepCacheBox();
        QVERIFY(box != nullptr);
        QCOMPARE(box->value(), 1);
        QCOMPARE(box->text(), QStringLiteral("Off"));
        QCOMPARE(requested(panel), 0);
        box->setValue(3);
        QCOMPARE(requested(panel), 3);
        QVERIFY(box->toolTip().contains(QStringLiteral("Faster")));
    }

    void aCachedImageRestoresItsInterval() {
        ParametersPanel panel;
        panel.setAdvancedOpen(false);
        panel.applyInfotext(QString::fromLatin1(kCached));
        QCOMPARE(panel.deepCacheBox()->value(), 4);
        QVERIFY(panel.advancedButton()->isChecked());
        QCOMPARE(requested(panel), 4);
        panel.resize(420, 900);
        test::saveScreenshot(&panel, QStringLiteral("parameters-step-caching"));

        QString plain = QString::fromLatin1(kCached);
        plain.replace(QStringLiteral("Deep cache: 4, "), QString());
        panel.applyInfotext(plain);
        QCOMPARE(panel.deepCacheBox()->value(), 1);
        QCOMPARE(requested(panel), 0);
    }
};

QTEST_MAIN(UiDeepCache)
#include "test_ui_deep_cache.moc"
