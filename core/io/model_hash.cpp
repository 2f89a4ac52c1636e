#include "io/model_hash.h"

#include "common/error.h"

#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

namespace stipple {

namespace fs = std::filesystem;

std::string model_hash_target(const std::string& model_path) {
    std::error_code ec;
    if (fs::is_regular_file(model_path, ec)) return model_path;
    for (const char* name : {"unet/diffusion_pytorch_model.safetensors", "unet/diffusion_pytorch_model.fp16.safetensors"}) {
        const fs::path p = fs::path(model_path) / name;
        if (fs::is_regular_file(p, ec)) return p.string();
    }
    return "";
}

std::string model_hash(const std::string& model_path) {
    const std::string target = model_hash_target(model_path);
    if (target.empty()) return "";
    std::ifstream in(target, std::ios::binary);
    if (!in) throw Error("cannot read '" + target + "' to compute its hash");
    // OpenSSL's EVP digest: a maintained sha256 rather than one of our own.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) throw Error("sha256 is unavailable");
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (in.gcount() > 0) EVP_DigestUpdate(ctx.get(), buffer.data(), static_cast<size_t>(in.gcount()));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < 5 && i < length; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 15]);
    }
    return out;
}

}  // namespace stipple
