// Token counting thread object (see token_counter.h).
#include "token_counter.h"

#include "text/clip_tokenizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace stipple::ui {

TokenCounter::TokenCounter(QObject* parent) : QObject(parent) {}
TokenCounter::~TokenCounter() = default;

void TokenCounter::setModel(const QString& modelPath) {
    tokenizer_.reset();
    const QString folder = QDir(modelPath).filePath(QStringLiteral("tokenizer"));
    if (QFileInfo(modelPath).isDir() && QFileInfo::exists(QDir(folder).filePath(QStringLiteral("vocab.json")))) {
        try {
            tokenizer_ = stipple::CLIPTokenizer::from_folder(QFile::encodeName(folder).toStdString());
        } catch (const std::exception&) {
            tokenizer_.reset();
        }
    }
    Q_EMIT ready(static_cast<bool>(tokenizer_));
}

void TokenCounter::count(int serial, const QString& prompt, const QString& negative) {
    if (!tokenizer_) return;
    try {
        Q_EMIT counted(serial, static_cast<int>(tokenizer_->encode(prompt.toStdString()).size()),
                       static_cast<int>(tokenizer_->encode(negative.toStdString()).size()));
    } catch (const std::exception&) {
    }
}

}  // namespace stipple::ui
