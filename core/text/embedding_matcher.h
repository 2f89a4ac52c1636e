// Where textual-inversion embeddings stand in a tokenized prompt, as A1111 finds them
// (EmbeddingDatabase.register_embedding_by_name / find_embedding_at_position): each name is
// tokenized without bos/eos, and at a position of a prompt run's ids the longest name whose ids
// follow there matches. Matching is on token ids, not text, so "MyCat", "mycat" and "my cat" all
// name the embedding "mycat" when the tokenizer spells them alike (CLIP lowercases and splits
// words). Pure token bookkeeping: no tensors.
#pragma once

#include "text/tokenizer.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace stipple {

class EmbeddingLibrary;

struct EmbeddingName {
    std::string name;
    int vectors = 0;      // positions it takes in a chunk
    std::string refused;  // non-empty: naming it in a prompt is this Error
};

struct EmbeddingMatch {
    const EmbeddingName* embedding = nullptr;  // nullptr: no embedding starts here
    size_t length = 0;                         // prompt ids the name spans
};

class EmbeddingMatcher {
public:
    EmbeddingMatcher(const Tokenizer& tokenizer, std::vector<EmbeddingName> names);

    // The longest name whose ids are ids[offset...]; among names of equal length, the first given.
    EmbeddingMatch at(const std::vector<int64_t>& ids, size_t offset) const;
    bool empty() const { return names_.empty(); }

private:
    std::vector<EmbeddingName> names_;
    // first id -> (ids, index into names_), longest first (A1111 sorts its ids_lookup lists so).
    std::map<int64_t, std::vector<std::pair<std::vector<int64_t>, size_t>>> by_first_id_;
};

// Every embedding of `library` (usable and refused) as names for a matcher.
std::vector<EmbeddingName> embedding_names(const EmbeddingLibrary& library);

}  // namespace stipple
