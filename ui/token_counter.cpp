// Token counting thread object (see token_counter.h).
#include "token_counter.h"

#include "text/tokenizer.h"

namespace stipple::ui {

TokenCounter::TokenCounter(QObject* parent) : QObject(parent) {}
TokenCounter::~TokenCounter() = default;

void TokenCounter::setTokenizer(std::shared_ptr<const stipple::Tokenizer> tokenizer) { tokenizer_ = std::move(tokenizer); }

void TokenCounter::count(int serial, const QString& prompt, const QString& negative) {
    if (!tokenizer_) return;
    try {
        Q_EMIT counted(serial, static_cast<int>(tokenizer_->encode(prompt.toStdString()).size()),
                       static_cast<int>(tokenizer_->encode(negative.toStdString()).size()));
    } catch (const std::exception&) {
    }
}

}  // namespace stipple::ui
