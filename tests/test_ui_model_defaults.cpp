// Guidance and steps when a model loads: a model's recommendation (the built-in model's CFG, from
// its model_index.json) replaces the fields unless the user changed them since the last model set
// them; a model without advice brings back the generic 7.5 and 20; Turbo always gets 1 step and no
// guidance, and its settings do not stay behind for the next model.
#include "main_window.h"
#include "parameters_panel.h"
#include "io/json_file.h"
#include "pipeline/resource_paths.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

ModelSummary model(const QString& name, double cfg = 0, int steps = 0, bool turbo = false) {
    ModelSummary m;
    m.name = name;
    m.recommendedCfg = cfg;
    m.recommendedSteps = steps;
    m.turbo = turbo;
    m.defaultSampler = QStringLiteral("Euler a");
    return m;
}

}  // namespace

class UiModelDefaultsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adviceFollowsUntilTheUserChooses() {
        ParametersPanel p;
        QCOMPARE(p.cfgBox()->value(), 7.5);
        QCOMPARE(p.stepsBox()->value(), 20);
        const QString said = p.applyModelDefaults(model("shapes", 5, 25), false);
        QCOMPARE(p.cfgBox()->value(), 5.0);
        QCOMPARE(p.stepsBox()->value(), 25);
        QVERIFY2(said.contains("5") && said.contains("25"), qPrintable(said));
        // Untouched, a model without advice brings the generic values back.
        QVERIFY(!p.applyModelDefaults(model("sd15"), false).isEmpty());
        QCOMPARE(p.cfgBox()->value(), 7.5);
        QCOMPARE(p.stepsBox()->value(), 20);
        // The user's own guidance stays through loads of either kind; the untouched steps follow.
        p.applyModelDefaults(model("shapes", 5, 25), false);
        p.cfgBox()->setValue(9.0);
        p.applyModelDefaults(model("sd15"), false);
        QCOMPARE(p.cfgBox()->value(), 9.0);
        QCOMPARE(p.stepsBox()->value(), 20);
        p.applyModelDefaults(model("shapes", 5, 25), false);
        QCOMPARE(p.cfgBox()->value(), 9.0);
        QCOMPARE(p.stepsBox()->value(), 25);
        // Reloading the same model with nothing to change says nothing.
        QVERIFY(p.applyModelDefaults(model("shapes", 5, 25), false).isEmpty());
    }

    // The next start restores the fields and what the model had set: advice taken last time is
    // still advice, not a choice of the user's.
    void adviceSurvivesARestart() {
        SavedParameters saved;
        {
            ParametersPanel p;
            p.applyModelDefaults(model("shapes", 5, 25), false);
            saved = p.savedState();
        }
        ParametersPanel q;
        q.restoreSaved(saved);
        QCOMPARE(q.cfgBox()->value(), 5.0);
        q.applyModelDefaults(model("sd15"), false);
        QCOMPARE(q.cfgBox()->value(), 7.5);
        QCOMPARE(q.stepsBox()->value(), 20);
    }

    void turboIsForcedAndDoesNotLinger() {
        ParametersPanel p;
        p.cfgBox()->setValue(9.0);
        p.stepsBox()->setValue(30);
        p.applyModelDefaults(model("turbo", 0, 0, true), false);
        QCOMPARE(p.cfgBox()->value(), 0.0);
        QCOMPARE(p.stepsBox()->value(), 1);
        p.applyModelDefaults(model("sd15"), false);
        QCOMPARE(p.cfgBox()->value(), 7.5);
        QCOMPARE(p.stepsBox()->value(), 20);
    }

    // The real built-in model, opened by the main window: its own recommendation, said in the status bar.
    void builtinModelOpensWithItsRecommendation() {
        QTemporaryDir data, out;
        qputenv("STIPPLE_DATA_DIR", data.path().toUtf8());
        qputenv("STIPPLE_OUTPUT_DIR", out.path().toUtf8());
        const QString dir = QString::fromStdString(stipple::builtin_model_dir());
        const nlohmann::json index = stipple::read_json_file((dir + "/model_index.json").toStdString());
        const double cfg = index.at("_stipple_recommended").value("guidance_scale", 0.0);
        QVERIFY(cfg > 0 && cfg != 7.5);
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::modelReady);
        w.parameters()->cfgBox()->setValue(7.5);  // as a fresh profile has it
        w.openModel(dir);
        QVERIFY(ready.wait(120000));
        QCOMPARE(w.parameters()->cfgBox()->value(), cfg);
        QVERIFY2(w.statusBar()->currentMessage().contains("recommends"), qPrintable(w.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(UiModelDefaultsTest)
#include "test_ui_model_defaults.moc"
