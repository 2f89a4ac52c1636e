#include "teach/sweep_axis.h"

#include "common/error.h"
#include "image/infotext.h"
#include "schedulers/scheduler_factory.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <sstream>

namespace stipple {

namespace {

struct KindInfo {
    SweepAxisKind kind;
    const char* name;
    const char* title;
    std::vector<const char*> aliases;
};

const std::vector<KindInfo>& kinds() {
    static const std::vector<KindInfo> list = {
        {SweepAxisKind::Seed, "seed", "Seed", {"seeds"}},
        {SweepAxisKind::Steps, "steps", "Steps", {"step"}},
        {SweepAxisKind::Guidance, "cfg", "CFG scale", {"guidance", "guidance-scale", "cfg-scale", "guidance_scale"}},
        {SweepAxisKind::Scheduler, "scheduler", "Sampler", {"sampler", "schedulers", "samplers"}},
        {SweepAxisKind::Prompt, "prompt", "Prompt", {"prompts"}},
        {SweepAxisKind::NegativePrompt, "negative", "Negative prompt", {"negative-prompt", "negative_prompt"}},
        {SweepAxisKind::Size, "size", "Size", {"sizes"}},
        {SweepAxisKind::VariationSeed, "variation-seed", "Variation seed",
         {"variation-seeds", "variation_seed", "var-seed", "var. seed", "subseed", "subseeds"}},
        {SweepAxisKind::VariationStrength, "variation-strength", "Variation strength",
         {"variation_strength", "variation seed strength", "var-strength", "var. strength", "subseed-strength",
          "subseed_strength"}},
        {SweepAxisKind::Model, "model", "Model", {"models", "checkpoint", "checkpoints", "checkpoint name", "ckpt"}},
    };
    return list;
}

const KindInfo& info(SweepAxisKind kind) {
    for (const auto& k : kinds())
        if (k.kind == kind) return k;
    return kinds().front();
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Whole-string decimal parses (the caller names the item in its message).
bool to_u64(const std::string& s, uint64_t& out) {
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos) return false;
    errno = 0;
    char* end = nullptr;
    out = std::strtoull(s.c_str(), &end, 10);
    return errno != ERANGE && *end == '\0';
}

bool to_double(const std::string& s, double& out) {
    if (s.empty() || s.find_first_not_of("0123456789.") != std::string::npos) return false;
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return *end == '\0' && std::isfinite(out);
}

// One range item `a-b`, `a-b:step` or `a-b[count]`; false when `item` is not range-shaped.
struct RangeText {
    std::string from, to, step, count;
};
// Ranges and sizes are a few characters; longer items never reach std::regex, which recurses
// per character (a 100,000-digit "range" overflowed the stack).
constexpr size_t kMaxNumericItem = 64;

bool match_range(const std::string& item, RangeText& r) {
    if (item.size() > kMaxNumericItem) return false;
    static const std::regex re(R"(^([0-9.]+)\s*-\s*([0-9.]+)\s*(?::\s*([0-9.]*)|\[\s*([0-9]*)\s*\])?$)");
    std::smatch m;
    if (!std::regex_match(item, m, re)) return false;
    r.from = m[1];
    r.to = m[2];
    r.step = m[3].matched ? std::string(m[3]) : std::string();
    r.count = m[4].matched ? std::string(m[4]) : std::string();
    if (m[3].matched && r.step.empty()) r.step = "?";  // `a-b:` with nothing after the colon
    if (m[4].matched && r.count.empty()) r.count = "?";
    return true;
}

[[noreturn]] void bad_item(SweepAxisKind kind, const std::string& item, const std::string& why) {
    // A pasted value can be huge: the message shows its start (a line the user can read).
    size_t cut = 60;
    while (cut > 0 && cut < item.size() && (static_cast<unsigned char>(item[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
    const std::string shown =
        item.size() > 80 ? item.substr(0, cut) + "… (" + std::to_string(item.size()) + " bytes)" : item;
    throw Error(std::string(info(kind).title) + " value '" + shown + "' " + why);
}

void check_count(SweepAxisKind kind, const std::string& item, double count) {
    if (count > static_cast<double>(kMaxSweepAxisValues))
        bad_item(kind, item, "gives more than " + std::to_string(kMaxSweepAxisValues) + " values");
}

// Integer items of seed, steps and size axes.
std::vector<uint64_t> parse_integer_item(SweepAxisKind kind, const std::string& item) {
    uint64_t single = 0;
    if (to_u64(item, single)) return {single};
    RangeText r;
    if (!match_range(item, r))
        bad_item(kind, item, "is not a whole number or a range like 1-96:5 or 10-20[3]");
    uint64_t a = 0, b = 0;
    if (!to_u64(r.from, a) || !to_u64(r.to, b)) bad_item(kind, item, "has ends that are not whole numbers");
    const uint64_t span = a > b ? a - b : b - a;
    std::vector<uint64_t> out;
    if (!r.count.empty()) {
        uint64_t n = 0;
        if (!to_u64(r.count, n) || n < 1) bad_item(kind, item, "needs a count of at least 1 inside [ ]");
        check_count(kind, item, static_cast<double>(n));
        if (n == 1) return {a};
        for (uint64_t i = 0; i < n; ++i) {
            // Evenly spaced, rounded to the nearest whole number (exact at both ends).
            const long double offset = static_cast<long double>(span) * i / (n - 1);
            const uint64_t d = static_cast<uint64_t>(std::llround(offset));
            const uint64_t v = a <= b ? a + d : a - d;
            if (out.empty() || out.back() != v) out.push_back(v);
        }
        return out;
    }
    uint64_t step = 1;
    if (!r.step.empty() && (!to_u64(r.step, step) || step == 0))
        bad_item(kind, item, "needs a whole-number step of at least 1 after ':'");
    check_count(kind, item, static_cast<double>(span / step) + 1);
    for (uint64_t d = 0; d <= span; d += step) {
        out.push_back(a <= b ? a + d : a - d);
        if (span - d < step) break;  // no overflow past the end
    }
    return out;
}

double round_decimal(double v) { return std::round(v * 1e9) / 1e9; }  // 0.30000000000000004 -> 0.3

std::vector<double> parse_number_item(SweepAxisKind kind, const std::string& item) {
    double single = 0;
    if (to_double(item, single)) return {single};
    RangeText r;
    if (!match_range(item, r)) bad_item(kind, item, "is not a number or a range like 2-20:3 or 2-8[4]");
    double a = 0, b = 0;
    if (!to_double(r.from, a) || !to_double(r.to, b)) bad_item(kind, item, "has ends that are not numbers");
    std::vector<double> out;
    const double span = std::fabs(b - a), dir = a <= b ? 1.0 : -1.0;
    if (!r.count.empty()) {
        uint64_t n = 0;
        if (!to_u64(r.count, n) || n < 1) bad_item(kind, item, "needs a count of at least 1 inside [ ]");
        check_count(kind, item, static_cast<double>(n));
        if (n == 1) return {a};
        for (uint64_t i = 0; i < n; ++i) out.push_back(round_decimal(a + dir * span * i / (n - 1)));
        return out;
    }
    if (r.step.empty()) bad_item(kind, item, "needs a step, e.g. 2-20:3, or a count, e.g. 2-20[7]");
    double step = 0;
    if (!to_double(r.step, step) || step <= 0) bad_item(kind, item, "needs a step above 0 after ':'");
    const double n = std::floor(span / step + 1e-9);
    check_count(kind, item, n + 1);
    for (int64_t i = 0; i <= static_cast<int64_t>(n); ++i) out.push_back(round_decimal(a + dir * step * i));
    return out;
}

// PATH_MAX on Linux: a longer "path" is pasted text, not a model.
constexpr size_t kMaxModelPath = 4096;

std::string size_text(uint64_t w, uint64_t h) { return std::to_string(w) + "x" + std::to_string(h); }

void check_side(SweepAxisKind kind, const std::string& item, uint64_t side) {
    if (side < 8 || side > 4096) bad_item(kind, item, "has a side outside 8–4096");
    if (side % 8 != 0) bad_item(kind, item, "has a side that is not a multiple of 8");
}

std::vector<std::string> parse_size_item(SweepAxisKind kind, const std::string& item) {
    static const std::regex wxh(R"(^([0-9]+)\s*[xX]\s*([0-9]+)$)");
    std::smatch m;
    if (item.size() <= kMaxNumericItem && std::regex_match(item, m, wxh)) {
        uint64_t w = 0, h = 0;
        if (!to_u64(m[1], w) || !to_u64(m[2], h)) bad_item(kind, item, "is not WIDTHxHEIGHT");
        check_side(kind, item, w);
        check_side(kind, item, h);
        return {size_text(w, h)};
    }
    std::vector<std::string> out;
    for (uint64_t side : parse_integer_item(kind, item)) {
        check_side(kind, item, side);
        out.push_back(size_text(side, side));
    }
    return out;
}

}  // namespace

SweepAxisKind parse_sweep_axis_kind(const std::string& name) {
    const std::string n = lower(trim(name));
    for (const auto& k : kinds()) {
        if (n == k.name || n == lower(k.title)) return k.kind;
        for (const char* alias : k.aliases)
            if (n == alias) return k.kind;
    }
    std::string names;
    for (const auto& k : kinds()) names += std::string(names.empty() ? "" : ", ") + k.name;
    throw Error("unknown sweep axis '" + name + "': use one of " + names);
}

std::string sweep_axis_name(SweepAxisKind kind) { return info(kind).name; }
std::string sweep_axis_title(SweepAxisKind kind) { return info(kind).title; }

std::vector<SweepAxisKind> all_sweep_axis_kinds() {
    std::vector<SweepAxisKind> out;
    for (const auto& k : kinds()) out.push_back(k.kind);
    return out;
}

std::vector<std::string> split_quoted_list(const std::string& text) {
    std::vector<std::string> items;
    std::string current;
    bool quoted = false, was_quoted = false;
    auto flush = [&]() {
        items.push_back(was_quoted ? current : trim(current));
        current.clear();
        was_quoted = false;
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\\')) current += text[++i];
            else if (c == '"') quoted = false;
            else current += c;
        } else if (c == '"' && trim(current).empty()) {
            quoted = was_quoted = true;
            current.clear();
        } else if (c == ',') {
            flush();
        } else if (!(was_quoted && std::isspace(static_cast<unsigned char>(c)))) {
            if (was_quoted) throw Error("unexpected text after a quoted value in '" + text + "'");
            current += c;
        }
    }
    if (quoted) throw Error("unterminated quote in '" + text + "'");
    flush();
    return items;
}

SweepAxis parse_sweep_axis(SweepAxisKind kind, const std::string& text) {
    SweepAxis axis;
    axis.kind = kind;
    const std::string title = sweep_axis_title(kind);
    if (kind == SweepAxisKind::Model) {
        // Paths may hold commas: a value per line when there are several lines, else a quoted list.
        std::vector<std::string> items;
        if (text.find('\n') != std::string::npos) {
            std::istringstream in(text);
            std::string line;
            while (std::getline(in, line))
                if (!trim(line).empty()) items.push_back(trim(line));
        } else if (!trim(text).empty()) {
            items = split_quoted_list(text);
        }
        for (const std::string& item : items) {
            if (item.empty()) throw Error(title + " values '" + text + "' have an empty item (two commas in a row?)");
            if (item.size() > kMaxModelPath) bad_item(kind, item, "is longer than a path can be");
            axis.values.push_back(item);
            if (axis.values.size() > kMaxSweepAxisValues)
                throw Error(title + " axis has more than " + std::to_string(kMaxSweepAxisValues) + " values");
        }
    } else if (kind == SweepAxisKind::Prompt || kind == SweepAxisKind::NegativePrompt) {
        std::istringstream in(text);
        std::string line;
        while (std::getline(in, line)) {
            line = trim(line);
            if (!line.empty() || kind == SweepAxisKind::NegativePrompt) axis.values.push_back(line);
        }
        // A negative-prompt axis may hold "" (no negative) but not only blank lines.
        while (!axis.values.empty() && axis.values.back().empty()) axis.values.pop_back();
        // The same bound as every other axis (fuzz_sweep_axis: 300 blank lines gave 300 negative prompts).
        if (axis.values.size() > kMaxSweepAxisValues)
            throw Error(title + " axis has " + std::to_string(axis.values.size()) + " lines; a sweep takes at most " +
                        std::to_string(kMaxSweepAxisValues) + " values");
    } else if (!trim(text).empty()) {
        for (const std::string& item : split_quoted_list(text)) {
            if (item.empty()) throw Error(title + " values '" + text + "' have an empty item (two commas in a row?)");
            switch (kind) {
                case SweepAxisKind::Seed:
                case SweepAxisKind::VariationSeed:
                    for (uint64_t v : parse_integer_item(kind, item)) axis.values.push_back(std::to_string(v));
                    break;
                case SweepAxisKind::VariationStrength:
                    for (double v : parse_number_item(kind, item)) {
                        if (v > 1) bad_item(kind, item, "gives a variation strength above 1 (use 0–1)");
                        axis.values.push_back(format_infotext_number(v));
                    }
                    break;
                case SweepAxisKind::Steps:
                    for (uint64_t v : parse_integer_item(kind, item)) {
                        if (v < 1 || v > 1000) bad_item(kind, item, "gives " + std::to_string(v) + " steps (use 1–1000)");
                        axis.values.push_back(std::to_string(v));
                    }
                    break;
                case SweepAxisKind::Guidance:
                    for (double v : parse_number_item(kind, item)) {
                        if (v > 100) bad_item(kind, item, "gives a CFG scale above 100");
                        axis.values.push_back(format_infotext_number(v));
                    }
                    break;
                case SweepAxisKind::Scheduler: {
                    SamplerLabel label;
                    if (find_sampler_label(item, label)) {
                        axis.values.push_back(item);
                    } else {
                        try {
                            make_scheduler(item, nlohmann::json::object());  // a diffusers class name?
                        } catch (const Error& e) {
                            throw Error("Sampler value '" + item + "': " + e.what());
                        }
                        axis.values.push_back(item);
                    }
                    break;
                }
                case SweepAxisKind::Size:
                    for (const auto& v : parse_size_item(kind, item)) axis.values.push_back(v);
                    break;
                default:
                    break;
            }
            if (axis.values.size() > kMaxSweepAxisValues)
                throw Error(title + " values '" + text + "' give more than " + std::to_string(kMaxSweepAxisValues) +
                            " values");
        }
    }
    if (axis.values.empty())
        throw Error(title + " axis has no values" +
                    std::string(kind == SweepAxisKind::Prompt || kind == SweepAxisKind::NegativePrompt
                                    ? ": give one per line"
                                    : kind == SweepAxisKind::Model ? ": give one model file or folder per line"
                                                    : ": give a list like 1,2,3 or a range like 1-96:5"));
    return axis;
}

void apply_sweep_value(GenerationRequest& r, SweepAxisKind kind, const std::string& value) {
    switch (kind) {
        case SweepAxisKind::Seed:
            r.seeds = {std::strtoull(value.c_str(), nullptr, 10)};
            break;
        case SweepAxisKind::Steps:
            r.steps = std::atoi(value.c_str());
            break;
        case SweepAxisKind::Guidance:
            r.guidance_scale = std::strtod(value.c_str(), nullptr);
            break;
        case SweepAxisKind::Scheduler:
            r.scheduler = value;
            break;
        case SweepAxisKind::Prompt:
            r.prompt = value;
            r.prompts.clear();
            break;
        case SweepAxisKind::NegativePrompt:
            r.negative_prompt = value;
            r.negative_prompts = {value};  // explicit, even when "" (SDXL then encodes "" as SD does)
            break;
        case SweepAxisKind::Size: {
            const auto x = value.find('x');
            r.width = std::atoi(value.substr(0, x).c_str());
            r.height = std::atoi(value.substr(x + 1).c_str());
            break;
        }
        case SweepAxisKind::VariationSeed:
            r.variation_seeds = {std::strtoull(value.c_str(), nullptr, 10)};
            break;
        case SweepAxisKind::VariationStrength:
            r.variation_strength = std::strtod(value.c_str(), nullptr);
            break;
        case SweepAxisKind::Model:
            break;  // SweepCell::model
    }
}

std::string sweep_value_label(SweepAxisKind kind, const std::string& value) {
    if (kind != SweepAxisKind::Model) return value;
    std::string v = value;
    while (v.size() > 1 && v.back() == '/') v.pop_back();  // a folder given as "dir/"
    const auto slash = v.find_last_of('/');
    std::string name = slash == std::string::npos ? v : v.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    const std::string ext = dot == std::string::npos ? std::string() : lower(name.substr(dot));
    if (ext == ".safetensors" || ext == ".ckpt" || ext == ".pt" || ext == ".pth") name.erase(dot);
    return name.empty() ? value : name;
}

}  // namespace stipple
