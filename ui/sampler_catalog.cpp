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
    QString base = label;
    const bool karras = base.endsWith(QLatin1String(" Karras"));
    if (karras) base.chop(7);
    QString text = QCoreApplication::translate("SamplerCatalog", "Sampler %1.").arg(base);
    // The descriptions live in core's sampler registry; lupdate extracts them from there.
    stipple::SamplerLabel entry;
    if (stipple::find_sampler_label(base.toStdString(), entry) && !entry.description.empty())
        text = QCoreApplication::translate("SamplerCatalog", entry.description.c_str());
    if (karras)
        text += QLatin1Char(' ') + QCoreApplication::translate(
                                       "SamplerCatalog", "Karras schedule: smaller noise steps near the end, usually cleaner details.");
    return text;
}

}  // namespace stipple::ui
