// libstipple_spm_shim.so: a C wrapper over sentencepiece::SentencePieceProcessor (see spm_shim.h).
#include "spm_shim.h"

#include <sentencepiece_processor.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#define SHIM_EXPORT __attribute__((visibility("default")))

namespace {

void copy_error(const std::string& message, char* error, int size) {
    if (!error || size <= 0) return;
    std::strncpy(error, message.c_str(), static_cast<size_t>(size) - 1);
    error[size - 1] = '\0';
}

}  // namespace

extern "C" {

SHIM_EXPORT void* stipple_spm_load(const char* model_path, char* error, int error_size) {
    try {
        auto processor = std::make_unique<sentencepiece::SentencePieceProcessor>();
        const auto status = processor->Load(model_path ? model_path : "");
        if (!status.ok()) {
            copy_error(status.ToString(), error, error_size);
            return nullptr;
        }
        return processor.release();
    } catch (const std::exception& e) {
        copy_error(e.what(), error, error_size);
        return nullptr;
    }
}

SHIM_EXPORT int stipple_spm_encode(void* handle, const char* text, int* ids, int capacity) {
    if (!handle || !text) return -1;
    try {
        std::vector<int> out;
        if (!static_cast<sentencepiece::SentencePieceProcessor*>(handle)->Encode(text, &out).ok()) return -1;
        for (int i = 0; i < static_cast<int>(out.size()) && i < capacity; ++i) ids[i] = out[static_cast<size_t>(i)];
        return static_cast<int>(out.size());
    } catch (const std::exception&) {
        return -1;
    }
}

SHIM_EXPORT int stipple_spm_piece_size(void* handle) {
    return handle ? static_cast<sentencepiece::SentencePieceProcessor*>(handle)->GetPieceSize() : -1;
}
SHIM_EXPORT int stipple_spm_id_to_piece(void* handle, int id, char* piece, int capacity) {
    if (!handle) return -1;
    auto* processor = static_cast<sentencepiece::SentencePieceProcessor*>(handle);
    if (id < 0 || id >= processor->GetPieceSize()) return -1;
    try {
        const std::string& text = processor->IdToPiece(id);
        if (piece && capacity > 0) std::memcpy(piece, text.data(), std::min(text.size(), static_cast<size_t>(capacity)));
        return static_cast<int>(text.size());
    } catch (const std::exception&) {
        return -1;
    }
}
SHIM_EXPORT int stipple_spm_bos_id(void* handle) {
    return handle ? static_cast<sentencepiece::SentencePieceProcessor*>(handle)->bos_id() : -1;
}
SHIM_EXPORT int stipple_spm_eos_id(void* handle) {
    return handle ? static_cast<sentencepiece::SentencePieceProcessor*>(handle)->eos_id() : -1;
}
SHIM_EXPORT int stipple_spm_pad_id(void* handle) {
    return handle ? static_cast<sentencepiece::SentencePieceProcessor*>(handle)->pad_id() : -1;
}
SHIM_EXPORT int stipple_spm_unk_id(void* handle) {
    return handle ? static_cast<sentencepiece::SentencePieceProcessor*>(handle)->unk_id() : -1;
}
SHIM_EXPORT void stipple_spm_free(void* handle) { delete static_cast<sentencepiece::SentencePieceProcessor*>(handle); }

}  // extern "C"
