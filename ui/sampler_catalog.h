// The sampler (scheduler) choices offered in the UI, by their A1111 labels, with a tooltip each.
// The list itself comes from core/schedulers (sampler_display_names) so it stays in one place.
#pragma once

#include <QString>
#include <QStringList>

namespace stipple::ui {

QStringList samplerLabels();
// A sentence that teaches what the sampler does, for tooltips.
QString samplerDescription(const QString& label);
// The label the UI starts with.
QString defaultSamplerLabel();

}  // namespace stipple::ui
