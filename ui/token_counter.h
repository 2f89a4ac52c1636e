// Live prompt readings without touching the GUI thread or waiting for a running generation: a
// QObject on its own thread using the loaded model's tokenizer (shared, const, thread-safe). It
// counts tokens both ways Stipple encodes prompts — AUTOMATIC1111's chunks without a length limit
// ("80/150"), and the text as written cut at the encoder's limit (the Diffusers style) — says
// where each chunk begins, names the words a model with a closed vocabulary (the built-in
// one) has never seen, and lists every token with its piece, id, weight and chunk (the prompt as
// tokens view, token_chips.h).
#pragma once

#include "common/emphasis.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace stipple { class Tokenizer; class EmbeddingMatcher; }

namespace stipple::ui {

// One position of the prompt as the text encoder reads it, in A1111's chunks (the prompt as
// tokens view, token_chips.h): a token with its text piece, or one vector of an embedding.
struct TokenChip {
    QString text;              // the piece ("" for an embedding's vector: see embedding)
    qint64 id = -1;            // the token id; -1 for an embedding's vector
    float weight = 1.0f;       // A1111's attention weight (the emphasis multiplier of its run)
    int chunk = 0;             // 0-based chunk it is read in
    int position = 0;          // its index inside the chunk, bos counted (1 = the first text token)
    bool wordStart = false;    // SentencePiece's word-start mark was on it
    bool wordEnd = false;      // CLIP's word-end mark was on it
    bool known = true;         // false: the tokenizer cannot name the id
    QString embedding;         // a textual-inversion embedding's name ("" = an ordinary token)
    int vector = 0;            // which of its vectors (0-based) …
    int vectors = 0;           // … of how many
};

struct PromptReading {
    // AUTOMATIC1111's counter (core's count_prompt_tokens): "tokens/target", target a multiple of
    // chunkLength (75 for CLIP, 28 for the built-in model).
    int tokens = -1;           // -1: unknown (no model loaded)
    int target = 0;
    int chunkLength = 0;
    // Where chunks 2, 3, … begin: the first words of each (as the encoder reads them, after the
    // attention syntax is taken out), and whether a BREAK started it.
    QStringList chunkStarts;
    QList<bool> chunkStartsAtBreak;
    // The text as written (the Diffusers prompt style): its tokens, the encoder's limit, and the
    // text past the limit, which the model never sees ("" = none).
    int literalTokens = -1;
    int limit = 0;             // tokens the text encoder reads
    QString ignored;
    QStringList unknownWords;  // words outside the model's vocabulary, in prompt order (closed vocabularies only)
    // The prompt as tokens: every position of every chunk, in order, at most kMaxChips (the rest
    // only counted in chipsLeftOut, so a pasted megabyte cannot flood the GUI). chunkCount counts
    // empty chunks (BREAK BREAK) too; chunkStartsAtBreak[i - 1] tells whether chunk i began at a BREAK.
    static constexpr int kMaxChips = 1500;
    QList<TokenChip> chips;
    int chipsLeftOut = 0;
    int chunkCount = 0;
};

// The reading of `text`: A1111's chunk count and chunk starts, the literal `tokens` of it cut at
// `limit` tokens at a word boundary, unknown words against `vocabulary` (empty = an open
// vocabulary: none are unknown). An embedding `embeddings` names counts as its vectors (A1111).
PromptReading readPrompt(const stipple::Tokenizer& tokenizer, int limit, const QSet<QString>& vocabulary,
                         const QString& text, const stipple::EmbeddingMatcher* embeddings = nullptr,
                         stipple::Emphasis emphasis = stipple::Emphasis::Original);

class TokenCounter : public QObject {
    Q_OBJECT
public:
    explicit TokenCounter(QObject* parent = nullptr);
    ~TokenCounter() override;

public Q_SLOTS:
    // nullptr while no model is loaded (counts are then not answered).
    // `embeddings`: the loaded model's textual-inversion names for this tokenizer (null = none).
    void setTokenizer(std::shared_ptr<const stipple::Tokenizer> tokenizer, int limit, const QStringList& vocabulary,
                      std::shared_ptr<const stipple::EmbeddingMatcher> embeddings = nullptr);
    // `emphasis`: the request's Emphasis mode (None reads brackets and BREAK as words).
    void count(int serial, const QString& prompt, const QString& negative,
               stipple::Emphasis emphasis = stipple::Emphasis::Original);

Q_SIGNALS:
    void counted(int serial, const stipple::ui::PromptReading& prompt, const stipple::ui::PromptReading& negative);

private:
    std::shared_ptr<const stipple::Tokenizer> tokenizer_;
    std::shared_ptr<const stipple::EmbeddingMatcher> embeddings_;
    int limit_ = 75;
    QSet<QString> vocabulary_;
};

}  // namespace stipple::ui

Q_DECLARE_METATYPE(stipple::ui::PromptReading)
