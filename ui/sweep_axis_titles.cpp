// Translated sweep axis titles (see sweep_axis_titles.h).
#include "sweep_axis_titles.h"

#include <QCoreApplication>

namespace stipple::ui {

QString sweepAxisTitle(stipple::SweepAxisKind kind) {
    switch (kind) {
        case stipple::SweepAxisKind::Seed: return QCoreApplication::translate("SweepAxis", "Seed");
        case stipple::SweepAxisKind::Steps: return QCoreApplication::translate("SweepAxis", "Steps");
        case stipple::SweepAxisKind::Guidance: return QCoreApplication::translate("SweepAxis", "CFG scale");
        case stipple::SweepAxisKind::Scheduler: return QCoreApplication::translate("SweepAxis", "Sampler");
        case stipple::SweepAxisKind::Prompt: return QCoreApplication::translate("SweepAxis", "Prompt");
        case stipple::SweepAxisKind::NegativePrompt: return QCoreApplication::translate("SweepAxis", "Negative prompt");
        case stipple::SweepAxisKind::Size: return QCoreApplication::translate("SweepAxis", "Size");
        case stipple::SweepAxisKind::VariationSeed: return QCoreApplication::translate("SweepAxis", "Variation seed");
        case stipple::SweepAxisKind::VariationStrength: return QCoreApplication::translate("SweepAxis", "Variation strength");
        case stipple::SweepAxisKind::Model: return QCoreApplication::translate("SweepAxis", "Model");
    }
    return QString::fromStdString(stipple::sweep_axis_title(kind));  // a kind added to core but not here yet
}

}  // namespace stipple::ui
