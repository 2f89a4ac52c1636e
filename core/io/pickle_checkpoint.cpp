// PyTorch zip checkpoints: find data.pkl, run it through the safe pickle machine, pick the
// weights dict, and turn each tensor description into a view of its storage record.
#include "io/pickle_checkpoint.h"

#include "common/error.h"
#include "io/pickle_machine.h"
#include "io/zip_archive.h"

#include <cstring>
#include <fstream>
#include <map>
#include <memory>

namespace stipple {

namespace {

std::string shown(const std::string& s) {
    std::string out = "'";
    for (unsigned char c : s.substr(0, 200)) out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    return out + (s.size() > 200 ? "...'" : "'");
}

bool valid_utf8(const std::string& s) {
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
        i += n;
    }
    return true;
}

at::ScalarType scalar_type(const std::string& dtype) {
    static const std::map<std::string, at::ScalarType> types = {
        {"F32", at::kFloat}, {"F16", at::kHalf}, {"BF16", at::kBFloat16}, {"F64", at::kDouble}, {"I64", at::kLong},
        {"I32", at::kInt},   {"I16", at::kShort}, {"I8", at::kChar},      {"U8", at::kByte},    {"BOOL", at::kBool}};
    return types.at(dtype);  // the allowlist only names these
}

// The first 4 bytes of the file ("" when shorter).
std::string file_head(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot open '" + path + "': " + std::strerror(errno));
    char head[4] = {};
    in.read(head, 4);
    return std::string(head, static_cast<size_t>(in.gcount()));
}

// The single "<dir>/data.pkl" of the archive; returns <dir> (any name: torch.save uses the file's
// stem or "archive").
std::string archive_dir(const ZipArchive& zip) {
    const ZipEntry* found = nullptr;
    for (const auto& e : zip.entries()) {
        const size_t slash = e.name.find('/');
        if (slash == std::string::npos || e.name.compare(slash, std::string::npos, "/data.pkl") != 0) continue;
        if (found)
            throw Error("'" + zip.path() + "' holds two pickles (" + shown(found->name) + " and " + shown(e.name) +
                        "); not a PyTorch checkpoint");
        found = &e;
    }
    if (!found) throw Error("'" + zip.path() + "' is a zip file without <folder>/data.pkl; not a PyTorch checkpoint");
    return found->name.substr(0, found->name.size() - 9);
}

// One tensor per storage record: a 1-D view of the mapped bytes (copied when misaligned for its
// dtype), keeping the archive mapped while it lives.
class Storages {
public:
    Storages(std::shared_ptr<ZipArchive> zip, std::string dir) : zip_(std::move(zip)), dir_(std::move(dir)) {}

    at::Tensor get(const PickleStorage& s) {
        const auto found = cache_.find(s.key);
        const at::ScalarType type = scalar_type(s.dtype);
        if (found != cache_.end()) {
            if (found->second.scalar_type() != type)
                throw Error("'" + zip_->path() + "': storage " + shown(s.key) + " is declared with two dtypes");
            if (static_cast<uint64_t>(found->second.numel()) < s.numel)
                throw Error("'" + zip_->path() + "': storage " + shown(s.key) + " is declared with two sizes");
            return found->second;
        }
        const std::string name = dir_ + "/data/" + s.key;
        const ZipEntry* e = zip_->find(name);
        if (!e) throw Error("'" + zip_->path() + "': storage record " + shown(name) + " is missing (truncated file?)");
        const uint64_t bytes = s.numel * s.element_size;  // no overflow: checked by the pickle machine
        if (e->size < bytes)
            throw Error("'" + zip_->path() + "': storage record " + shown(name) + " holds " + std::to_string(e->size) +
                        " bytes, its tensors need " + std::to_string(bytes) + " (truncated or corrupt file)");
        const uint8_t* data = zip_->data(*e);
        const auto n = static_cast<int64_t>(s.numel);
        at::Tensor t;
        if (reinterpret_cast<uintptr_t>(data) % s.element_size == 0) {
            auto keep = zip_;
            t = at::from_blob(const_cast<uint8_t*>(data), {n}, [keep](void*) {}, at::TensorOptions().dtype(type));
        } else {
            t = at::empty({n}, at::TensorOptions().dtype(type));
            if (bytes) std::memcpy(t.data_ptr(), data, bytes);
        }
        cache_.emplace(s.key, t);
        return t;
    }

private:
    std::shared_ptr<ZipArchive> zip_;
    std::string dir_;
    std::map<std::string, at::Tensor> cache_;
};

}  // namespace

PickleCheckpoint read_pickle_checkpoint(const std::string& path) {
    const std::string head = file_head(path);
    const auto* h = reinterpret_cast<const uint8_t*>(head.data());
    if (!ZipArchive::looks_like_zip(h, head.size())) {
        if (!head.empty() && h[0] == 0x80)
            throw Error("'" + path + "' is in PyTorch's legacy format (torch.save before PyTorch 1.6, a bare pickle), "
                        "which Stipple does not read; Stable Diffusion checkpoints use the zip format of PyTorch 1.6+");
        throw Error("'" + path + "' is not a PyTorch checkpoint (neither a zip nor a pickle)");
    }
    const std::shared_ptr<ZipArchive> zip = ZipArchive::open(path);
    const std::string dir = archive_dir(*zip);
    if (const ZipEntry* order = zip->find(dir + "/byteorder")) {
        const std::string text(reinterpret_cast<const char*>(zip->data(*order)), std::min<uint64_t>(order->size, 16));
        if (text != "little")
            throw Error("'" + path + "' was saved on a big-endian machine (byteorder " + shown(text) +
                        "); Stipple reads little-endian checkpoints");
    }
    const ZipEntry& pkl = *zip->find(dir + "/data.pkl");
    const PickleRef root = run_pickle(zip->data(pkl), pkl.size, "'" + path + "' (" + pkl.name + ")");

    PickleCheckpoint out;
    if (root->kind != PickleKind::Dict)
        throw Error("'" + path + "' holds a pickled " +
                    std::string(root->kind == PickleKind::Tensor ? "tensor" : "value") +
                    ", not a dict of tensors; not a model checkpoint");
    const PickleValue* weights = root.get();
    if (const PickleRef sd = pickle_dict_get(*root, "state_dict"); sd && sd->kind == PickleKind::Dict) {
        weights = sd.get();
        out.weights_key = "state_dict";
    } else if (const PickleRef ema = pickle_dict_get(*root, "params_ema"); ema && ema->kind == PickleKind::Dict) {
        // BasicSR / Real-ESRGAN saves {"params_ema": weights} or {"params": weights}; Real-ESRGAN's
        // inference prefers the EMA weights when a file has both.
        weights = ema.get();
        out.weights_key = "params_ema";
    } else if (const PickleRef params = pickle_dict_get(*root, "params"); params && params->kind == PickleKind::Dict) {
        weights = params.get();
        out.weights_key = "params";
    } else if (const PickleRef sp = pickle_dict_get(*root, "string_to_param"); sp && sp->kind == PickleKind::Dict) {
        // An AUTOMATIC1111 textual-inversion embedding: {"string_to_param": {"*": vectors}, "name": …}.
        weights = sp.get();
        out.weights_key = "string_to_param";
    }
    if (const PickleRef step = pickle_dict_get(*root, "global_step"); step && step->kind == PickleKind::Int)
        out.global_step = step->integer;

    Storages storages(zip, dir);
    std::map<std::string, size_t> index;
    // Views that repeat a storage (stride 0, overlapping strides) could make the output far larger
    // than the file: bounded by twice its size (a genuine file's tensors add up to at most its size).
    const uint64_t max_bytes = 2 * zip->file_size() + (64u << 20);
    uint64_t total = 0;
    for (const auto& [key, value] : weights->entries) {
        if (key->kind != PickleKind::String || value->kind != PickleKind::Tensor) {
            ++out.ignored;
            continue;
        }
        // A1111 saves an embedding's vectors under "*"; its .safetensors embeddings call them emb_params.
        const std::string name = out.weights_key == "string_to_param" && key->text == "*" ? "emb_params" : key->text;
        if (name.empty() || name.size() > 1024 || !valid_utf8(name) || name == "__metadata__")
            throw Error("'" + path + "': the tensor name " + shown(name) +
                        " is empty, longer than 1024 bytes, not UTF-8 or reserved");
        const PickleTensor& t = *value->tensor;
        if (t.numel <= max_bytes) total += t.numel * t.storage->element_size;  // no overflow: both bounded
        if (t.numel > max_bytes || total > max_bytes)
            throw Error("'" + path + "': the tensors add up to more than " + std::to_string(max_bytes) +
                        " bytes, over twice the file's size (views repeating one storage); refusing a corrupt or "
                        "hostile file");
        at::Tensor storage = storages.get(*t.storage);
        at::Tensor tensor = storage.as_strided(t.sizes, t.strides, static_cast<int64_t>(t.offset));
        const auto [it, fresh] = index.emplace(name, out.tensors.size());
        if (fresh)
            out.tensors.emplace_back(name, tensor);
        else
            out.tensors[it->second].second = tensor;  // Python's dict: last value, first place
    }
    if (out.tensors.empty())
        throw Error("'" + path + "' holds no tensors" +
                    (out.weights_key.empty() ? std::string(" at its top level") : " in its " + out.weights_key) +
                    " (" + std::to_string(weights->entries.size()) + " other entries); not a model checkpoint");
    return out;
}

}  // namespace stipple
