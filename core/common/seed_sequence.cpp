#include "common/seed_sequence.h"

#include "common/error.h"

#include <string>

namespace stipple {

namespace {

// numpy's constants (bit_generator.pyx), after Melissa O'Neill's seed_seq design.
constexpr uint32_t kInitA = 0x43b0d7e5;
constexpr uint32_t kMultA = 0x931e8875;
constexpr uint32_t kInitB = 0x8b51f9dd;
constexpr uint32_t kMultB = 0x58f38ded;
constexpr uint32_t kMixMultL = 0xca01f9dd;
constexpr uint32_t kMixMultR = 0x4973f715;
constexpr unsigned kXShift = 16;  // 4 bytes * 8 / 2

uint32_t hashmix(uint32_t value, uint32_t& hash_const) {
    value ^= hash_const;
    hash_const *= kMultA;
    value *= hash_const;
    value ^= value >> kXShift;
    return value;
}

uint32_t mix(uint32_t x, uint32_t y) {
    uint32_t result = kMixMultL * x - kMixMultR * y;
    result ^= result >> kXShift;
    return result;
}

// numpy's _int_to_uint32_array: low word first; 0 is one word.
void append_words(uint64_t n, std::vector<uint32_t>& out) {
    if (n == 0) {
        out.push_back(0);
        return;
    }
    while (n > 0) {
        out.push_back(static_cast<uint32_t>(n & 0xffffffffu));
        n >>= 32;
    }
}

}  // namespace

SeedSequence::SeedSequence(uint64_t entropy, std::vector<uint64_t> spawn_key, size_t pool_size)
    : entropy_(entropy), spawn_key_(std::move(spawn_key)) {
    if (pool_size < 4 || pool_size > 1024)
        throw Error("SeedSequence pool size " + std::to_string(pool_size) + " is outside 4..1024");
    // numpy's get_assembled_entropy: run entropy (zero-padded to the pool size when a spawn key
    // follows, so that spawn keys cannot collide with longer entropy), then the spawn key's words.
    std::vector<uint32_t> entropy_array;
    append_words(entropy_, entropy_array);
    if (!spawn_key_.empty() && entropy_array.size() < pool_size) entropy_array.resize(pool_size, 0u);
    for (uint64_t k : spawn_key_) append_words(k, entropy_array);

    // numpy's mix_entropy.
    pool_.assign(pool_size, 0u);
    uint32_t hash_const = kInitA;
    for (size_t i = 0; i < pool_size; ++i) pool_[i] = hashmix(i < entropy_array.size() ? entropy_array[i] : 0u, hash_const);
    for (size_t src = 0; src < pool_size; ++src)
        for (size_t dst = 0; dst < pool_size; ++dst)
            if (src != dst) pool_[dst] = mix(pool_[dst], hashmix(pool_[src], hash_const));
    for (size_t src = pool_size; src < entropy_array.size(); ++src)
        for (size_t dst = 0; dst < pool_size; ++dst) pool_[dst] = mix(pool_[dst], hashmix(entropy_array[src], hash_const));
}

std::vector<uint32_t> SeedSequence::generate_state(size_t n_words) const {
    if (n_words > (size_t(1) << 20)) throw Error("SeedSequence: " + std::to_string(n_words) + " words asked, at most 1048576");
    std::vector<uint32_t> state(n_words);
    uint32_t hash_const = kInitB;
    for (size_t i = 0; i < n_words; ++i) {
        uint32_t value = pool_[i % pool_.size()];  // numpy cycles through the pool
        value ^= hash_const;
        hash_const *= kMultB;
        value *= hash_const;
        value ^= value >> kXShift;
        state[i] = value;
    }
    return state;
}

std::vector<SeedSequence> SeedSequence::spawn(size_t n_children) {
    if (n_children > 4096) throw Error("SeedSequence: " + std::to_string(n_children) + " children asked, at most 4096");
    std::vector<SeedSequence> children;
    children.reserve(n_children);
    for (size_t k = 0; k < n_children; ++k) {
        std::vector<uint64_t> key = spawn_key_;
        key.push_back(static_cast<uint64_t>(n_children_spawned_ + k));
        children.emplace_back(entropy_, std::move(key), pool_.size());
    }
    n_children_spawned_ += n_children;
    return children;
}

}  // namespace stipple
