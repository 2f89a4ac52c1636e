#include "text/tokenizer_loader.h"

#include "common/error.h"
#include "io/json_file.h"
#include "text/clip_tokenizer.h"
#include "text/sentencepiece_tokenizer.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace stipple {

namespace fs = std::filesystem;

std::shared_ptr<Tokenizer> load_tokenizer(const std::string& folder, const std::string& clip_vocab_dir) {
    const fs::path dir(folder);
    for (const char* name : {"spiece.model", "tokenizer.model"}) {
        if (!fs::is_regular_file(dir / name)) continue;
        int max_length = 77;
        const fs::path config = dir / "tokenizer_config.json";
        if (fs::is_regular_file(config)) {
            const nlohmann::json j = read_json_file(config.string());
            if (j.contains("model_max_length") && j["model_max_length"].is_number_integer()) {
                // Every id list is this long: an "unbounded" 1e30 (transformers' default) or 2^31
                // would be gigabytes per prompt. Text encoders read at most a few hundred positions.
                const auto& v = j["model_max_length"];
                const bool fits = v.is_number_unsigned() ? v.get<uint64_t>() <= 4096 : v.get<int64_t>() <= 4096;
                if (!fits || (!v.is_number_unsigned() && v.get<int64_t>() < 2))
                    throw Error("'" + config.string() + "': model_max_length must be between 2 and 4096 (the positions "
                                "the text encoder reads), not " + v.dump());
                max_length = static_cast<int>(v.get<int64_t>());
            }
        }
        return std::make_shared<SentencePieceTokenizer>((dir / name).string(), max_length);
    }
    if (fs::is_regular_file(dir / "vocab.json") || fs::is_regular_file(dir / "merges.txt"))
        return CLIPTokenizer::from_folder(folder);
    const fs::path vocab = fs::path(clip_vocab_dir) / "vocab.json", merges = fs::path(clip_vocab_dir) / "merges.txt";
    const bool has_config = fs::is_regular_file(dir / "tokenizer_config.json") ||
                            fs::is_regular_file(dir / "special_tokens_map.json");
    if (!clip_vocab_dir.empty() && has_config && fs::is_regular_file(vocab) && fs::is_regular_file(merges)) {
        const auto optional = [&](const char* name) {
            return fs::is_regular_file(dir / name) ? (dir / name).string() : std::string();
        };
        return CLIPTokenizer::from_files(vocab.string(), merges.string(), optional("tokenizer_config.json"),
                                         optional("special_tokens_map.json"));
    }
    throw Error("tokenizer folder '" + folder + "' has neither vocab.json + merges.txt (CLIP) nor spiece.model (SentencePiece)");
}

}  // namespace stipple
