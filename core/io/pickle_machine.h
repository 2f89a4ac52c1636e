// A pickle machine that never executes anything: it reads the pickle of a PyTorch checkpoint
// (data.pkl) into plain values (numbers, strings, tuples, lists, dicts) and tensor descriptions
// (storage key, dtype, offset, sizes, strides), interpreting the few allowed globals
// (io/pickle_allowlist.h) as data-building roles; any other global is an Error naming it
// ("posix.system"), before anything else happens. Torch-free: the tensors are resolved against the
// checkpoint's storages by io/pickle_checkpoint.h.
//
// Hostile input: every read is bounds-checked; the stack, memo, number of values, nesting depth
// and tensor rank are bounded (PickleLimits); the machine is a loop (no recursion while reading).
// A container is frozen once it is placed inside another value and can no longer change, so values
// form no cycles and their depth is known when they are built (bounded destruction and walks).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stipple {

enum class PickleKind { None, Bool, Int, BigInt, Float, String, Bytes, Tuple, List, Dict, Set, Global, Storage, Tensor, Object };

// One storage of the checkpoint (persistent id ('storage', torch.XStorage, key, location, numel)).
struct PickleStorage {
    std::string key;            // its record: <archive>/data/<key>
    std::string dtype;          // safetensors dtype name
    uint32_t element_size = 0;
    uint64_t numel = 0;         // elements; numel * element_size does not overflow
};

// torch._utils._rebuild_tensor_v2: a strided view of a storage. Invariant (checked when built):
// sizes and strides >= 0, the same rank <= kMaxRank, and every element it reaches lies inside the
// storage's numel (offset + sum((size-1)*stride) < numel, when it has elements).
struct PickleTensor {
    std::shared_ptr<const PickleStorage> storage;
    uint64_t offset = 0;  // in elements
    std::vector<int64_t> sizes, strides;
    uint64_t numel = 0;
};

struct PickleValue;
using PickleRef = std::shared_ptr<PickleValue>;

struct PickleValue {
    PickleKind kind = PickleKind::None;
    int64_t integer = 0;                              // Bool, Int
    double real = 0;                                  // Float
    std::string text;                                 // String, Bytes; Global and Object: "module.name"
    std::vector<PickleRef> items;                     // Tuple, List, Set
    std::vector<std::pair<PickleRef, PickleRef>> entries;  // Dict, in insertion order (keys may repeat)
    std::shared_ptr<const PickleStorage> storage;     // Storage
    std::shared_ptr<const PickleTensor> tensor;       // Tensor
    uint32_t depth = 0;                               // 0 for scalars; 1 + deepest child for containers
    bool frozen = false;                              // placed inside another value: immutable
};

struct PickleLimits {
    size_t max_values = 2'000'000;  // values built (a Stable Diffusion XL checkpoint with EMA: ~100 K)
    size_t max_stack = 1'000'000;
    size_t max_memo = 1'000'000;
    uint32_t max_depth = 100;       // nesting of containers
    size_t max_rank = 16;           // tensor dimensions
};

// Runs the pickle in `bytes` to its STOP and returns the value it leaves. `source` names it in errors
// ("'model.ckpt' (archive/data.pkl)"). Throws stipple::Error: a forbidden global (named), an
// unsupported or truncated opcode, a limit exceeded, or an allowed global used in a way that
// torch.save never writes.
PickleRef run_pickle(const uint8_t* bytes, size_t size, const std::string& source, const PickleLimits& limits = {});

// For a Dict: the value of the last entry whose key is the string `key`, or nullptr.
PickleRef pickle_dict_get(const PickleValue& dict, const std::string& key);

}  // namespace stipple
