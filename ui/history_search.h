// What the gallery's search field asks of the history: prompt words, model, sampler, seed, dates,
// a rating filter and an order. Parsed from the text typed above the gallery, e.g.
//   fox snow sampler:"DPM++ 2M Karras" model:dreamshaper seed:1234 date:2024-05..2024-06 stars:3
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace stipple::ui {

// Ratings as stored in the history: 0 unrated, 1-5 stars, kRejected for a culled image.
constexpr int kRejected = -1;

struct HistoryQuery {
    enum class Sort { Newest, Oldest, Rating };
    enum class Rejected { Include, Hide, Only };

    QStringList words;             // each must begin a word of the prompt (case-insensitive)
    QString model;                 // part of the model name (lower case)
    QString sampler;               // the A1111 sampler label (lower case), e.g. "dpm++ 2m karras"
    std::optional<quint64> seed;
    QDate from, to;                // creation day range, inclusive; null = open
    int minRating = 0;             // 1-5: at least that many stars
    Rejected rejected = Rejected::Include;
    Sort sort = Sort::Newest;

    // True when it filters nothing (any order).
    bool matchesAll() const;
    bool operator==(const HistoryQuery& o) const;
    bool operator!=(const HistoryQuery& o) const { return !(*this == o); }
};

// Reads the search text: bare words are prompt words (split at punctuation as the index splits
// them); `model:`, `sampler:`, `seed:`, `date:` (YYYY, YYYY-MM, YYYY-MM-DD or A..B), `stars:N`;
// values may be quoted ("euler a"). A bare number of 5 digits or more is a seed. Unknown
// `key:value` tokens are prompt words. `sort` and the rating filters are left as given in `base`.
HistoryQuery parseHistorySearch(const QString& text, const HistoryQuery& base = {});

// The prompt words of `text` as the history's full-text index tokenizes them (letters and digits).
QStringList searchTokens(const QString& text);

}  // namespace stipple::ui
