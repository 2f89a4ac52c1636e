#include "io/file_sha256.h"

#include "common/error.h"

#include <openssl/evp.h>

#include <fstream>
#include <memory>
#include <vector>

namespace stipple {

std::string file_sha256_hex(const std::string& path, uint64_t offset, const std::atomic<bool>* cancel) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot read '" + path + "' to compute its sha256");
    if (offset > 0 && !in.seekg(static_cast<std::streamoff>(offset)))
        throw Error("cannot read '" + path + "' from byte " + std::to_string(offset) + " to compute its sha256");
    // OpenSSL's EVP digest: a maintained sha256 rather than one of our own.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) throw Error("sha256 is unavailable");
    std::vector<char> buffer(1 << 20);
    while (in) {
        if (cancel && cancel->load()) return "";
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (in.gcount() > 0) EVP_DigestUpdate(ctx.get(), buffer.data(), static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) throw Error("reading '" + path + "' failed while computing its sha256");
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < length; ++i) {
        out.push_back(hex[digest[i] >> 4]);
        out.push_back(hex[digest[i] & 15]);
    }
    return out;
}

}  // namespace stipple
