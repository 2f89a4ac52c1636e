// C API of libstipple_spm_shim.so, the only code that links libsentencepiece (its protobuf clashes
// with libtorch's in one process, so Stipple loads the shim with dlopen(RTLD_LOCAL | RTLD_DEEPBIND)).
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

// Loads a SentencePiece model file. Returns a handle, or null with a message in `error` (size `error_size`).
void* stipple_spm_load(const char* model_path, char* error, int error_size);
// Encodes UTF-8 `text` to ids (no bos/eos). Writes at most `capacity` ids and returns how many the
// text has (call again with a larger buffer when that exceeds `capacity`); -1 on failure.
int stipple_spm_encode(void* handle, const char* text, int* ids, int capacity);
int stipple_spm_piece_size(void* handle);
// The piece of `id` (UTF-8, "\xe2\x96\x81" marks a word start): writes at most `capacity` bytes
// (no terminator) and returns the piece's length; -1 for an id outside the vocabulary.
int stipple_spm_id_to_piece(void* handle, int id, char* piece, int capacity);
// Special ids (-1 when the model has none).
int stipple_spm_bos_id(void* handle);
int stipple_spm_eos_id(void* handle);
int stipple_spm_pad_id(void* handle);
int stipple_spm_unk_id(void* handle);
void stipple_spm_free(void* handle);

#ifdef __cplusplus
}
#endif
