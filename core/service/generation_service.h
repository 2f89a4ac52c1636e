// The one way the front ends run Stipple: every stipple-cli command and the app's worker load a
// model, identify it, check where results go and save them through this class, so the policies
// around Pipeline::generate (threads, model hash, output checks, metadata of what ran, atomic
// saves) exist once. Qt-free; one GenerationService (and so one Pipeline) per process.
#pragma once

#include "image/request_infotext.h"

#include "common/generation_request.h"
#include "common/image.h"
#include "pipeline/pipeline.h"
#include "text/tokenizer.h"
#include "stipple_version.h"  // software_id()

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace stipple {

// Where model hashes are remembered between runs (hashing a 2-7 GB checkpoint takes seconds).
// Keys name the hashed file with its size and modification time, so a changed file is rehashed.
class ModelHashCache {
public:
    virtual ~ModelHashCache() = default;
    virtual std::string lookup(const std::string& key) = 0;  // "" when unknown
    virtual void store(const std::string& key, const std::string& hash) = 0;
};

struct LoadSettings {
    PipelineOptions options;
    int threads = 0;  // CPU threads; 0 = chosen for the model (threads_for_model)
};

class GenerationService {
public:
    explicit GenerationService(ModelHashCache* hash_cache = nullptr);
    ~GenerationService();
    GenerationService(const GenerationService&) = delete;
    GenerationService& operator=(const GenerationService&) = delete;

    // Frees the loaded model, then loads `model_path` (a diffusers folder or .safetensors file) and
    // applies the thread policy for it. Throws stipple::Error; after a failure nothing is loaded.
    const ModelInfo& load(const std::string& model_path, const LoadSettings& settings);
    void unload();
    bool loaded() const { return static_cast<bool>(pipeline_); }
    // Pipeline::load calls made so far (the app must never load a second copy for a side job);
    // safe to read from another thread.
    int load_count() const { return load_count_.load(); }

    // 0 = automatic for the loaded model; applied now and after every later load.
    void set_threads(int threads);

    // Throw stipple::Error ("no model is loaded…") when nothing is loaded.
    Pipeline& pipeline();
    const ModelInfo& info() const;
    // The loaded model's prompt tokenizer, safe to use from another thread while a generation runs.
    std::shared_ptr<const Tokenizer> tokenizer() const;

    // A1111's "Model hash" of the loaded model: sha256[:10] of the checkpoint (of a diffusers
    // folder: its UNet weights); "" for random weights. Computed once per load, through the cache.
    const std::string& model_hash();
    // A1111's "VAE hash" of a separate VAE file in use (sha256[:10]), "" when the model's own.
    const std::string& vae_hash();
    // Model, hashes and version for the infotext of this model's images.
    InfotextSource infotext_source();

    // The A1111 parameters of image `index` of `result`: its seed and size, and the sampler that
    // actually ran (the result's label, not the name asked for).
    std::string parameters(const GenerationRequest& request, const GenerationResult& result, size_t index);

    // Writes every image of `result` to `paths` (one per image) with its parameters, and returns
    // the parameters. All files are written under temporary names first and renamed only when all
    // succeeded: a failure (disk full…) leaves none of them, and throws stipple::Error.
    // With ExistingFiles::Keep a file already at one of `paths` (another running Stipple took the
    // name) is never replaced: the save throws and leaves nothing, and the caller picks new names.
    enum class ExistingFiles { Replace, Keep };
    std::vector<std::string> save_all(const GenerationRequest& request, const GenerationResult& result,
                                      const std::vector<std::string>& paths, ExistingFiles existing = ExistingFiles::Replace);

private:
    ModelHashCache* hash_cache_;
    std::unique_ptr<Pipeline> pipeline_;
    bool random_weights_ = false;
    int threads_ = 0;
    std::atomic<int> load_count_{0};
    // sha256[:10] of `target` through the cache (keyed by path, size and mtime).
    std::string cached_file_hash(const std::string& target);
    bool hash_known_ = false, vae_hash_known_ = false;
    std::string hash_, vae_hash_;
};

// Before any compute: throws stipple::Error when a path does not end in `extension` (any case) or
// its folder is missing or not writable (checked by creating and removing a probe file).
void check_output_files(const std::vector<std::string>& paths, const std::string& extension = ".png");
// Creates `folder` with its parents and checks that a file can be created in it; throws
// stipple::Error naming the folder and the reason.
void prepare_output_folder(const std::string& folder);

}  // namespace stipple
