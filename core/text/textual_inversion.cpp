#include "text/textual_inversion.h"

#include "common/error.h"
#include "io/file_sha256.h"
#include "io/safetensors.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

namespace stipple {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool is_pickle_extension(const std::string& ext) { return ext == ".pt" || ext == ".bin"; }

std::string width_text(const at::Tensor& t) { return std::to_string(t.size(1)); }

std::string model_widths_text(const EmbeddingWidths& w) {
    if (w.second == 0) return std::to_string(w.first) + "-wide vectors";
    return "clip_l " + std::to_string(w.first) + " and clip_g " + std::to_string(w.second) + " wide vectors (SDXL)";
}

// The tensor `name` of `file` as [n, D] float32 in memory of its own (the mapping is released).
at::Tensor vectors_of(const SafetensorsFile& file, const std::string& name, const std::string& path) {
    const SafetensorsEntry& e = file.entry(name);
    if (e.dtype != "F32" && e.dtype != "F16" && e.dtype != "BF16" && e.dtype != "F64")
        throw Error("embedding '" + path + "': tensor '" + name + "' is " + e.dtype +
                    ", not floating point; an embedding holds float vectors");
    if (e.shape.size() != 1 && e.shape.size() != 2)
        throw Error("embedding '" + path + "': tensor '" + name + "' has rank " + std::to_string(e.shape.size()) +
                    "; an embedding is [vectors, width] or [width]");
    // A diffusers concept may be a single vector [D] (A1111 unsqueezes it).
    const int64_t n = e.shape.size() == 1 ? 1 : e.shape[0];
    const int64_t d = e.shape.back();
    if (n < 1 || d < 1)
        throw Error("embedding '" + path + "': tensor '" + name + "' holds no vectors (shape " +
                    std::to_string(n) + "x" + std::to_string(d) + ")");
    if (n > kMaxEmbeddingVectors)
        throw Error("embedding '" + path + "': tensor '" + name + "' holds " + std::to_string(n) +
                    " vectors; at most " + std::to_string(kMaxEmbeddingVectors) + " fit in one prompt chunk");
    // n <= 75 and the file passed the size cap, so the copy is small.
    return file.tensor(name).reshape({n, d}).to(at::kFloat).clone().contiguous();
}

}  // namespace

TextualInversion read_textual_inversion(const std::string& path, const EmbeddingWidths& widths) {
    const fs::path p(path);
    const std::string ext = lower(p.extension().string());
    if (is_pickle_extension(ext) || ext == ".ckpt")
        throw Error("embedding '" + path + "' is a PyTorch pickle (" + ext +
                    "), which is not read here: convert it once with `stipple-cli convert " + path +
                    "` and use the .safetensors it writes");
    std::error_code ec;
    const uintmax_t size = fs::file_size(p, ec);
    if (ec) throw Error("embedding '" + path + "' cannot be read: " + ec.message());
    if (size == 0) throw Error("embedding '" + path + "' is an empty file");
    if (size > kMaxEmbeddingFileBytes)
        throw Error("embedding '" + path + "' is " + std::to_string(size) + " bytes; an embedding is at most " +
                    std::to_string(kMaxEmbeddingFileBytes >> 20) + " MiB (is it a checkpoint or a LoRA?)");

    const std::shared_ptr<SafetensorsFile> file = SafetensorsFile::open(path);
    TextualInversion ti;
    ti.name = p.stem().string();
    ti.path = path;
    const auto& entries = file->entries();
    if (file->contains("clip_l") && file->contains("clip_g")) {
        // A1111's SDXL embedding: its width is clip_l's + clip_g's, its vector count clip_g's rows.
        ti.first = vectors_of(*file, "clip_l", path);
        ti.second = vectors_of(*file, "clip_g", path);
        if (ti.first.size(0) != ti.second.size(0))
            throw Error("embedding '" + path + "': clip_l holds " + std::to_string(ti.first.size(0)) +
                        " vectors but clip_g " + std::to_string(ti.second.size(0)) + "; both must hold as many");
        if (widths.second == 0)
            throw Error("embedding '" + path + "' is an SDXL embedding (clip_l " + width_text(ti.first) + " + clip_g " +
                        width_text(ti.second) + " wide); this model's text encoder takes " + model_widths_text(widths));
        if (ti.first.size(1) != widths.first || ti.second.size(1) != widths.second)
            throw Error("embedding '" + path + "' has clip_l " + width_text(ti.first) + " and clip_g " +
                        width_text(ti.second) + " wide vectors; this model takes " + model_widths_text(widths));
    } else {
        // One tensor of any name (A1111's "diffuser concepts" rule); a file converted from A1111's
        // .pt may keep "string_to_param.*" beside other entries, which then decides.
        std::string name;
        if (entries.size() == 1) {
            name = entries.front().name;
        } else {
            std::vector<std::string> params;
            for (const SafetensorsEntry& e : entries)
                if (e.name.rfind("string_to_param.", 0) == 0) params.push_back(e.name);
            if (params.size() == 1) name = params.front();
        }
        if (name.empty()) {
            std::string names;
            for (size_t i = 0; i < entries.size() && i < 4; ++i) names += (i ? ", " : "") + entries[i].name;
            if (entries.size() > 4) names += ", …";
            throw Error("embedding '" + path + "' holds " + std::to_string(entries.size()) + " tensors" +
                        (names.empty() ? "" : " (" + names + ")") +
                        "; an embedding holds one tensor, or clip_l and clip_g (SDXL)");
        }
        ti.first = vectors_of(*file, name, path);
        if (widths.second != 0)
            throw Error("embedding '" + path + "' holds " + width_text(ti.first) +
                        "-wide vectors for one text encoder; this SDXL model needs " + model_widths_text(widths) +
                        " (an embedding made for SD 1.x/2.x?)");
        if (ti.first.size(1) != widths.first)
            throw Error("embedding '" + path + "' holds " + width_text(ti.first) + "-wide vectors; this model's text encoder takes " +
                        model_widths_text(widths) + " (an embedding made for another model family?)");
    }
    ti.vectors = static_cast<int>(ti.first.size(0));
    ti.sha256 = file_sha256_hex(path);
    return ti;
}

std::shared_ptr<const EmbeddingLibrary> EmbeddingLibrary::load(const std::vector<std::string>& dirs,
                                                               const EmbeddingWidths& widths) {
    auto library = std::make_shared<EmbeddingLibrary>();
    library->widths_ = widths;
    std::vector<TextualInversion> found;  // in folder order, then sorted path order
    size_t files = 0;
    bool capped = false;
    for (const std::string& dir : dirs) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) {
            library->problems_.push_back("embeddings folder '" + dir + "' does not exist or is not a folder");
            continue;
        }
        std::vector<fs::path> paths;
        fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
        if (ec) {
            library->problems_.push_back("embeddings folder '" + dir + "' cannot be read: " + ec.message());
            continue;
        }
        for (; it != end && !capped; it.increment(ec)) {
            if (ec) {
                library->problems_.push_back("embeddings folder '" + dir + "' could not be read completely: " + ec.message());
                break;
            }
            if (it.depth() > 8) it.disable_recursion_pending();
            std::error_code type_ec;
            if (!it->is_regular_file(type_ec)) continue;
            const std::string ext = lower(it->path().extension().string());
            if (ext != ".safetensors" && !is_pickle_extension(ext)) continue;  // previews, notes...
            if (++files > kMaxEmbeddingFiles) capped = true;
            else paths.push_back(it->path());
        }
        std::sort(paths.begin(), paths.end());
        for (const fs::path& path : paths) {
            try {
                found.push_back(read_textual_inversion(path.string(), widths));
            } catch (const Error& e) {
                TextualInversion refused;
                refused.name = path.stem().string();
                refused.path = path.string();
                refused.refused = e.what();
                found.push_back(std::move(refused));
            }
        }
    }
    if (capped)
        library->problems_.push_back("embeddings folders hold more than " + std::to_string(kMaxEmbeddingFiles) +
                                     " embedding files; the rest were not read");
    // One per name: a usable file before a refused one, else the first found. Every file left
    // unused is a problem line, except a pickle beside its usable conversion (x.pt, x.safetensors).
    std::map<std::string, std::vector<size_t>> by_name;  // sorted by name
    for (size_t i = 0; i < found.size(); ++i) by_name[found[i].name].push_back(i);
    std::vector<std::string> shadowed;
    for (const auto& [name, indices] : by_name) {
        size_t chosen = indices.front();
        for (size_t i : indices)
            if (found[i].usable()) {
                chosen = i;
                break;
            }
        const TextualInversion& winner = found[chosen];
        for (size_t i : indices) {
            const TextualInversion& loser = found[i];
            if (i == chosen) continue;
            const bool converted_twin = winner.usable() && is_pickle_extension(lower(fs::path(loser.path).extension().string()));
            if (!converted_twin)
                shadowed.push_back("embedding '" + loser.path + "' is not used: '" + winner.path +
                                   "' has the same name '" + name + "'" +
                                   (loser.usable() ? "" : " (and it is refused: " + loser.refused + ")"));
        }
        if (!winner.usable()) library->problems_.push_back(winner.refused);
        library->embeddings_.push_back(std::move(found[chosen]));
    }
    library->problems_.insert(library->problems_.end(), shadowed.begin(), shadowed.end());
    return library;
}

const TextualInversion* EmbeddingLibrary::find(const std::string& name) const {
    const auto it = std::lower_bound(embeddings_.begin(), embeddings_.end(), name,
                                     [](const TextualInversion& t, const std::string& n) { return t.name < n; });
    return it != embeddings_.end() && it->name == name ? &*it : nullptr;
}

}  // namespace stipple
