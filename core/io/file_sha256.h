// The sha256 of a file's bytes as 64 lowercase hex digits: A1111's hashes.sha256. "Model hash" and
// "VAE hash" take its first 10 digits, "TI hashes" 12; "Lora hashes" hash the bytes after the
// safetensors header (offset).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace stipple {

// Reads `path` from byte `offset` to its end in 1 MiB blocks (OpenSSL's EVP digest). Returns ""
// when `cancel` is set (checked between blocks). Throws stipple::Error when it cannot be read.
std::string file_sha256_hex(const std::string& path, uint64_t offset = 0, const std::atomic<bool>* cancel = nullptr);

}  // namespace stipple
