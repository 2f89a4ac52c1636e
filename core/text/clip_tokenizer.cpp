// CLIP byte-level BPE: text cleaning (ICU), regex split (ICU), BPE merges with a per-word cache.
// The rules are those of openai/CLIP's simple_tokenizer.py (ftfy.fix_text aside, see clean_text).
#include "text/clip_tokenizer.h"
#include "io/json_file.h"

#include "common/error.h"
#include "text/html_unescape.h"

#include <nlohmann/json.hpp>
#include <unicode/locid.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <climits>
#include <queue>
#include <fstream>
#include <limits>
#include <sstream>

namespace stipple {

struct CLIPTokenizer::SplitPattern {
    std::unique_ptr<icu::RegexPattern> pattern;
};

namespace {

constexpr const char* kStartOfText = "<|startoftext|>";
constexpr const char* kEndOfText = "<|endoftext|>";
// HF CLIPTokenizer keeps only the first 49152 - 256 - 2 merges of merges.txt.
constexpr size_t kMaxMerges = 49152 - 256 - 2;
// Bound on the per-word cache so a long-running app does not grow without limit.
constexpr size_t kMaxCachedWords = 200000;
// ... of words this long at most (as mapped bytes): typing a 64 KiB word cached every prefix of it.
constexpr size_t kMaxCachedPieceBytes = 256;

// CLIP's split regex, compiled with IGNORECASE in Python. Spelled for ICU so that it matches
// what Python's `regex` module does on the (already lower-cased) text:
//  * \s is \p{White_Space} (the `regex` module's \s on str patterns);
//  * case-insensitivity applies to the literal alternatives only: ICU would close the
//    property classes over case, `regex` does not, except that its negated class under
//    IGNORECASE also rejects U+0345 (which folds to a letter), so U+0345 matches nothing and
//    is dropped, as in Python.
constexpr const char* kSplitPattern =
    "(?i:<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d)|[\\p{L}]+|[\\p{N}]|"
    "[^\\p{White_Space}\\p{L}\\p{N}\\u0345]+";

std::string read_text_file(const std::string& path, const char* what) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(std::string("CLIP tokenizer: cannot open ") + what + " '" + path + "'");
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad())
        throw Error(std::string("CLIP tokenizer: cannot read ") + what + " '" + path + "'");
    return ss.str();
}

nlohmann::json read_json_checked(const std::string& path, const char* what) {
    const std::string text = read_text_file(path, what);
    try {
        return parse_json(text);
    } catch (const std::exception& e) {
        throw Error(std::string("CLIP tokenizer: ") + what + " '" + path + "' is not valid JSON (" + e.what() + ")");
    }
}

bool file_exists(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return static_cast<bool>(in);
}

// GPT-2/CLIP bytes_to_unicode(): printable bytes stand for themselves, the rest get 256 + n.
std::array<std::string, 256> make_byte_encoder() {
    std::array<char32_t, 256> cs{};
    std::array<bool, 256> direct{};
    for (int b = '!'; b <= '~'; ++b) direct[b] = true;
    for (int b = 0xA1; b <= 0xAC; ++b) direct[b] = true;
    for (int b = 0xAE; b <= 0xFF; ++b) direct[b] = true;
    int n = 0;
    for (int b = 0; b < 256; ++b)
        cs[b] = direct[b] ? static_cast<char32_t>(b) : static_cast<char32_t>(256 + n++);
    std::array<std::string, 256> out;
    for (int b = 0; b < 256; ++b) {
        std::string utf8;
        icu::UnicodeString(static_cast<UChar32>(cs[b])).toUTF8String(utf8);
        out[b] = utf8;
    }
    return out;
}

// Python's str.isspace(): Unicode White_Space plus the ASCII separators U+001C..U+001F.
bool py_isspace(UChar32 c) {
    return (c >= 0x1C && c <= 0x1F) || u_hasBinaryProperty(c, UCHAR_WHITE_SPACE);
}

std::u32string to_u32(const icu::UnicodeString& s) {
    std::u32string out;
    for (int32_t i = 0; i < s.length();) {
        const UChar32 c = s.char32At(i);
        out.push_back(static_cast<char32_t>(c));
        i += U16_LENGTH(c);
    }
    return out;
}

icu::UnicodeString from_u32(const std::u32string& s) {
    icu::UnicodeString out;
    for (char32_t c : s) out.append(static_cast<UChar32>(c));
    return out;
}

// A special token given as "text" or {"content": "text", ...}; "" when absent.
std::string token_field(const nlohmann::json& config, const char* key, const std::string& path) {
    if (!config.is_object() || !config.contains(key) || config[key].is_null())
        return "";
    const auto& v = config[key];
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_object() && v.contains("content") && v["content"].is_string())
        return v["content"].get<std::string>();
    throw Error("CLIP tokenizer: '" + std::string(key) + "' in '" + path +
                "' must be a string or an object with a \"content\" string");
}

}  // namespace

CLIPTokenizer::CLIPTokenizer() = default;
CLIPTokenizer::~CLIPTokenizer() = default;

std::shared_ptr<CLIPTokenizer> CLIPTokenizer::from_folder(const std::string& folder) {
    const std::string base = folder.empty() || folder.back() == '/' ? folder : folder + "/";
    const std::string config = base + "tokenizer_config.json";
    const std::string special = base + "special_tokens_map.json";
    return from_files(base + "vocab.json", base + "merges.txt", file_exists(config) ? config : "",
                      file_exists(special) ? special : "");
}

std::shared_ptr<CLIPTokenizer> CLIPTokenizer::from_files(const std::string& vocab_json, const std::string& merges_txt,
                                                         const std::string& tokenizer_config_json,
                                                         const std::string& special_tokens_map_json) {
    std::shared_ptr<CLIPTokenizer> tok(new CLIPTokenizer());

    // vocab.json: {"token": id, ...}
    const nlohmann::json vocab = read_json_checked(vocab_json, "vocabulary file");
    if (!vocab.is_object() || vocab.empty())
        throw Error("CLIP tokenizer: vocabulary file '" + vocab_json + "' must be a non-empty JSON object {token: id}");
    int64_t max_id = -1;
    tok->encoder_.reserve(vocab.size());
    for (auto it = vocab.begin(); it != vocab.end(); ++it) {
        if (!it.value().is_number_integer() || it.value().get<int64_t>() < 0 ||
            it.value().get<int64_t>() > std::numeric_limits<int32_t>::max())
            throw Error("CLIP tokenizer: vocabulary file '" + vocab_json + "' has a bad id for token '" + it.key() + "'");
        const int64_t id = it.value().get<int64_t>();
        tok->encoder_[it.key()] = id;
        max_id = std::max(max_id, id);
    }
    // Ids are dense (0..N-1) in every CLIP vocabulary; the id -> token table is sized by the largest
    // one, so an id near INT32_MAX in a 10-byte file would have asked for a 64 GiB table.
    const int64_t id_limit = 4 * static_cast<int64_t>(vocab.size()) + 1024;
    if (max_id >= id_limit)
        throw Error("CLIP tokenizer: vocabulary file '" + vocab_json + "' has id " + std::to_string(max_id) + " for " +
                    std::to_string(vocab.size()) + " tokens (ids must stay below " + std::to_string(id_limit) +
                    "): the file is corrupt");
    // One token per id and no empty token: the prompt view shows each id as its token, and a
    // shared id would show another token than the one encoded (found by fuzz_clip_vocab).
    tok->decoder_.assign(static_cast<size_t>(max_id + 1), std::string());
    for (const auto& [token, id] : tok->encoder_) {
        if (token.empty())
            throw Error("CLIP tokenizer: vocabulary file '" + vocab_json + "' has an empty token (id " +
                        std::to_string(id) + "): the file is corrupt");
        std::string& slot = tok->decoder_[static_cast<size_t>(id)];
        if (!slot.empty())
            throw Error("CLIP tokenizer: vocabulary file '" + vocab_json + "' gives id " + std::to_string(id) +
                        " to two tokens ('" + std::min(slot, token) + "' and '" + std::max(slot, token) +
                        "'): the file is corrupt");
        slot = token;
    }

    // merges.txt: optional "#version" header, then "first second" per line in rank order.
    const std::string merges = read_text_file(merges_txt, "merges file");
    std::istringstream lines(merges);
    std::string line;
    size_t line_no = 0;
    int rank = 0;
    while (std::getline(lines, line)) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line_no == 1 && line.rfind("#version", 0) == 0) continue;
        if (line.empty()) continue;
        if (static_cast<size_t>(rank) >= kMaxMerges) break;
        std::istringstream parts(line);
        std::string first, second, extra;
        if (!(parts >> first >> second) || (parts >> extra))
            throw Error("CLIP tokenizer: merges file '" + merges_txt + "' line " + std::to_string(line_no) +
                        " is not a pair of symbols: '" + line + "'");
        tok->bpe_ranks_[first + " " + second] = rank++;
    }
    if (rank == 0)
        throw Error("CLIP tokenizer: merges file '" + merges_txt + "' has no merges");

    // Special tokens: defaults, then tokenizer_config.json, then special_tokens_map.json.
    std::string bos = kStartOfText, eos = kEndOfText, pad = kEndOfText, unk = kEndOfText;
    for (const std::string& path : {tokenizer_config_json, special_tokens_map_json}) {
        if (path.empty()) continue;
        const nlohmann::json cfg = read_json_checked(path, "tokenizer config");
        if (!cfg.is_object())
            throw Error("CLIP tokenizer: '" + path + "' must be a JSON object");
        if (auto v = token_field(cfg, "bos_token", path); !v.empty()) bos = v;
        if (auto v = token_field(cfg, "eos_token", path); !v.empty()) eos = v;
        if (auto v = token_field(cfg, "pad_token", path); !v.empty()) pad = v;
        if (auto v = token_field(cfg, "unk_token", path); !v.empty()) unk = v;
        // HF writes a huge float for "no limit"; only a sane integer replaces the default 77.
        if (cfg.contains("model_max_length") && cfg["model_max_length"].is_number_integer()) {
            const int64_t m = cfg["model_max_length"].get<int64_t>();
            if (m >= 2 && m <= 1000000) tok->model_max_length_ = static_cast<int>(m);
        }
    }
    auto special_id = [&](const std::string& token, const char* role) {
        const auto it = tok->encoder_.find(token);
        if (it == tok->encoder_.end())
            throw Error("CLIP tokenizer: " + std::string(role) + " token '" + token + "' is not in the vocabulary file '" +
                        vocab_json + "'");
        return it->second;
    };
    tok->bos_id_ = special_id(bos, "bos");
    tok->eos_id_ = special_id(eos, "eos");
    tok->pad_id_ = special_id(pad, "pad");
    tok->unk_id_ = special_id(unk, "unk");
    tok->pad_token_ = pad;

    tok->byte_encoder_ = make_byte_encoder();

    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    tok->pattern_ = std::make_unique<SplitPattern>();
    tok->pattern_->pattern.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(kSplitPattern),
                                                            0, parse_error, status));
    if (U_FAILURE(status))
        throw Error(std::string("CLIP tokenizer: ICU cannot compile the split regex (") + u_errorName(status) + ")");
    return tok;
}

std::string CLIPTokenizer::clean_text(const std::string& utf8) {
    // ftfy.fix_text is not applied (openai runs it first): it only repairs mojibake and
    // typographic variants, which prompts typed into Stipple do not contain as a rule.
    std::u32string text = to_u32(icu::UnicodeString::fromUTF8(utf8));
    text = html_unescape(html_unescape(text));

    // strip(); re.sub(r'\s+', ' ', text); strip()  ->  one pass: runs of space become ' ',
    // none at the ends. The inner \s is White_Space, strip() uses str.isspace().
    size_t begin = 0, end = text.size();
    while (begin < end && py_isspace(static_cast<UChar32>(text[begin]))) ++begin;
    while (end > begin && py_isspace(static_cast<UChar32>(text[end - 1]))) --end;
    std::u32string collapsed;
    collapsed.reserve(end - begin);
    for (size_t i = begin; i < end;) {
        if (u_hasBinaryProperty(static_cast<UChar32>(text[i]), UCHAR_WHITE_SPACE)) {
            while (i < end && u_hasBinaryProperty(static_cast<UChar32>(text[i]), UCHAR_WHITE_SPACE)) ++i;
            collapsed.push_back(U' ');
        } else {
            collapsed.push_back(text[i++]);
        }
    }
    // After collapsing, the only possible edge is a U+001C..U+001F next to a space run.
    size_t b = 0, e = collapsed.size();
    while (b < e && py_isspace(static_cast<UChar32>(collapsed[b]))) ++b;
    while (e > b && py_isspace(static_cast<UChar32>(collapsed[e - 1]))) --e;

    // str.lower(): full, locale-independent lower-casing (İ -> i + U+0307, final sigma).
    icu::UnicodeString u = from_u32(collapsed.substr(b, e - b));
    u.toLower(icu::Locale::getRoot());
    std::string out;
    u.toUTF8String(out);
    return out;
}

template <typename Fn>
void CLIPTokenizer::for_each_piece(const std::string& utf8, Fn&& fn) const {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(clean_text(utf8));
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern_->pattern->matcher(text, status));
    if (U_FAILURE(status))
        throw Error(std::string("CLIP tokenizer: ICU regex matcher failed (") + u_errorName(status) + ")");
    std::string piece, mapped;
    while (matcher->find(status) && U_SUCCESS(status)) {
        const int32_t start = matcher->start(status);
        const int32_t stop = matcher->end(status);
        piece.clear();
        text.tempSubStringBetween(start, stop).toUTF8String(piece);
        mapped.clear();
        for (unsigned char byte : piece) mapped += byte_encoder_[byte];
        fn(mapped);
    }
    if (U_FAILURE(status))
        throw Error(std::string("CLIP tokenizer: ICU regex search failed (") + u_errorName(status) + ")");
}

std::vector<std::string> CLIPTokenizer::bpe(const std::string& mapped_piece) const {
    if (mapped_piece == kStartOfText || mapped_piece == kEndOfText)
        return {mapped_piece};

    // Split into symbols (one UTF-8 character each), "</w>" on the last.
    std::vector<std::string> word;
    for (size_t i = 0; i < mapped_piece.size();) {
        const unsigned char lead = static_cast<unsigned char>(mapped_piece[i]);
        const size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        word.push_back(mapped_piece.substr(i, len));
        i += len;
    }
    if (word.empty()) return {};
    word.back() += "</w>";

    if (word.size() == 1) return word;

    // openai's loop: find the lowest-rank adjacent pair, merge all its occurrences left to right,
    // repeat. Done literally that is quadratic in the word's length (a pass over the word per merge):
    // one 64 KiB "word" of random letters took minutes. The same merges in the same order, in
    // O(n log n): the symbols as a linked list and a min-heap of candidate pairs (rank, left index).
    // All candidates of the lowest rank are taken together, in word order, as one of openai's
    // passes; a merge never makes a pair of the same rank (the merged symbol is longer than either
    // half), so the pass sees exactly the occurrences openai's does. A candidate whose symbols have
    // changed since it was pushed is stale (versions) and skipped.
    const size_t n = word.size(), none = static_cast<size_t>(-1);
    std::vector<size_t> prev(n), next(n);
    std::vector<uint32_t> version(n, 0);
    std::vector<char> alive(n, 1);
    struct Candidate {
        int rank;
        size_t left, right;
        uint32_t left_version, right_version;
    };
    const auto later = [](const Candidate& a, const Candidate& b) {
        return a.rank != b.rank ? a.rank > b.rank : a.left > b.left;
    };
    std::priority_queue<Candidate, std::vector<Candidate>, decltype(later)> heap(later);
    std::string key;
    const auto push = [&](size_t left, size_t right) {
        key.assign(word[left]).append(" ").append(word[right]);
        const auto it = bpe_ranks_.find(key);
        if (it != bpe_ranks_.end()) heap.push({it->second, left, right, version[left], version[right]});
    };
    for (size_t i = 0; i < n; ++i) {
        prev[i] = i == 0 ? none : i - 1;
        next[i] = i + 1 < n ? i + 1 : none;
        if (i + 1 < n) push(i, i + 1);
    }
    std::vector<Candidate> pass;
    std::vector<size_t> merged;
    while (!heap.empty()) {
        const int rank = heap.top().rank;
        pass.clear();
        while (!heap.empty() && heap.top().rank == rank) {
            pass.push_back(heap.top());
            heap.pop();
        }
        merged.clear();
        for (const Candidate& c : pass) {
            if (!alive[c.left] || !alive[c.right] || next[c.left] != c.right || version[c.left] != c.left_version ||
                version[c.right] != c.right_version)
                continue;  // stale, or overlapping a merge just made (left to right, as openai's pass)
            word[c.left] += word[c.right];
            word[c.right].clear();
            alive[c.right] = 0;
            ++version[c.left];
            next[c.left] = next[c.right];
            if (next[c.right] != none) prev[next[c.right]] = c.left;
            merged.push_back(c.left);
        }
        for (size_t i : merged) {
            if (!alive[i]) continue;
            if (prev[i] != none) push(prev[i], i);
            if (next[i] != none) push(i, next[i]);
        }
    }
    std::vector<std::string> out;
    for (size_t i = 0; i != none; i = next[i]) out.push_back(std::move(word[i]));
    return out;
}

std::vector<int64_t> CLIPTokenizer::piece_ids(const std::string& mapped_piece) const {
    {
        std::lock_guard<std::mutex> lock(cache_mutex_);
        const auto it = cache_.find(mapped_piece);
        if (it != cache_.end()) return it->second;
    }
    std::vector<int64_t> ids;
    for (const std::string& token : bpe(mapped_piece)) {
        const auto it = encoder_.find(token);
        ids.push_back(it != encoder_.end() ? it->second : unk_id_);  // HF: unknown -> unk
    }
    if (mapped_piece.size() > kMaxCachedPieceBytes) return ids;  // no real word: keeps the cache's bytes bounded
    std::lock_guard<std::mutex> lock(cache_mutex_);
    if (cache_.size() >= kMaxCachedWords) cache_.clear();
    cache_.emplace(mapped_piece, ids);
    return ids;
}

std::vector<int64_t> CLIPTokenizer::encode(const std::string& utf8) const {
    std::vector<int64_t> ids;
    for_each_piece(utf8, [&](const std::string& mapped) {
        const std::vector<int64_t> piece = piece_ids(mapped);
        ids.insert(ids.end(), piece.begin(), piece.end());
    });
    return ids;
}

std::vector<std::string> CLIPTokenizer::tokenize(const std::string& utf8) const {
    std::vector<std::string> tokens;
    for_each_piece(utf8, [&](const std::string& mapped) {
        for (std::string& t : bpe(mapped)) tokens.push_back(std::move(t));
    });
    return tokens;
}

int64_t CLIPTokenizer::token_to_id(const std::string& token) const {
    const auto it = encoder_.find(token);
    return it == encoder_.end() ? -1 : it->second;
}

std::string CLIPTokenizer::id_to_token(int64_t id) const {
    if (id < 0 || static_cast<size_t>(id) >= decoder_.size()) return "";
    return decoder_[static_cast<size_t>(id)];
}

std::string CLIPTokenizer::id_to_text(int64_t id, bool* word_end) const {
    std::string token = id_to_token(id);
    static const std::string kEnd = "</w>";
    const bool ends = token.size() >= kEnd.size() && token.compare(token.size() - kEnd.size(), kEnd.size(), kEnd) == 0;
    if (ends) token.resize(token.size() - kEnd.size());
    if (word_end) *word_end = ends;
    // Each UTF-8 character of the vocab string is the stand-in of one byte (bytes_to_unicode):
    // the longest stand-in matching here gives the byte. 256 candidates, tokens are short.
    std::string bytes;
    for (size_t i = 0; i < token.size();) {
        int found = -1;
        size_t length = 0;
        for (int b = 0; b < 256; ++b) {
            const std::string& s = byte_encoder_[static_cast<size_t>(b)];
            if (s.size() > length && token.compare(i, s.size(), s) == 0) found = b, length = s.size();
        }
        if (found < 0) return token;  // not a byte-level spelling (a special token such as <|startoftext|>)
        bytes += static_cast<char>(found);
        i += length;
    }
    return bytes;
}

}  // namespace stipple
