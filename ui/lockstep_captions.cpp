// Captions of the lockstep compare's panes (see lockstep_captions.h).
#include "lockstep_captions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace stipple::ui {

namespace {

// lupdate files a tr() call inside a namespace under the namespace's name, so the catalogue's
// context for these captions is "stipple::ui": look them up there.
QString tr(const char* text) { return QCoreApplication::translate("stipple::ui", text); }

// The words of a prompt: split at spaces and commas, lower case, for telling prompts apart.
QStringList wordsOf(const QString& prompt) {
    const QRegularExpression separators(QStringLiteral("[\\s,]+"));  // PCRE2: no recursion per character
    return prompt.toLower().split(separators, Qt::SkipEmptyParts);
}

QString promptOf(const stipple::GenerationRequest& r) {
    return QString::fromStdString(r.prompts.empty() ? r.prompt : r.prompts.front());
}

}  // namespace

LockstepCaptions lockstepCaptions(const QList<std::optional<stipple::GenerationRequest>>& requests) {
    LockstepCaptions out;
    // One value per run and field, then bold where the known values differ.
    enum Field { Seed, Steps, Cfg, Sampler, Fields };
    QList<QStringList> values(Fields);
    for (const auto& r : requests) {
        values[Seed] << (r && !r->seeds.empty() ? tr("Seed %1").arg(r->seeds.front()) : QString());
        values[Steps] << (r ? tr("%1 steps").arg(r->steps) : QString());
        values[Cfg] << (r ? tr("CFG %1").arg(r->guidance_scale) : QString());
        values[Sampler] << (r ? (r->scheduler.empty() ? tr("model's sampler") : QString::fromStdString(r->scheduler)) : QString());
    }
    QList<bool> differs(Fields, false);
    for (int f = 0; f < Fields; ++f)
        for (int i = 1; i < values[f].size(); ++i)
            if (values[f][i] != values[f][0]) differs[f] = true;

    for (int i = 0; i < requests.size(); ++i) {
        if (!requests[i]) {
            out.settings << tr("Unknown settings (no parameters in the image)").toHtmlEscaped();
            continue;
        }
        QStringList parts;
        for (int f = 0; f < Fields; ++f) {
            const QString v = values[f][i].toHtmlEscaped();
            parts << (differs[f] ? QStringLiteral("<b>%1</b>").arg(v) : v);
        }
        out.settings << parts.join(QStringLiteral(" · "));
    }

    // Prompts: the same everywhere → said once; else each run's words that not every run has.
    QStringList prompts;
    for (const auto& r : requests) prompts << (r ? promptOf(*r) : QString());
    bool same = true;
    for (const QString& p : prompts) same = same && p == prompts.front();
    if (same) {
        out.sharedPrompt = prompts.isEmpty() ? QString() : prompts.front();
        for (int i = 0; i < requests.size(); ++i) out.prompts << QString();
        return out;
    }
    QList<QStringList> words;
    for (const auto& r : requests) words << (r ? wordsOf(promptOf(*r)) : QStringList());
    QSet<QString> common(words.front().begin(), words.front().end());
    for (const QStringList& w : words) common.intersect(QSet<QString>(w.begin(), w.end()));
    constexpr int kMaxWords = 12;  // a caption, not the prompt: the full prompt is in the tooltip
    for (int i = 0; i < requests.size(); ++i) {
        QStringList own;
        for (const QString& w : words[i])
            if (!common.contains(w) && !own.contains(w)) own << w;
        if (own.size() > kMaxWords) own = own.mid(0, kMaxWords) << QStringLiteral("…");
        out.prompts << (own.isEmpty() ? tr("Prompt: only the shared words").toHtmlEscaped()
                                      : tr("Prompt: +%1").arg(own.join(QLatin1Char(' '))).toHtmlEscaped());
    }
    return out;
}

}  // namespace stipple::ui
