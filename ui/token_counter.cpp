// Prompt readings on the token thread (see token_counter.h).
#include "token_counter.h"

#include "text/tokenizer.h"

#include <QRegularExpression>

namespace stipple::ui {

namespace {
int countTokens(const stipple::Tokenizer& tokenizer, const QString& text) {
    return static_cast<int>(tokenizer.encode(text.toStdString()).size());
}
}  // namespace

PromptReading readPrompt(const stipple::Tokenizer& tokenizer, int limit, const QSet<QString>& vocabulary,
                         const QString& text) {
    PromptReading r;
    r.limit = limit;
    r.tokens = countTokens(tokenizer, text);
    if (r.tokens > limit) {
        // The longest prefix ending at a word boundary that still fits: a binary search over the
        // word ends (token counts grow with the prefix), so a long prompt costs ~log2(words) encodes.
        QList<int> ends;
        for (int i = 1; i <= text.size(); ++i)
            if (i == text.size() || text.at(i).isSpace()) ends << i;
        int lo = 0, hi = static_cast<int>(ends.size()) - 1, fit = 0;
        while (lo <= hi) {
            const int mid = (lo + hi) / 2;
            if (countTokens(tokenizer, text.left(ends[mid])) <= limit) fit = ends[mid], lo = mid + 1;
            else hi = mid - 1;
        }
        r.ignored = text.mid(fit).simplified();
    }
    if (!vocabulary.isEmpty()) {
        static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const QString w = it.next().captured().toLower();
            if (!vocabulary.contains(w) && !r.unknownWords.contains(w)) r.unknownWords << w;
        }
    }
    return r;
}

TokenCounter::TokenCounter(QObject* parent) : QObject(parent) { qRegisterMetaType<PromptReading>(); }
TokenCounter::~TokenCounter() = default;

void TokenCounter::setTokenizer(std::shared_ptr<const stipple::Tokenizer> tokenizer, int limit,
                                const QStringList& vocabulary) {
    tokenizer_ = std::move(tokenizer);
    limit_ = limit > 0 ? limit : 75;
    vocabulary_ = QSet<QString>(vocabulary.begin(), vocabulary.end());
}

void TokenCounter::count(int serial, const QString& prompt, const QString& negative) {
    if (!tokenizer_) return;
    try {
        Q_EMIT counted(serial, readPrompt(*tokenizer_, limit_, vocabulary_, prompt),
                       readPrompt(*tokenizer_, limit_, vocabulary_, negative));
    } catch (const std::exception&) {
    }
}

}  // namespace stipple::ui
