// Live prompt readings without touching the GUI thread or waiting for a running generation: a
// QObject on its own thread using the loaded model's tokenizer (shared, const, thread-safe). It
// counts tokens, finds where the text encoder's limit cuts the prompt, and names the words a
// model with a closed vocabulary (the built-in one) has never seen.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace stipple { class Tokenizer; }

namespace stipple::ui {

struct PromptReading {
    int tokens = -1;           // -1: unknown (no model loaded)
    int limit = 0;             // tokens the text encoder reads
    QString ignored;           // the text past the limit, which the model never sees ("" = none)
    QStringList unknownWords;  // words outside the model's vocabulary, in prompt order (closed vocabularies only)
};

// The reading of `text`: `tokens` of it, cut at `limit` tokens at a word boundary, unknown words
// against `vocabulary` (empty = an open vocabulary: none are unknown).
PromptReading readPrompt(const stipple::Tokenizer& tokenizer, int limit, const QSet<QString>& vocabulary,
                         const QString& text);

class TokenCounter : public QObject {
    Q_OBJECT
public:
    explicit TokenCounter(QObject* parent = nullptr);
    ~TokenCounter() override;

public Q_SLOTS:
    // nullptr while no model is loaded (counts are then not answered).
    void setTokenizer(std::shared_ptr<const stipple::Tokenizer> tokenizer, int limit, const QStringList& vocabulary);
    void count(int serial, const QString& prompt, const QString& negative);

Q_SIGNALS:
    void counted(int serial, const stipple::ui::PromptReading& prompt, const stipple::ui::PromptReading& negative);

private:
    std::shared_ptr<const stipple::Tokenizer> tokenizer_;
    int limit_ = 75;
    QSet<QString> vocabulary_;
};

}  // namespace stipple::ui

Q_DECLARE_METATYPE(stipple::ui::PromptReading)
