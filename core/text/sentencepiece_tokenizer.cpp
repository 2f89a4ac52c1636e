#include "text/sentencepiece_tokenizer.h"

#include "common/error.h"
#include "stipple_version.h"

#include <dlfcn.h>

#include <filesystem>
#include <mutex>

namespace stipple {

namespace fs = std::filesystem;

namespace {
constexpr const char* kShimName = "libstipple_spm_shim.so";
}

struct SentencePieceTokenizer::Api {
    void* library = nullptr;
    void* (*load)(const char*, char*, int) = nullptr;
    int (*encode)(void*, const char*, int*, int) = nullptr;
    int (*piece_size)(void*) = nullptr;
    int (*id_to_piece)(void*, int, char*, int) = nullptr;  // null: an older shim without it
    int (*bos)(void*) = nullptr;
    int (*eos)(void*) = nullptr;
    int (*pad)(void*) = nullptr;
    void (*release)(void*) = nullptr;
};

std::string SentencePieceTokenizer::shim_path() {
    std::vector<fs::path> candidates;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        candidates.push_back(exe.parent_path() / kShimName);
        candidates.push_back(exe.parent_path().parent_path() / "lib" / "stipple" / kShimName);
    }
    candidates.push_back(fs::path(STIPPLE_BUILD_SHIM_DIR) / kShimName);
    for (const auto& c : candidates)
        if (fs::is_regular_file(c, ec)) return c.string();
    throw Error(std::string(kShimName) + " not found next to the program, in <prefix>/lib/stipple or in " +
                STIPPLE_BUILD_SHIM_DIR + " (build the stipple_spm_shim target)");
}

namespace {

// One loaded shim per process; the library stays loaded for the process' lifetime.
std::shared_ptr<const SentencePieceTokenizer::Api> shared_api();

template <typename F>
void bind(void* lib, const char* name, F& slot, const std::string& path) {
    slot = reinterpret_cast<F>(dlsym(lib, name));
    if (!slot) throw Error("'" + path + "' lacks the symbol " + name + " (an old stipple_spm_shim?)");
}

}  // namespace

namespace {
std::shared_ptr<const SentencePieceTokenizer::Api> shared_api() {
    static std::mutex mutex;
    static std::weak_ptr<const SentencePieceTokenizer::Api> cached;
    std::lock_guard<std::mutex> lock(mutex);
    if (auto api = cached.lock()) return api;
    const std::string path = SentencePieceTokenizer::shim_path();
    void* lib = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
    if (!lib) throw Error("cannot load '" + path + "': " + std::string(dlerror()));
    auto api = std::make_shared<SentencePieceTokenizer::Api>();
    api->library = lib;
    bind(lib, "stipple_spm_load", api->load, path);
    bind(lib, "stipple_spm_encode", api->encode, path);
    bind(lib, "stipple_spm_piece_size", api->piece_size, path);
    // Optional: only the prompt-as-tokens view needs it, and an older shim still tokenizes.
    api->id_to_piece = reinterpret_cast<int (*)(void*, int, char*, int)>(dlsym(lib, "stipple_spm_id_to_piece"));
    bind(lib, "stipple_spm_bos_id", api->bos, path);
    bind(lib, "stipple_spm_eos_id", api->eos, path);
    bind(lib, "stipple_spm_pad_id", api->pad, path);
    bind(lib, "stipple_spm_free", api->release, path);
    cached = api;
    return api;
}
}  // namespace

SentencePieceTokenizer::SentencePieceTokenizer(const std::string& model_file, int max_length)
    : api_(shared_api()), max_length_(max_length), source_(model_file) {
    if (!fs::is_regular_file(model_file)) throw Error("SentencePiece model '" + model_file + "' does not exist");
    if (max_length < 2) throw Error("'" + model_file + "': model_max_length must be at least 2");
    char error[512] = {0};
    handle_ = api_->load(model_file.c_str(), error, sizeof error);
    if (!handle_) throw Error("cannot read SentencePiece model '" + model_file + "': " + error);
    bos_ = api_->bos(handle_);
    eos_ = api_->eos(handle_);
    pad_ = api_->pad(handle_);
    vocab_size_ = api_->piece_size(handle_);
    if (bos_ < 0 || eos_ < 0) {
        api_->release(handle_);
        throw Error("SentencePiece model '" + model_file + "' has no bos/eos pieces (train it with --bos_id/--eos_id)");
    }
    if (pad_ < 0) pad_ = eos_;
}

SentencePieceTokenizer::~SentencePieceTokenizer() {
    if (handle_) api_->release(handle_);
}

std::vector<int64_t> SentencePieceTokenizer::encode(const std::string& utf8) const {
    std::vector<int> ids(utf8.size() + 8);
    int n = api_->encode(handle_, utf8.c_str(), ids.data(), static_cast<int>(ids.size()));
    if (n > static_cast<int>(ids.size())) {
        ids.resize(static_cast<size_t>(n));
        n = api_->encode(handle_, utf8.c_str(), ids.data(), static_cast<int>(ids.size()));
    }
    if (n < 0) throw Error("SentencePiece ('" + source_ + "') could not encode the prompt");
    return std::vector<int64_t>(ids.begin(), ids.begin() + n);
}

std::string SentencePieceTokenizer::id_to_piece(int64_t id) const {
    if (!api_->id_to_piece || id < 0 || id >= vocab_size_) return {};
    char buffer[256];
    const int n = api_->id_to_piece(handle_, static_cast<int>(id), buffer, static_cast<int>(sizeof buffer));
    if (n < 0) return {};
    if (n <= static_cast<int>(sizeof buffer)) return std::string(buffer, static_cast<size_t>(n));
    std::string piece(static_cast<size_t>(n), '\0');  // a piece longer than 256 bytes: ask again
    const int again = api_->id_to_piece(handle_, static_cast<int>(id), piece.data(), n);
    return again == n ? piece : std::string();
}

}  // namespace stipple
