// What tells the runs of a lockstep compare apart, as the caption under each pane: seed, steps,
// CFG and sampler (a value that differs between the runs in bold), and the words of its prompt the
// other runs do not all share. A prompt every run shares is said once, above the panes.
#pragma once

#include "common/generation_request.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stipple::ui {

struct LockstepCaptions {
    QStringList settings;    // per run, rich text: "Seed 7 · <b>20 steps</b> · CFG 7.5 · Euler a"
    QStringList prompts;     // per run, rich text: the words only some runs have ("" when all prompts match)
    QString sharedPrompt;    // plain: the prompt when every run has the same one, else ""
};

// Runs without a request (an image without parameters) get "Unknown settings".
LockstepCaptions lockstepCaptions(const QList<std::optional<stipple::GenerationRequest>>& requests);

}  // namespace stipple::ui
