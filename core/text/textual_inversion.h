// Textual-inversion embeddings as AUTOMATIC1111 reads them (modules/textual_inversion:
// EmbeddingDatabase.load_from_file / create_embedding_from_data), from .safetensors files only:
//   one tensor of any name ("emb_params" of A1111/kohya files, a diffusers concept's "<token>",
//     a converted "string_to_param.*"): [D] is one vector, [n, D] is n vectors;
//   SDXL: "clip_l" [n, 768] for text_encoder and "clip_g" [n, 1280] for text_encoder_2.
// The name a prompt uses is the file's stem. .pt/.bin files are pickles and are refused here with
// a message to convert them (Stipple never unpickles in this path). Each embedding is checked
// against the model's encoder widths when read; A1111 skips a file of the wrong width quietly,
// Stipple keeps it as refused so that a prompt naming it fails with a one-line reason instead of
// silently meaning the word.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace stipple {

// A1111's chunk is 75 tokens and an embedding never spans two chunks, so more vectors than that
// could never be placed (A1111 would loop forever on one).
constexpr int kMaxEmbeddingVectors = 75;
// 75 vectors of 768 + 1280 float32 are 0.6 MiB; a file far larger is a checkpoint or a LoRA.
constexpr uint64_t kMaxEmbeddingFileBytes = 32ull << 20;
// Files looked at per library load (an A1111 embeddings folder holds tens to hundreds).
constexpr size_t kMaxEmbeddingFiles = 10000;

// The token-embedding widths of a model's text encoders.
struct EmbeddingWidths {
    int64_t first = 0;   // text_encoder: 768 (SD 1.x, SDXL's CLIP-L), 1024 (SD 2.x)
    int64_t second = 0;  // SDXL's text_encoder_2: 1280; 0 = the model has one text encoder
};

struct TextualInversion {
    std::string name;     // the file stem: the word a prompt writes
    std::string path;
    // Why this model cannot use it (one line naming the file); "" = usable. A prompt that names a
    // refused embedding is an Error with this text.
    std::string refused;
    int vectors = 0;      // n: the positions it takes in a chunk (1..75); 0 when refused
    at::Tensor first;     // [n, widths.first] float32: the one tensor, or SDXL's clip_l
    at::Tensor second;    // [n, widths.second] float32: SDXL's clip_g; undefined for one encoder
    std::string sha256;   // of the file's bytes (A1111's embedding.hash)
    // A1111's embedding.shorthash, written in "TI hashes": the sha256's first 12 hex digits.
    std::string shorthash() const { return sha256.substr(0, 12); }
    bool usable() const { return refused.empty(); }
};

// Reads `path` for a model of `widths`. Throws stipple::Error (one line naming the file and what
// is wrong: a pickle, not a safetensors file, no or several tensors, a rank other than 1 or 2,
// 0 or more than 75 vectors, an integer dtype, a width this model's encoders do not take).
TextualInversion read_textual_inversion(const std::string& path, const EmbeddingWidths& widths);

// The embeddings of some folders for one model, read once (a pipeline load). Immutable after
// load, so other threads may read it.
class EmbeddingLibrary {
public:
    // Walks `dirs` in order (and their subfolders, as A1111 does; symlinked folders are not
    // followed, so a link loop cannot hang the walk) for .safetensors, .pt and .bin files. A file
    // that cannot be used becomes a refused entry and a line in problems(); so does a missing
    // folder. One embedding per name: a usable one before a refused one, then the first folder's
    // (then the first path in sorted order); a shadowed file is a line in problems().
    static std::shared_ptr<const EmbeddingLibrary> load(const std::vector<std::string>& dirs,
                                                        const EmbeddingWidths& widths);

    const std::vector<TextualInversion>& embeddings() const { return embeddings_; }  // sorted by name
    const TextualInversion* find(const std::string& name) const;                     // nullptr if absent
    const std::vector<std::string>& problems() const { return problems_; }
    const EmbeddingWidths& widths() const { return widths_; }

private:
    std::vector<TextualInversion> embeddings_;
    std::vector<std::string> problems_;
    EmbeddingWidths widths_;
};

}  // namespace stipple
