// Sampler labels for the UI (see sampler_catalog.h).
#include "sampler_catalog.h"

#include "schedulers/scheduler_factory.h"

#include <QCoreApplication>

namespace stipple::ui {

QStringList samplerLabels() {
    QStringList out;
    for (const std::string& name : stipple::sampler_display_names()) out << QString::fromStdString(name);
    return out;
}

QString defaultSamplerLabel() { return QStringLiteral("DPM++ 2M Karras"); }

QString samplerDescription(const QString& label) {
    // A table of QT_TRANSLATE_NOOP entries, so lupdate extracts every description.
    static const struct {
        const char* base;
        const char* text;
    } kDescriptions[] = {
        {"Euler a", QT_TRANSLATE_NOOP("SamplerCatalog", "Euler ancestral: adds fresh noise every step. Creative and fast, but the image keeps changing with the step count.")},
        {"Euler", QT_TRANSLATE_NOOP("SamplerCatalog", "Euler: the simplest deterministic sampler. Good quality at 20-30 steps.")},
        {"LMS", QT_TRANSLATE_NOOP("SamplerCatalog", "Linear multistep: reuses earlier steps for accuracy. Can be unstable at very low step counts.")},
        {"Heun", QT_TRANSLATE_NOOP("SamplerCatalog", "Heun: a second-order method, two model calls per step. High quality, twice as slow.")},
        {"DPM2", QT_TRANSLATE_NOOP("SamplerCatalog", "DPM2: a second-order DPM-Solver, two model calls per step.")},
        {"DPM++ 2M", QT_TRANSLATE_NOOP("SamplerCatalog", "DPM++ 2M: a fast second-order multistep solver. Excellent quality in 20-30 steps.")},
        {"DPM++ 2M SDE", QT_TRANSLATE_NOOP("SamplerCatalog", "DPM++ 2M SDE: the stochastic variant of DPM++ 2M; adds noise, more detail and variety.")},
        {"DDIM", QT_TRANSLATE_NOOP("SamplerCatalog", "DDIM: the classic deterministic sampler from the original Stable Diffusion release.")},
        {"PLMS", QT_TRANSLATE_NOOP("SamplerCatalog", "PLMS (PNDM): pseudo linear multistep, the default of the original SD 1.x release.")},
        {"UniPC", QT_TRANSLATE_NOOP("SamplerCatalog", "UniPC: a predictor-corrector solver that converges in very few steps (10-20).")},
        {"LCM", QT_TRANSLATE_NOOP("SamplerCatalog", "LCM: for latent-consistency models only; 2-8 steps and CFG around 1-2.")},
        {"DDPM", QT_TRANSLATE_NOOP("SamplerCatalog", "DDPM: the original ancestral sampler; needs many steps (100+).")},
    };
    QString base = label;
    const bool karras = base.endsWith(QLatin1String(" Karras"));
    if (karras) base.chop(7);
    QString text = QCoreApplication::translate("SamplerCatalog", "Sampler %1.").arg(base);
    for (const auto& d : kDescriptions)
        if (base == QLatin1String(d.base)) text = QCoreApplication::translate("SamplerCatalog", d.text);
    if (karras)
        text += QLatin1Char(' ') + QCoreApplication::translate(
                                       "SamplerCatalog", "Karras schedule: smaller noise steps near the end, usually cleaner details.");
    return text;
}

}  // namespace stipple::ui
