#include "text/embedding_matcher.h"

#include "text/textual_inversion.h"

#include <algorithm>

namespace stipple {

EmbeddingMatcher::EmbeddingMatcher(const Tokenizer& tokenizer, std::vector<EmbeddingName> names)
    : names_(std::move(names)) {
    for (size_t i = 0; i < names_.size(); ++i) {
        std::vector<int64_t> ids = tokenizer.encode(names_[i].name);
        if (ids.empty()) continue;  // a name the tokenizer drops entirely (only spaces) can never be written
        by_first_id_[ids.front()].push_back({std::move(ids), i});
    }
    for (auto& [first, list] : by_first_id_)
        std::stable_sort(list.begin(), list.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

EmbeddingMatch EmbeddingMatcher::at(const std::vector<int64_t>& ids, size_t offset) const {
    if (offset >= ids.size()) return {};
    const auto it = by_first_id_.find(ids[offset]);
    if (it == by_first_id_.end()) return {};
    for (const auto& [name_ids, index] : it->second) {
        if (name_ids.size() > ids.size() - offset) continue;
        if (std::equal(name_ids.begin(), name_ids.end(), ids.begin() + static_cast<std::ptrdiff_t>(offset)))
            return {&names_[index], name_ids.size()};
    }
    return {};
}

std::vector<EmbeddingName> embedding_names(const EmbeddingLibrary& library) {
    std::vector<EmbeddingName> names;
    for (const TextualInversion& t : library.embeddings()) names.push_back({t.name, t.vectors, t.refused});
    return names;
}

}  // namespace stipple
