// Prompt readings on the token thread (see token_counter.h).
#include "token_counter.h"
#include "text/extra_networks.h"

#include "text/prompt_chunks.h"
#include "text/prompt_parser.h"
#include "text/token_text.h"
#include "text/tokenizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace stipple::ui {

namespace {
int countTokens(const stipple::Tokenizer& tokenizer, const QString& text) {
    return static_cast<int>(tokenizer.encode(text.toStdString()).size());
}

// The longest prefix of `text` ending at a word boundary (`ends`: positions after words, or
// before them) that has at most `tokens` tokens: a binary search (token counts grow with the
// prefix), so a long text costs ~log2(words) encodes.
int longestPrefixWithin(const stipple::Tokenizer& tokenizer, const QString& text, const QList<int>& ends, int tokens) {
    int lo = 0, hi = static_cast<int>(ends.size()) - 1, fit = 0;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (countTokens(tokenizer, text.left(ends[mid])) <= tokens) fit = ends[mid], lo = mid + 1;
        else hi = mid - 1;
    }
    return fit;
}

// A few words from `run`'s token `tokenInRun` on (running into the next runs when short): what a
// chunk begins with. A chunk that begins inside a word shows that whole word.
QString wordsFrom(const stipple::Tokenizer& tokenizer, const std::vector<stipple::WeightedText>& runs, size_t run,
                  int tokenInRun) {
    constexpr int kChars = 40;
    QString out;
    for (; run < runs.size() && out.size() < kChars; ++run, tokenInRun = 0) {
        if (runs[run].is_break()) break;
        const QString text = QString::fromStdString(runs[run].text);
        int from = 0;
        if (tokenInRun > 0) {
            QList<int> starts;  // positions where a word begins
            for (int i = 1; i < text.size(); ++i)
                if (!text.at(i).isSpace() && text.at(i - 1).isSpace()) starts << i;
            from = longestPrefixWithin(tokenizer, text, starts, tokenInRun);
        }
        out += text.mid(from);
    }
    out = out.simplified();
    if (out.size() > kChars) {
        int cut = out.lastIndexOf(QLatin1Char(' '), kChars);
        if (cut < kChars / 2) cut = kChars;
        out = out.left(cut) + QStringLiteral("…");
    }
    return out;
}

// Every text position of `chunked` as a chip (the prompt-as-tokens view), up to kMaxChips.
void readChips(const stipple::Tokenizer& tokenizer, const stipple::ChunkedPrompt& chunked, PromptReading& r) {
    const int first = tokenizer.bos_id() >= 0 ? 1 : 0;
    r.chunkCount = static_cast<int>(chunked.chunks.size());
    for (size_t c = 0; c < chunked.chunks.size(); ++c) {
        const stipple::PromptChunk& chunk = chunked.chunks[c];
        const int end = std::min<int>(first + chunk.length, static_cast<int>(chunk.ids.size()));
        for (int p = first; p < end; ++p) {
            if (r.chips.size() >= PromptReading::kMaxChips) {
                r.chipsLeftOut += end - p;
                break;
            }
            TokenChip chip;
            chip.chunk = static_cast<int>(c);
            chip.position = p;
            chip.weight = chunk.weights[static_cast<size_t>(p)];
            const stipple::EmbeddingFix* fix = nullptr;
            for (const stipple::EmbeddingFix& f : chunk.fixes)
                if (p >= f.position && p < f.position + f.vectors) fix = &f;
            if (fix) {
                chip.embedding = QString::fromStdString(fix->name);
                chip.vector = p - fix->position;
                chip.vectors = fix->vectors;
            } else {
                chip.id = chunk.ids[static_cast<size_t>(p)];
                const stipple::TokenText piece = stipple::token_text(tokenizer, chip.id);
                chip.text = QString::fromStdString(piece.text);
                chip.wordStart = piece.word_start;
                chip.wordEnd = piece.word_end;
                chip.known = piece.known;
            }
            r.chips << chip;
        }
    }
}

void readChunks(const stipple::Tokenizer& tokenizer, const std::string& prompt, PromptReading& r,
                const stipple::EmbeddingMatcher* embeddings, stipple::Emphasis emphasis) {
    // As the encoder reads it (core/pipeline/text_conditioning.cpp): with Emphasis None the whole
    // line is one run of weight 1, brackets and BREAK included as text (A1111's [[line, 1.0]]);
    // with Ignore the syntax is parsed but every weight acts as 1.
    std::vector<stipple::WeightedText> runs;
    if (emphasis == stipple::Emphasis::None) runs.push_back(stipple::WeightedText{prompt, 1.0});
    else runs = stipple::parse_prompt_attention(prompt);
    if (emphasis == stipple::Emphasis::Ignore)
        for (stipple::WeightedText& run : runs)
            if (!run.is_break()) run.weight = 1.0;
    stipple::ChunkingOptions options = stipple::chunking_options(tokenizer);
    options.embeddings = embeddings;
    const stipple::ChunkedPrompt chunked = stipple::chunk_runs(tokenizer, runs, options);
    r.tokens = chunked.token_count;
    r.target = chunked.target_token_count();
    r.chunkLength = chunked.chunk_length;
    readChips(tokenizer, chunked, r);
    for (size_t i = 1; i < chunked.chunks.size(); ++i) {
        const stipple::PromptChunk& c = chunked.chunks[i];
        size_t run = c.run;
        int token = c.token_in_run;
        bool atBreak = run > 0 && run - 1 < runs.size() && runs[run - 1].is_break() && token == 0;
        while (run < runs.size() && runs[run].is_break()) ++run, token = 0, atBreak = true;
        r.chunkStarts << wordsFrom(tokenizer, runs, run, token);
        r.chunkStartsAtBreak << atBreak;
    }
}
}  // namespace

PromptReading readPrompt(const stipple::Tokenizer& tokenizer, int limit, const QSet<QString>& vocabulary,
                         const QString& text, const stipple::EmbeddingMatcher* embeddings, stipple::Emphasis emphasis) {
    PromptReading r;
    r.limit = limit;
    r.literalTokens = countTokens(tokenizer, text);
    try {
        readChunks(tokenizer, text.toStdString(), r, embeddings, emphasis);
    } catch (const std::exception&) {
        // A prompt A1111's parser refuses ("(x:1.2.3)"): no chunk count; generating says why.
        r.tokens = -1, r.chunkStarts.clear(), r.chunkStartsAtBreak.clear(), r.chips.clear(), r.chipsLeftOut = 0,
          r.chunkCount = 0;
    }
    if (r.literalTokens > limit) {
        QList<int> ends;
        for (int i = 1; i <= text.size(); ++i)
            if (i == text.size() || text.at(i).isSpace()) ends << i;
        r.ignored = text.mid(longestPrefixWithin(tokenizer, text, ends, limit)).simplified();
    }
    if (!vocabulary.isEmpty()) {
        static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const QString raw = it.next().captured();
            if (raw == QLatin1String("BREAK") || raw == QLatin1String("AND")) continue;  // A1111's keywords
            const QString w = raw.toLower();
            if (!vocabulary.contains(w) && !r.unknownWords.contains(w)) r.unknownWords << w;
        }
    }
    return r;
}

TokenCounter::TokenCounter(QObject* parent) : QObject(parent) { qRegisterMetaType<PromptReading>(); }
TokenCounter::~TokenCounter() = default;

void TokenCounter::setTokenizer(std::shared_ptr<const stipple::Tokenizer> tokenizer, int limit,
                                const QStringList& vocabulary,
                                std::shared_ptr<const stipple::EmbeddingMatcher> embeddings) {
    tokenizer_ = std::move(tokenizer);
    embeddings_ = std::move(embeddings);
    limit_ = limit > 0 ? limit : 75;
    vocabulary_ = QSet<QString>(vocabulary.begin(), vocabulary.end());
}

void TokenCounter::count(int serial, const QString& prompt, const QString& negative, stipple::Emphasis emphasis) {
    if (!tokenizer_) return;
    try {
        // <lora:…> tags are taken out of the prompt before CLIP reads it (A1111 counts without
        // them too); the negative keeps them, as A1111 does not parse tags there.
        const QString text = QString::fromStdString(stipple::parse_extra_networks(prompt.toStdString()).text);
        Q_EMIT counted(serial, readPrompt(*tokenizer_, limit_, vocabulary_, text, embeddings_.get(), emphasis),
                       readPrompt(*tokenizer_, limit_, vocabulary_, negative, embeddings_.get(), emphasis));
    } catch (const std::exception&) {
    }
}

}  // namespace stipple::ui
