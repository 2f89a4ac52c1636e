#include "service/generation_service.h"

#include "common/error.h"
#include "common/temp_file.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "io/model_hash.h"
#include "pipeline/runtime.h"
#include "pipeline/textual_inversion_hashes.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

namespace stipple {

namespace fs = std::filesystem;

GenerationService::GenerationService(ModelHashCache* hash_cache) : hash_cache_(hash_cache) {}
GenerationService::~GenerationService() = default;

const ModelInfo& GenerationService::load(const std::string& model_path, const LoadSettings& settings) {
    unload();  // two full-size models may not fit side by side
    ++load_count_;
    // Load with the threads a full-size model runs with: loading converts weights, and the dtype
    // and memory-layout probes time kernels at this thread count (set_threads adjusts it after).
    set_thread_count(settings.threads > 0 ? settings.threads : physical_core_count());
    pipeline_ = Pipeline::load(model_path, settings.options);
    random_weights_ = settings.options.random_weights;
    set_threads(settings.threads);
    return pipeline_->info();
}

void GenerationService::unload() {
    pipeline_.reset();
    hash_known_ = vae_hash_known_ = false;
    hash_.clear();
    vae_hash_.clear();
}

void GenerationService::set_threads(int threads) {
    threads_ = std::max(0, threads);
    if (threads_ > 0) set_thread_count(threads_);
    else if (pipeline_) set_thread_count(threads_for_model(pipeline_->info().unet_parameters));
}

Pipeline& GenerationService::pipeline() {
    if (!pipeline_) throw Error("no model is loaded: open a model folder or a .safetensors file first");
    return *pipeline_;
}

const ModelInfo& GenerationService::info() const {
    if (!pipeline_) throw Error("no model is loaded: open a model folder or a .safetensors file first");
    return pipeline_->info();
}

std::shared_ptr<const Tokenizer> GenerationService::tokenizer() const {
    return pipeline_ ? pipeline_->tokenizer() : nullptr;
}

std::string GenerationService::cached_file_hash(const std::string& target) {
    std::string key;
    if (hash_cache_) {
        std::error_code ec;
        const auto size = fs::file_size(target, ec);
        const auto mtime = fs::last_write_time(target, ec).time_since_epoch();
        key = fs::absolute(target, ec).string() + "|" + std::to_string(size) + "|" +
              std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(mtime).count());
        const std::string cached = hash_cache_->lookup(key);
        if (!cached.empty()) return cached;
    }
    const std::string hash = stipple::model_hash(target);
    if (hash_cache_ && !hash.empty()) hash_cache_->store(key, hash);
    return hash;
}

const std::string& GenerationService::model_hash() {
    if (hash_known_ || !pipeline_) return hash_;
    hash_known_ = true;
    if (random_weights_) return hash_;
    const std::string target = model_hash_target(pipeline_->info().path);
    if (!target.empty()) hash_ = cached_file_hash(target);
    return hash_;
}

const std::string& GenerationService::vae_hash() {
    if (vae_hash_known_ || !pipeline_) return vae_hash_;
    vae_hash_known_ = true;
    if (!pipeline_->info().vae_path.empty()) vae_hash_ = cached_file_hash(pipeline_->info().vae_path);
    return vae_hash_;
}

InfotextSource GenerationService::infotext_source() {
    InfotextSource source{pipeline_ ? pipeline_->info().name : std::string(), model_hash(), software_id()};
    if (pipeline_ && !pipeline_->info().vae_path.empty()) {
        source.vae_name = fs::path(pipeline_->info().vae_path).filename().string();
        source.vae_hash = vae_hash();
    }
    return source;
}

std::string GenerationService::parameters(const GenerationRequest& request, const GenerationResult& result,
                                          size_t index) {
    if (index >= result.images.size()) throw Error("no image " + std::to_string(index) + " in this result");
    GenerationRequest ran = request;
    if (!result.scheduler_label.empty()) ran.scheduler = result.scheduler_label;
    // What ran: a run stopped early (Finish now) records the step it stopped at.
    ran.stop_at_step = result.finished_early() ? result.steps_done : 0;
    const uint64_t seed = index < result.seeds.size() ? result.seeds[index] : request.seeds.at(index);
    // Image `index`'s own variation seed (a batch's seeds may all be equal, so it is found by index).
    if (index < request.variation_seeds.size()) ran.variation_seeds = {request.variation_seeds[index]};
    const Image& image = result.images[index];
    InfotextSource source = infotext_source();
    source.face_restoration = result.face_restorer;  // the kind of restorer that ran, as the sampler above
    if (pipeline_) source.lora_hashes = pipeline_->lora_hashes(request);  // the tags of the prompt as given
    if (pipeline_ && pipeline_->embeddings() && pipeline_->tokenizer())
        source.ti_hashes = textual_inversion_hashes(*pipeline_->embeddings(), *pipeline_->tokenizer(), ran);
    // Hires fix: "Size" is the first pass's size, as A1111 writes it (the hires keys give the rest);
    // "only masked" inpainting: the size the masked area was drawn at (the picture keeps its own).
    int width = image.width, height = image.height;
    if (request.hires || (request.inpaint_only_masked && request.mask && request.init_image)) {
        width = request.width > 0 ? request.width : pipeline_ ? pipeline_->info().default_width : width;
        height = request.height > 0 ? request.height : pipeline_ ? pipeline_->info().default_height : height;
    }
    return format_infotext(infotext_for_image(ran, seed, width, height, source));
}

std::vector<std::string> GenerationService::save_all(const GenerationRequest& request, const GenerationResult& result,
                                                     const std::vector<std::string>& paths, ExistingFiles existing) {
    if (paths.size() != result.images.size())
        throw Error("internal: " + std::to_string(paths.size()) + " output names for " +
                    std::to_string(result.images.size()) + " images");
    std::vector<std::string> texts, staged, placed;
    try {
        for (size_t i = 0; i < paths.size(); ++i) {
            texts.push_back(parameters(request, result, i));
            // Staged under hidden temp names (common/temp_file.h): a killed run leaves no partial image.
            staged.push_back(temp_path_for(paths[i]));
            write_whole_file(staged.back(), encode_png_with_text(result.images[i], {{"parameters", texts.back()}}));
        }
        if (existing == ExistingFiles::Keep) {
            // A hard link appears under the final name only if that name is free (atomic, unlike
            // a check before a rename); the staged name is dropped once every image is placed.
            for (size_t i = 0; i < paths.size(); ++i) {
                std::error_code ec;
                fs::create_hard_link(staged[i], paths[i], ec);
                if (ec == std::errc::file_exists) throw Error("'" + paths[i] + "' already exists");
                if (ec) {
                    // File systems without hard links (FAT, some network shares): check, then rename.
                    if (fs::exists(paths[i])) throw Error("'" + paths[i] + "' already exists");
                    fs::rename(staged[i], paths[i], ec);
                    if (ec) throw Error("cannot rename " + staged[i] + " to " + paths[i] + ": " + ec.message());
                } else {
                    std::remove(staged[i].c_str());
                }
                staged[i].clear();
                placed.push_back(paths[i]);
            }
        } else {
            for (size_t i = 0; i < paths.size(); ++i) {
                std::error_code ec;
                fs::rename(staged[i], paths[i], ec);
                if (ec) throw Error("cannot rename " + staged[i] + " to " + paths[i] + ": " + ec.message());
                staged[i].clear();
            }
        }
    } catch (...) {
        for (const auto& s : staged)
            if (!s.empty()) std::remove(s.c_str());
        for (const auto& p : placed) std::remove(p.c_str());  // Keep: the batch is all or nothing
        throw;
    }
    return texts;
}

namespace {

void probe_writable(const fs::path& folder) {
    // A temp_path_for name: a process killed between creating and removing the probe leaves a
    // hidden file of its own, which the next save in the folder removes (temp_file.h).
    const fs::path probe = temp_path_for((folder / "write-probe").string());
    std::ofstream out(probe, std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot write into folder '" + folder.string() + "': " + std::strerror(errno));
    out.close();
    std::error_code ec;
    fs::remove(probe, ec);
}

}  // namespace

void check_output_files(const std::vector<std::string>& paths, const std::string& extension) {
    for (const auto& path : paths) {
        const fs::path p(path);
        std::string ext = p.extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (ext != extension) throw Error("the output must be a " + extension + " file, not '" + path + "'");
        const fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
        std::error_code ec;
        if (!fs::is_directory(dir, ec))
            throw Error("cannot write '" + path + "': folder '" + dir.string() + "' does not exist");
        probe_writable(dir);
    }
}

void prepare_output_folder(const std::string& folder) {
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec || !fs::is_directory(folder, ec))
        throw Error("cannot create the output folder '" + folder + "'" + (ec ? ": " + ec.message() : std::string()) +
                    " (choose another in Settings)");
    probe_writable(folder);
}

}  // namespace stipple
