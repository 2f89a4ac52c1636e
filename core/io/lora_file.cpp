// LoRA files (see lora_file.h). The formats are read after kohya-ss/sd-scripts networks/lora.py,
// A1111's extensions-builtin/Lora (networks.py, network_lora.py) and diffusers' LoRA loaders.
#include "io/lora_file.h"

#include "io/file_sha256.h"

#include "common/error.h"
#include "io/safetensors.h"


#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

namespace stipple {

namespace {

enum class Role { Down, Up, Alpha };

// See the check in read_lora_file: the largest weight change a module may make (float32 tops out at 3.4e38).
constexpr double kMaxDeltaBound = 1e30;

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The role of a key and its module name, from the key's suffix; false for other keys.
bool split_role(const std::string& key, std::string& module, Role& role) {
    static const std::pair<const char*, Role> suffixes[] = {
        {".lora_down.weight", Role::Down},              {".lora_up.weight", Role::Up},                // kohya
        {".lora_A.weight", Role::Down},                 {".lora_B.weight", Role::Up},                 // PEFT
        {".lora.down.weight", Role::Down},              {".lora.up.weight", Role::Up},                // diffusers 0.2x
        {".lora_linear_layer.down.weight", Role::Down}, {".lora_linear_layer.up.weight", Role::Up},   // diffusers text encoder
        {"_lora.down.weight", Role::Down},              {"_lora.up.weight", Role::Up},                // attn processors
        {".alpha", Role::Alpha}};
    for (const auto& [suffix, r] : suffixes)
        if (ends_with(key, suffix) && key.size() > std::strlen(suffix)) {
            module = key.substr(0, key.size() - std::strlen(suffix));
            role = r;
            return true;
        }
    return false;
}

// The kind of network a key belongs to when it is not a plain LoRA/LoCon one, or "".
std::string unsupported_kind(const std::string& key) {
    static const std::pair<const char*, const char*> markers[] = {
        {".hada_", "LoHa"},
        {".lokr_", "LoKr"},
        {".lora_mid.", "LoCon with a CP-decomposed middle factor (lora_mid)"},
        {".dora_scale", "DoRA"},
        {".oft_", "OFT"},
        {".on_input", "(IA)³"},
        {".a1.weight", "GLoRA"},
        {".b1.weight", "GLoRA"},
        {".w_norm", "norm-layer LyCORIS"},
        {".b_norm", "norm-layer LyCORIS"},
        {".diff", "full weight-difference LyCORIS (diff)"},
        {"bundle_emb.", "bundled textual-inversion embeddings"}};
    for (const auto& [marker, kind] : markers)
        if (key.find(marker) != std::string::npos) return kind;
    return "";
}

std::string shape_text(at::IntArrayRef shape) {
    std::ostringstream s;
    s << shape;
    return s.str();
}

std::string shape_text(const std::vector<int64_t>& shape) { return shape_text(at::IntArrayRef(shape)); }

// The family a file's metadata declares (kohya's ss_base_model_version / ss_v2, modelspec), if any.
std::optional<ModelFamily> declared_family(const std::map<std::string, std::string>& metadata) {
    auto get = [&](const char* key) {
        const auto it = metadata.find(key);
        return it == metadata.end() ? std::string() : it->second;
    };
    const std::string base = get("ss_base_model_version");
    const std::string arch = get("modelspec.architecture");
    if (base.rfind("sdxl_", 0) == 0 || arch.rfind("stable-diffusion-xl-", 0) == 0) return ModelFamily::SDXL;
    if (get("ss_v2") == "True" || base.rfind("sd_v2", 0) == 0 || arch.rfind("stable-diffusion-v2", 0) == 0)
        return ModelFamily::SD2;
    if (base.rfind("sd_v1", 0) == 0 || arch.rfind("stable-diffusion-v1", 0) == 0) return ModelFamily::SD1;
    return std::nullopt;
}

// Cross-attention key/value layers read the text encoder's width: name it, it tells the family.
std::string family_hint(const LoraModule& m, const std::vector<int64_t>& shape) {
    const std::string& key = m.target.weight_key;
    if (m.target.component != LoraComponent::Unet || shape.size() != 2 ||
        (!ends_with(key, "attn2.to_k.weight") && !ends_with(key, "attn2.to_v.weight")))
        return "";
    const int64_t width = m.down.dim() >= 2 ? m.down.size(1) : 0;
    return " (it was made for text embeddings " + std::to_string(width) + " wide, the model's are " +
           std::to_string(shape[1]) + ": SD 1.x uses 768, SD 2.x 1024, SDXL 2048; a LoRA of another model family?)";
}

void check_floating(const at::Tensor& t, const std::string& source, const std::string& key) {
    if (!at::isFloatingType(t.scalar_type()))
        throw Error(source + ": '" + key + "' has dtype " + std::string(c10::toString(t.scalar_type())) +
                    "; LoRA weights are floating point");
}

void check_finite(const at::Tensor& t, const std::string& source, const std::string& key) {
    if (!at::isfinite(t).all().item<bool>())
        throw Error(source + ": '" + key + "' holds NaN or infinite values");
}

}  // namespace

LoraFile read_lora_file(const std::string& path, const LoraTargetIndex& index, ModelFamily family,
                        const std::string& model_name) {
    auto file = SafetensorsFile::open(path);
    const std::string source = "LoRA '" + path + "'";
    const std::string model = "the " + std::string(model_family_label(family)) + " model '" + model_name + "'";
    LoraFile out;
    out.path = path;
    out.metadata = file->metadata();
    if (const auto declared = declared_family(out.metadata))
        if ((*declared == ModelFamily::SDXL) != (family == ModelFamily::SDXL))
            throw Error(source + " is an " + model_family_label(*declared) + " LoRA (its metadata says so); " + model +
                        " is not: use a LoRA made for " + model_family_label(family));

    struct Parts {
        std::string down_key, up_key, alpha_key;
        size_t order = 0;
    };
    std::map<std::string, Parts> modules;
    for (const auto& e : file->entries()) {
        const std::string kind = unsupported_kind(e.name);
        if (!kind.empty())
            throw Error(source + " is a " + kind + " network (key '" + e.name +
                        "'); Stipple applies LoRA and LyCORIS LoCon only");
        std::string module;
        Role role;
        if (!split_role(e.name, module, role))
            throw Error(source + ": unknown key '" + e.name + "' (not a LoRA down/up/alpha weight)");
        Parts& parts = modules.try_emplace(module, Parts{{}, {}, {}, modules.size()}).first->second;
        std::string& slot = role == Role::Down ? parts.down_key : role == Role::Up ? parts.up_key : parts.alpha_key;
        if (!slot.empty()) throw Error(source + ": '" + e.name + "' and '" + slot + "' are the same weight of module '" + module + "'");
        slot = e.name;
    }
    if (modules.empty()) throw Error(source + " holds no LoRA weights");

    // A family mismatch usually shows first as a text-encoder key the model does not have.
    for (const auto& [module, parts] : modules) {
        const bool second = module.rfind("lora_te2_", 0) == 0 || module.rfind("lora_te1_", 0) == 0 ||
                            module.rfind("text_encoder_2.", 0) == 0;
        if (second && !index.has_text_encoder_2())
            throw Error(source + " is an SDXL LoRA (key '" + module + "' is for SDXL's text encoders); " + model +
                        " is not: use a LoRA made for " + model_family_label(family));
        if (module.rfind("lora_te_", 0) == 0 && index.has_text_encoder_2())
            throw Error(source + " is an SD 1.x/2.x LoRA (key '" + module + "'); " + model +
                        " is SDXL: use a LoRA made for SDXL");
    }

    std::vector<std::pair<size_t, LoraModule>> ordered;
    std::map<std::string, std::string> claimed;  // target -> module that patches it
    for (const auto& [module, parts] : modules) {
        if (parts.down_key.empty() || parts.up_key.empty())
            throw Error(source + ": module '" + module + "' has no " +
                        (parts.down_key.empty() ? "down (lora_down / lora_A)" : "up (lora_up / lora_B)") +
                        " weight; the file is incomplete");
        const auto target = index.find(module);
        if (!target)
            throw Error(source + ": key '" + parts.down_key + "' names no layer of " + model +
                        " (a LoRA for another model family?)");
        const std::string target_name = std::string(lora_component_name(target->component)) + "." + target->weight_key;
        const auto [it, fresh] = claimed.emplace(target_name, module);
        if (!fresh) throw Error(source + ": modules '" + it->second + "' and '" + module + "' both patch " + target_name);

        LoraModule m;
        m.name = module;
        m.target = *target;
        m.down = file->tensor(parts.down_key);
        m.up = file->tensor(parts.up_key);
        check_floating(m.down, source, parts.down_key);
        check_floating(m.up, source, parts.up_key);
        const std::vector<int64_t>& shape = index.shape(*target);
        const std::string mismatch = source + ": module '" + module + "' (down " + shape_text(m.down.sizes()) + ", up " +
                                     shape_text(m.up.sizes()) + ") does not fit " + target_name + " " +
                                     shape_text(shape);
        // down [r, in(, kh, kw)], up [out, r(, 1, 1)]; target [out, in(, kh, kw)]. A linear half may
        // patch a 1x1 convolution and a 1x1 half a linear layer (SD 1.x's proj_in is a conv, SDXL's a linear).
        const bool down_ok = m.down.dim() == 2 || m.down.dim() == 4;
        const bool up_ok = m.up.dim() == 2 || (m.up.dim() == 4 && m.up.size(2) == 1 && m.up.size(3) == 1);
        if (!down_ok || !up_ok || (shape.size() != 2 && shape.size() != 4)) throw Error(mismatch);
        m.rank = m.down.size(0);
        const int64_t out_features = shape[0];
        int64_t per_row = 1;
        for (size_t d = 1; d < shape.size(); ++d) per_row *= shape[d];
        const int64_t kernel_target = shape.size() == 4 ? shape[2] * shape[3] : 1;
        const int64_t kernel_down = m.down.dim() == 4 ? m.down.size(2) * m.down.size(3) : 1;
        bool fits = m.rank >= 1 && m.up.size(1) == m.rank && m.up.size(0) == out_features &&
                    m.down.size(1) == shape[1] && m.down.size(1) * kernel_down == per_row;
        if (fits && m.down.dim() == 4 && shape.size() == 4) fits = m.down.size(2) == shape[2] && m.down.size(3) == shape[3];
        if (fits && kernel_down != kernel_target) fits = false;
        if (!fits) throw Error(mismatch + family_hint(m, shape));
        if (m.rank > std::min(out_features, per_row))
            throw Error(source + ": module '" + module + "' has rank " + std::to_string(m.rank) +
                        ", more than the layer's size allows (" + std::to_string(std::min(out_features, per_row)) + ")");
        check_finite(m.down, source, parts.down_key);
        check_finite(m.up, source, parts.up_key);
        m.alpha = static_cast<double>(m.rank);
        if (!parts.alpha_key.empty()) {
            const at::Tensor alpha = file->tensor(parts.alpha_key);
            if (alpha.numel() != 1 || !at::isFloatingType(alpha.scalar_type()))
                throw Error(source + ": '" + parts.alpha_key + "' must be one floating-point number, not " +
                            shape_text(alpha.sizes()) + " " + std::string(c10::toString(alpha.scalar_type())));
            m.alpha = alpha.to(at::kDouble).item<double>();
            if (!std::isfinite(m.alpha)) throw Error(source + ": '" + parts.alpha_key + "' is not a finite number");
        }
        // A bound on every entry of (alpha/r)·up·down: r terms, each at most max|up|·max|down|.
        // Real LoRAs stay far below it; beyond it the float32 sum may overflow to infinity.
        const double bound = std::abs(m.alpha) * m.up.abs().max().item<double>() * m.down.abs().max().item<double>();
        if (!(bound < kMaxDeltaBound)) {
            std::ostringstream text;
            text << bound;
            throw Error(source + ": module '" + module +
                        "' holds values so large that its weight change overflows (|alpha|·max|up|·max|down| = " + text.str() + ")");
        }
        ordered.emplace_back(parts.order, std::move(m));
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [order, m] : ordered) out.modules.push_back(std::move(m));
    return out;
}

at::Tensor lora_delta(const LoraModule& m, const std::vector<int64_t>& shape) {
    const at::Tensor up = m.up.to(at::kFloat).reshape({m.up.size(0), m.rank});
    const at::Tensor down = m.down.to(at::kFloat).reshape({m.rank, -1});
    const double scale = m.alpha / static_cast<double>(m.rank);
    return at::mm(up, down).mul_(scale).reshape(shape);
}

std::string lora_short_hash(const std::string& path) {
    {
        auto file = SafetensorsFile::open(path);  // validates the header
        const auto& metadata = file->metadata();
        const auto it = metadata.find("sshs_model_hash");
        if (it != metadata.end() && it->second.size() >= 12 &&
            std::all_of(it->second.begin(), it->second.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); }))
            return it->second.substr(0, 12);
    }
    // A1111's addnet_hash_safetensors: the sha256 of what follows the header (the tensor data).
    std::ifstream in(path, std::ios::binary);
    unsigned char size_bytes[8] = {};
    if (!in.read(reinterpret_cast<char*>(size_bytes), 8)) throw Error("cannot read '" + path + "'");
    uint64_t header = 0;
    for (int i = 7; i >= 0; --i) header = (header << 8) | size_bytes[i];
    return file_sha256_hex(path, 8 + header).substr(0, 12);
}

}  // namespace stipple
