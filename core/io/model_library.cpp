// Classifying model files from their headers and scanning model folders (see model_library.h).
#include "io/model_library.h"

#include "common/error.h"
#include "io/json_file.h"
#include "io/safetensors.h"
#include "io/single_file.h"
#include "io/upscaler_keys.h"
#include "io/weight_file_kind.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <utility>

#include <sys/stat.h>

namespace stipple {

namespace fs = std::filesystem;

namespace {

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }
bool contains(const std::string& s, const std::string& p) { return s.find(p) != std::string::npos; }

std::string lower_extension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

int64_t mtime_ns_of(const struct stat& st) {
    return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

std::optional<ModelFamily> family_of_width(int64_t width) {
    if (width == 768) return ModelFamily::SD1;
    if (width == 1024) return ModelFamily::SD2;
    if (width == 1280 || width == 2048) return ModelFamily::SDXL;  // OpenCLIP-bigG; SDXL cross-attention
    return std::nullopt;
}

// The width a down/A matrix reads: its second dimension ([rank, in]).
std::optional<int64_t> input_width(const std::vector<int64_t>& shape) {
    if (shape.size() == 2) return shape[1];
    return std::nullopt;
}

bool is_down_half(const std::string& key) {
    return contains(key, "lora_down.weight") || contains(key, "lora_A.weight") || contains(key, "lora.down.weight");
}

std::optional<ModelFamily> diffusers_folder_family(const fs::path& folder) {
    std::error_code ec;
    if (fs::exists(folder / "text_encoder_2", ec) || fs::exists(folder / "tokenizer_2", ec)) return ModelFamily::SDXL;
    // The text encoder's width: CLIP-L 768 (SD 1.x), OpenCLIP-H 1024 (SD 2.x). A config larger than
    // any real one is not read (bounded allocation).
    const fs::path config = folder / "text_encoder" / "config.json";
    if (fs::file_size(config, ec) > 1024 * 1024 || ec) return std::nullopt;
    try {
        const auto json = read_json_file(config.string());
        if (json.is_object() && json.contains("hidden_size") && json["hidden_size"].is_number_integer())
            return family_of_width(json["hidden_size"].get<int64_t>());
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

ModelLibraryEntry classify_diffusers_folder(const std::string& path) {
    ModelLibraryEntry e;
    e.path = path;
    e.name = fs::path(path).filename().string();
    e.kind = ModelKind::DiffusersFolder;
    e.family = diffusers_folder_family(path);
    struct stat st {};
    if (::stat((fs::path(path) / "model_index.json").c_str(), &st) == 0) e.mtime_ns = mtime_ns_of(st);
    // Size: the files of the folder and its component folders (a diffusers folder is two levels).
    std::error_code ec;
    for (fs::directory_iterator top(path, ec), end; !ec && top != end; top.increment(ec)) {
        if (top->is_regular_file(ec)) e.size += top->file_size(ec);
        else if (top->is_directory(ec))
            for (fs::directory_iterator in(top->path(), ec); !ec && in != end; in.increment(ec))
                if (in->is_regular_file(ec)) e.size += in->file_size(ec);
        ec.clear();
    }
    return e;
}

}  // namespace

const char* model_kind_id(ModelKind kind) {
    switch (kind) {
    case ModelKind::Checkpoint: return "checkpoint";
    case ModelKind::Lora: return "lora";
    case ModelKind::Embedding: return "embedding";
    case ModelKind::Vae: return "vae";
    case ModelKind::ControlNet: return "controlnet";
    case ModelKind::DiffusersFolder: return "diffusers";
    case ModelKind::Pickle: return "pickle";
    case ModelKind::Upscaler: return "upscaler";
    case ModelKind::Unknown: break;
    }
    return "unknown";
}

const char* model_kind_label(ModelKind kind) {
    switch (kind) {
    case ModelKind::Checkpoint: return "Checkpoint";
    case ModelKind::Lora: return "LoRA";
    case ModelKind::Embedding: return "Embedding";
    case ModelKind::Vae: return "VAE";
    case ModelKind::ControlNet: return "ControlNet";
    case ModelKind::DiffusersFolder: return "Diffusers folder";
    case ModelKind::Pickle: return "Pickle (needs conversion)";
    case ModelKind::Upscaler: return "Upscaler";
    case ModelKind::Unknown: break;
    }
    return "Unknown";
}

std::optional<ModelFamily> family_from_widths(
    ModelKind kind, const std::vector<std::pair<std::string, std::vector<int64_t>>>& shapes) {
    const auto any_key = [&](const std::string& part) {
        return std::any_of(shapes.begin(), shapes.end(), [&](const auto& s) { return contains(s.first, part); });
    };
    if (kind == ModelKind::Lora) {
        // Two text encoders are SDXL's alone (kohya lora_te1_/lora_te2_, diffusers text_encoder_2.).
        if (any_key("lora_te1_") || any_key("lora_te2_") || any_key("text_encoder_2.")) return ModelFamily::SDXL;
        // Cross-attention keys read the text encoder's width: 768 / 1024 / 2048.
        for (const auto& [key, shape] : shapes)
            if (is_down_half(key) && (contains(key, "attn2_to_k") || contains(key, "attn2.to_k")))
                if (auto w = input_width(shape)) return family_of_width(*w);
        // Else a text-encoder module: CLIP-L layers are 768 wide, OpenCLIP-H ones 1024.
        for (const auto& [key, shape] : shapes)
            if (is_down_half(key) && (starts_with(key, "lora_te_") || starts_with(key, "text_encoder.")) &&
                (contains(key, "q_proj") || contains(key, "k_proj") || contains(key, "v_proj")))
                if (auto w = input_width(shape)) return family_of_width(*w);
        return std::nullopt;
    }
    if (kind == ModelKind::Embedding) {
        if (any_key("clip_g")) return ModelFamily::SDXL;
        for (const auto& [key, shape] : shapes)
            if ((key == "emb_params" || starts_with(key, "string_to_param") || shapes.size() == 1) && !shape.empty())
                return family_of_width(shape.back());
        return std::nullopt;
    }
    if (kind == ModelKind::ControlNet) {
        for (const auto& [key, shape] : shapes)
            if (contains(key, "attn2.to_k.weight") || contains(key, "attn2_to_k.weight"))
                if (auto w = input_width(shape)) return family_of_width(*w);
        return std::nullopt;
    }
    return std::nullopt;
}

ModelLibraryEntry classify_model_file(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) throw Error("cannot read '" + path + "': no such file, or a broken link");
    if (S_ISDIR(st.st_mode)) {
        std::error_code ec;
        if (fs::is_regular_file(fs::path(path) / "model_index.json", ec)) return classify_diffusers_folder(path);
        throw Error("'" + path + "' is a folder without model_index.json, not a diffusers model");
    }
    ModelLibraryEntry e;
    e.path = path;
    e.name = fs::path(path).stem().string();
    e.size = static_cast<uint64_t>(st.st_size);
    e.mtime_ns = mtime_ns_of(st);
    if (is_pickle_checkpoint_path(path)) {
        e.kind = ModelKind::Pickle;
        e.detail = "a Python pickle: convert it once with stipple-cli convert (nothing in it runs)";
        return e;
    }
    // SafetensorsFile maps the file but reads only the header's pages (the entries are offset
    // arithmetic); no tensor data is touched here.
    const auto file = SafetensorsFile::open(path);
    std::vector<std::string> keys;
    std::vector<std::pair<std::string, std::vector<int64_t>>> shapes;
    keys.reserve(file->entries().size());
    for (const auto& entry : file->entries()) {
        keys.push_back(entry.name);
        shapes.emplace_back(entry.name, entry.shape);
    }
    try {
        e.family = detect_checkpoint_family(keys, path);
        e.kind = ModelKind::Checkpoint;
        std::vector<std::string> notes;
        for (const auto& [key, shape] : shapes)
            if (key == "model.diffusion_model.input_blocks.0.0.weight" && shape.size() == 4 && shape[1] == 9)
                notes.push_back("inpainting");
        if (file->contains("v_pred")) notes.push_back("v-prediction");
        for (size_t i = 0; i < notes.size(); ++i) e.detail += (i ? ", " : "") + notes[i];
        return e;
    } catch (const Error& why) {
        // Not a checkpoint: what it is instead comes from the same key patterns the message used.
        switch (guess_weight_file_kind(keys)) {
        case WeightFileKind::Lora: e.kind = ModelKind::Lora; break;
        case WeightFileKind::Embedding: e.kind = ModelKind::Embedding; break;
        case WeightFileKind::Vae: e.kind = ModelKind::Vae; break;
        case WeightFileKind::ControlNet: e.kind = ModelKind::ControlNet; break;
        case WeightFileKind::Upscaler: {
            // Its scale from the names and shapes of the header (io/upscaler_keys.h), as the network
            // builder reads them; the full check happens when it is used.
            KeyShapes keys;
            for (const auto& [key, shape] : shapes) keys.emplace(key, shape);
            keys = strip_data_parallel_prefix(std::move(keys));
            e.kind = ModelKind::Upscaler;
            e.upscale = upscaler_scale(keys);
            const UpscalerLayout layout = detect_upscaler_layout(keys);
            const bool compact = layout == UpscalerLayout::Srvgg || layout == UpscalerLayout::SrvggNoPrelu;
            e.detail = (e.upscale > 0 ? std::to_string(e.upscale) + "x " : std::string()) +
                       (compact ? "SRVGGNetCompact" : "ESRGAN RRDBNet");
            return e;
        }
        case WeightFileKind::DiffusersComponent:
        case WeightFileKind::UnetOnly:
        case WeightFileKind::Unknown:
            e.kind = ModelKind::Unknown;
            e.detail = why.what();
            return e;
        }
    }
    e.family = family_from_widths(e.kind, shapes);
    return e;
}

void scan_model_folders(const ModelScanOptions& options, const std::function<void(ModelLibraryEntry&&)>& on_entry,
                        const std::function<void(ModelScanSkip&&)>& on_skip, const std::atomic<bool>* cancel) {
    std::set<std::pair<dev_t, ino_t>> visited;  // real folders seen: a symlink loop ends at its second visit
    size_t found = 0;
    const auto cancelled = [&] { return cancel && cancel->load(); };
    // Depth-first with an explicit stack (no recursion on a stranger's deep tree).
    std::vector<std::pair<fs::path, int>> stack;
    for (auto it = options.folders.rbegin(); it != options.folders.rend(); ++it) stack.emplace_back(*it, 0);
    while (!stack.empty() && !cancelled()) {
        const auto [folder, depth] = stack.back();
        stack.pop_back();
        struct stat st {};
        if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            if (depth == 0) on_skip({folder.string(), "not a readable folder"});
            continue;
        }
        if (!visited.insert({st.st_dev, st.st_ino}).second) continue;  // seen (a loop, or two roots overlapping)
        std::error_code ec;
        if (fs::is_regular_file(folder / "model_index.json", ec)) {
            if (found++ >= options.max_entries) return on_skip({folder.string(), "more models than the library lists"});
            on_entry(classify_diffusers_folder(folder.string()));
            continue;
        }
        std::vector<fs::path> names;
        fs::directory_iterator it(folder, ec), end;
        if (ec) {
            on_skip({folder.string(), "cannot list the folder: " + ec.message()});
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) break;
            const std::string name = it->path().filename().string();
            if (!name.empty() && name[0] != '.') names.push_back(it->path());
        }
        std::sort(names.begin(), names.end());
        std::vector<fs::path> subfolders;
        for (const auto& p : names) {
            if (cancelled()) return;
            struct stat entry {};
            if (::stat(p.c_str(), &entry) != 0) {
                const std::string ext = lower_extension(p.string());
                if (ext == ".safetensors" || is_pickle_checkpoint_path(p.string()))
                    on_skip({p.string(), "cannot read it (a broken link?)"});
                continue;
            }
            if (S_ISDIR(entry.st_mode)) {
                subfolders.push_back(p);
                continue;
            }
            if (!S_ISREG(entry.st_mode)) continue;
            const std::string ext = lower_extension(p.string());
            if (ext != ".safetensors" && !is_pickle_checkpoint_path(p.string())) continue;
            if (found++ >= options.max_entries) return on_skip({p.string(), "more models than the library lists"});
            try {
                on_entry(classify_model_file(p.string()));
            } catch (const std::exception& e) {
                on_skip({p.string(), e.what()});
            }
        }
        for (auto s = subfolders.rbegin(); s != subfolders.rend(); ++s) {
            if (depth + 1 > options.max_depth) on_skip({s->string(), "deeper than the library looks"});
            else stack.emplace_back(*s, depth + 1);
        }
    }
}

ModelScan scan_model_folders(const ModelScanOptions& options) {
    ModelScan scan;
    scan_model_folders(
        options, [&](ModelLibraryEntry&& e) { scan.entries.push_back(std::move(e)); },
        [&](ModelScanSkip&& s) { scan.skipped.push_back(std::move(s)); });
    return scan;
}

std::string default_data_dir() {
    if (const char* env = std::getenv("STIPPLE_DATA_DIR"); env && *env) return env;
    // Qt's AppDataLocation on Linux: <XDG data home>/<organisation>/<application>; XDG_DATA_HOME
    // counts only when absolute (the XDG spec, and Qt, ignore a relative one).
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg == '/') base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = fs::path(home) / ".local" / "share";
    else return "";
    return (base / "Stipple" / "Stipple").string();
}

std::string default_models_dir() {
    const std::string data = default_data_dir();
    return data.empty() ? "" : (fs::path(data) / "models").string();
}

}  // namespace stipple
