// The parameters panel's "SDE noise" choice (GenerationRequest::sde_noise): diffusers' per-step noise
// by default; an AUTOMATIC1111 picture made with a DPM++ SDE sampler restores A1111's Brownian tree
// (and opens the advanced section to show it); the choice reaches the request; an image of another
// sampler leaves it at the default.
#include "parameters_panel.h"

#include <QComboBox>
#include <QToolButton>
#include <QtTest>

using namespace stipple::ui;

namespace {

const char* const kA1111Sde =
    "a lighthouse at dusk\nNegative prompt: blurry\nSteps: 20, Sampler: DPM++ 2M SDE, Schedule type: Karras, "
    "CFG scale: 7, Seed: 1234, Size: 512x512, Model hash: abcdef0123, Model: some_model, Version: v1.10.1";

stipple::SdeNoise requested(ParametersPanel& panel) {
    QString problem;
    const auto r = panel.buildRequest(&problem, false);
    if (!r) {
        qWarning("%s", qPrintable(problem));
        return static_cast<stipple::SdeNoise>(-1);
    }
    return r->sde_noise;
}

}  // namespace

class UiSdeNoise : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultIsDiffusers();
    void a1111SdeImageRestoresTheTree();
    void otherSamplersKeepTheDefault();
};

void UiSdeNoise::defaultIsDiffusers() {
    ParametersPanel panel;
    QComboBox* box = panel.sdeNoiseBox();
    QVERIFY(box != nullptr);
    QCOMPARE(box->count(), 2);
    QVERIFY(requested(panel) == stipple::SdeNoise::Diffusers);
    box->setCurrentIndex(box->findData(static_cast<int>(stipple::SdeNoise::BrownianTree)));
    QVERIFY(requested(panel) == stipple::SdeNoise::BrownianTree);
}

void UiSdeNoise::a1111SdeImageRestoresTheTree() {
    ParametersPanel panel;
    panel.setAdvancedOpen(false);
    panel.applyInfotext(QString::fromLatin1(kA1111Sde));
    QCOMPARE(panel.sdeNoiseBox()->currentData().toInt(), static_cast<int>(stipple::SdeNoise::BrownianTree));
    QVERIFY(panel.advancedButton()->isChecked());
    QVERIFY(requested(panel) == stipple::SdeNoise::BrownianTree);
}

void UiSdeNoise::otherSamplersKeepTheDefault() {
    ParametersPanel panel;
    panel.applyInfotext(QString::fromLatin1(kA1111Sde));
    QString other = QString::fromLatin1(kA1111Sde);
    other.replace(QStringLiteral("DPM++ 2M SDE"), QStringLiteral("DPM++ 2M"));
    panel.applyInfotext(other);
    QCOMPARE(panel.sdeNoiseBox()->currentData().toInt(), static_cast<int>(stipple::SdeNoise::Diffusers));
}

QTEST_MAIN(UiSdeNoise)
#include "test_ui_sde_noise.moc"
