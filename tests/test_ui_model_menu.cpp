// Model ▸ VAE and Model ▸ Prediction type (issue 16): a choice reloads the model with it, the model
// line says so, it is remembered for that model (a new window opening it gets it back) and undone
// with "Use the model's own VAE" / "Detect from the file"; without a model the menu's choices are
// off and a choice made anyway says to open a model first.
#include "error_banner.h"
#include "generation_controller.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "preferences.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

QString builtin() { return QString::fromStdString(stipple::builtin_model_dir()); }
QString builtinVae() { return builtin() + QStringLiteral("/vae/diffusion_pytorch_model.safetensors"); }

std::optional<ModelSummary> waitForModel(MainWindow& w, const std::function<void()>& start) {
    QSignalSpy ready(&w, &MainWindow::modelReady);
    start();
    if (!ready.wait(120000)) return std::nullopt;
    return ready.takeFirst().at(0).value<ModelSummary>();
}

QMenu* modelMenu(MainWindow& w) {
    for (QAction* a : w.menuBar()->actions())
        if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Model")) return a->menu();
    return nullptr;
}

QString modelLine(MainWindow& w) {
    QString all;
    for (QLabel* l : w.parameters()->findChildren<QLabel*>()) all += l->text() + QLatin1Char('\n');
    return all;
}

}  // namespace

class ModelMenuTest : public QObject {
    Q_OBJECT
    QTemporaryDir data_, out_;

private Q_SLOTS:
    void init() {
        qputenv("STIPPLE_OUTPUT_DIR", QDir(out_.path()).filePath(QTest::currentTestFunction()).toUtf8());
        qputenv("STIPPLE_DATA_DIR", QDir(data_.path()).filePath(QTest::currentTestFunction()).toUtf8());
    }

    void vaeChoiceReloadsAndIsRemembered() {
        {
            MainWindow w;
            w.show();
            QVERIFY(waitForModel(w, [&] { w.openModel(builtin()); }).has_value());
            const auto withVae = waitForModel(w, [&] {
                QVERIFY(w.setModelOverrides(ModelOverrides{builtinVae(), QString()}));
            });
            QVERIFY(withVae.has_value());
            QCOMPARE(withVae->vaeName, QStringLiteral("diffusion_pytorch_model.safetensors"));
            QVERIFY2(modelLine(w).contains(QStringLiteral("VAE diffusion_pytorch_model.safetensors")), qPrintable(modelLine(w)));
        }
        {
            // A new window (the next start) opening the same model gets the same VAE.
            MainWindow w;
            w.show();
            const auto again = waitForModel(w, [&] { w.openModel(builtin()); });
            QVERIFY(again.has_value());
            QCOMPARE(again->vaeName, QStringLiteral("diffusion_pytorch_model.safetensors"));
            // Model ▸ Use the model's own VAE undoes it.
            QMenu* menu = modelMenu(w);
            QVERIFY(menu);
            Q_EMIT menu->aboutToShow();
            QAction* own = nullptr;
            for (QAction* a : menu->actions())
                if (a->text().contains(QStringLiteral("own VAE"))) own = a;
            QVERIFY(own && own->isEnabled());
            const auto plain = waitForModel(w, [&] { own->trigger(); });
            QVERIFY(plain.has_value());
            QVERIFY(plain->vaeName.isEmpty());
            QVERIFY(!modelLine(w).contains(QStringLiteral("VAE ")));
        }
    }

    void predictionTypeOverride() {
        MainWindow w;
        w.show();
        const auto detected = waitForModel(w, [&] { w.openModel(builtin()); });
        QVERIFY(detected.has_value());
        // The built-in model is trained with v-prediction (its scheduler config says so).
        QCOMPARE(detected->predictionType, QStringLiteral("v_prediction"));
        QVERIFY(modelLine(w).contains(QStringLiteral("v-prediction")));
        const auto eps = waitForModel(w, [&] { w.setModelOverrides(ModelOverrides{QString(), QStringLiteral("epsilon")}); });
        QVERIFY(eps.has_value());
        QCOMPARE(eps->predictionType, QStringLiteral("epsilon"));
        QCOMPARE(eps->predictionSource, QStringLiteral("override"));
        QVERIFY(!modelLine(w).contains(QStringLiteral("v-prediction")));
        // The menu shows the choice; "Detect from the file" is the way back.
        QMenu* menu = modelMenu(w);
        Q_EMIT menu->aboutToShow();
        QAction* detect = nullptr;
        for (QAction* a : menu->findChildren<QAction*>()) {
            if (a->data().toString() == QLatin1String("epsilon")) QVERIFY(a->isChecked());
            if (a->isCheckable() && a->data().toString().isEmpty() && a->text().contains(QStringLiteral("Detect"))) detect = a;
        }
        QVERIFY(detect);
        const auto back = waitForModel(w, [&] { detect->trigger(); });
        QVERIFY(back.has_value());
        QCOMPARE(back->predictionType, QStringLiteral("v_prediction"));
    }

    void withoutAModelTheChoicesAreOff() {
        MainWindow w;
        w.show();
        QMenu* menu = modelMenu(w);
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        for (QAction* a : menu->findChildren<QAction*>())
            if (a->isCheckable()) QVERIFY(!a->isEnabled());
        QVERIFY(!w.setModelOverrides(ModelOverrides{builtinVae(), QString()}));
        QVERIFY(w.findChild<ErrorBanner*>()->isVisible());
    }
};

QTEST_MAIN(ModelMenuTest)
#include "test_ui_model_menu.moc"
