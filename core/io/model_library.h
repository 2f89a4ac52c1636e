// The model library: what each file in the user's model folders is, from its safetensors header
// alone (never its tensor data), and a scan of those folders. Kinds are told apart by key names
// (io/weight_file_kind.h, shared with the checkpoint reader) and families by key names and
// widths. Hashes are not computed here: see io/model_hash_cache.h.
#pragma once

#include "common/model_family.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stipple {

enum class ModelKind { Checkpoint, Lora, Embedding, Vae, ControlNet, DiffusersFolder, Pickle, Upscaler, Unknown };
// "checkpoint", "lora", "embedding", "vae", "controlnet", "diffusers", "pickle", "upscaler", "unknown" (JSON, CLI).
const char* model_kind_id(ModelKind kind);
// "Checkpoint", "LoRA", "Embedding", "VAE", "ControlNet", "Diffusers folder", "Pickle (needs conversion)",
// "Upscaler", "Unknown".
const char* model_kind_label(ModelKind kind);

struct ModelLibraryEntry {
    std::string path;                   // the file, or a diffusers folder (holding model_index.json)
    std::string name;                   // file stem / folder name: <lora:NAME:w>, an embedding's word
    ModelKind kind = ModelKind::Unknown;
    std::optional<ModelFamily> family;  // unknown for VAEs (not in their tensors) and pickles
    std::string detail;                 // "inpainting", "v-prediction", what to do with a pickle, ...
    uint64_t size = 0;                  // bytes (a diffusers folder: its files, two levels deep)
    int64_t mtime_ns = 0;               // of the file (a folder: of its model_index.json)
    std::string hash;                   // A1111's short hash when known, else ""
    int upscale = 0;                    // an upscaler's own scale (4 for a 4x model); 0 when unknown or not one
};

// Classifies one file (or diffusers folder) from its header. Throws stipple::Error naming the
// file when it cannot be read or its header is corrupt or truncated (SafetensorsFile's checks).
// A readable file whose keys match no kind is ModelKind::Unknown, with its key groups in detail.
ModelLibraryEntry classify_model_file(const std::string& path);

// The family of a LoRA, an embedding or a ControlNet from its key names and widths (CLIP-L's 768
// -> SD 1.x, OpenCLIP-H's 1024 -> SD 2.x, SDXL's te1/te2 prefixes, clip_l + clip_g, 2048-wide
// cross-attention); nullopt when nothing tells. `shapes` pairs each key with its shape.
std::optional<ModelFamily> family_from_widths(
    ModelKind kind, const std::vector<std::pair<std::string, std::vector<int64_t>>>& shapes);

struct ModelScanSkip {
    std::string path;
    std::string reason;
};

struct ModelScanOptions {
    std::vector<std::string> folders;
    int max_depth = 8;            // folders below a root; deeper ones are skipped with a reason
    size_t max_entries = 100000;  // bounds memory on a stranger's tree; the rest is skipped with a reason
};

// Walks the folders (following symlinks, each real folder visited once, so a symlink loop ends),
// classifies every .safetensors and pickle file (.ckpt .pt .pth .bin .pkl) and every folder holding
// model_index.json (not descended into). Hidden names (leading dot: temporary files) are passed
// over, other extensions ignored. Entries arrive in a stable order (sorted names, folder by
// folder). `cancel` (may be null) is checked between files.
void scan_model_folders(const ModelScanOptions& options, const std::function<void(ModelLibraryEntry&&)>& on_entry,
                        const std::function<void(ModelScanSkip&&)>& on_skip, const std::atomic<bool>* cancel = nullptr);

struct ModelScan {
    std::vector<ModelLibraryEntry> entries;
    std::vector<ModelScanSkip> skipped;
};
ModelScan scan_model_folders(const ModelScanOptions& options);

// The data folder the app uses: $STIPPLE_DATA_DIR, else $XDG_DATA_HOME/Stipple/Stipple, else
// ~/.local/share/Stipple/Stipple. MUST agree with ui/app_paths.cpp dataDir() (Qt's AppDataLocation
// for organisation "Stipple", application "Stipple"); core cannot ask Qt. "" when HOME is unset too.
std::string default_data_dir();
// <default_data_dir()>/models, the app's modelsDir().
std::string default_models_dir();

}  // namespace stipple
