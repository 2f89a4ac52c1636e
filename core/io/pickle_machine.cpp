// The pickle machine (see pickle_machine.h): opcodes of protocols 2-5 that build data, nothing that
// imports or calls. Opcode numbers and meanings follow CPython's Lib/pickletools.py.
#include "io/pickle_machine.h"

#include "common/error.h"
#include "io/pickle_allowlist.h"

#include <cstring>
#include <unordered_map>

namespace stipple {

namespace {

const char* kind_name(PickleKind k) {
    switch (k) {
        case PickleKind::None: return "None";
        case PickleKind::Bool: return "a bool";
        case PickleKind::Int: return "an int";
        case PickleKind::BigInt: return "a big int";
        case PickleKind::Float: return "a float";
        case PickleKind::String: return "a string";
        case PickleKind::Bytes: return "bytes";
        case PickleKind::Tuple: return "a tuple";
        case PickleKind::List: return "a list";
        case PickleKind::Dict: return "a dict";
        case PickleKind::Set: return "a set";
        case PickleKind::Global: return "a global";
        case PickleKind::Storage: return "a storage";
        case PickleKind::Tensor: return "a tensor";
        case PickleKind::Object: return "an object";
    }
    return "a value";
}

// Printable, bounded text for messages.
std::string printable(const std::string& s) {
    std::string out;
    for (unsigned char c : s.substr(0, 120)) out += (c >= 0x20 && c < 0x7f) ? static_cast<char>(c) : '?';
    return s.size() > 120 ? out + "..." : out;
}

class Machine {
public:
    Machine(const uint8_t* bytes, size_t size, const std::string& source, const PickleLimits& limits)
        : p_(bytes), size_(size), source_(source), limits_(limits) {}

    PickleRef run();

private:
    [[noreturn]] void fail(const std::string& why) const {
        throw Error(source_ + ": " + why + " (at byte " + std::to_string(op_at_) + " of the pickle)");
    }

    // --- reading ----------------------------------------------------------------------------------
    const uint8_t* take(uint64_t n) {
        if (n > size_ - at_) fail("the pickle ends inside an opcode (truncated file?)");
        const uint8_t* r = p_ + at_;
        at_ += n;
        return r;
    }
    uint64_t le(int n) {
        const uint8_t* b = take(n);
        uint64_t v = 0;
        for (int i = n - 1; i >= 0; --i) v = (v << 8) | b[i];
        return v;
    }
    std::string line() {
        const void* nl = std::memchr(p_ + at_, '\n', size_ - at_);
        if (!nl) fail("the pickle ends inside a text line");
        const size_t n = static_cast<const uint8_t*>(nl) - (p_ + at_);
        if (n > 4096) fail("a text line of " + std::to_string(n) + " bytes (at most 4096)");
        std::string s(reinterpret_cast<const char*>(take(n)), n);
        take(1);
        return s;
    }
    std::string chunk(uint64_t n) {
        const uint8_t* b = take(n);
        return std::string(reinterpret_cast<const char*>(b), n);
    }

    // --- values -----------------------------------------------------------------------------------
    PickleRef make(PickleKind kind) {
        if (++values_ > limits_.max_values)
            fail("more than " + std::to_string(limits_.max_values) + " values; not a checkpoint Stipple reads");
        auto v = std::make_shared<PickleValue>();
        v->kind = kind;
        return v;
    }
    PickleRef make_int(int64_t i) {
        auto v = make(PickleKind::Int);
        v->integer = i;
        return v;
    }
    PickleRef make_text(PickleKind kind, std::string s) {
        auto v = make(kind);
        v->text = std::move(s);
        return v;
    }
    // Puts `child` inside `parent`: the child freezes, the parent's depth grows.
    void adopt(PickleValue& parent, PickleValue& child) {
        // With frozen containers immutable, a value inside itself is the only cycle left to refuse.
        if (&parent == &child) fail(std::string(kind_name(parent.kind)) + " inside itself (a cycle)");
        if (child.depth + 1 > limits_.max_depth)
            fail("values nested more than " + std::to_string(limits_.max_depth) + " deep");
        child.frozen = true;
        parent.depth = std::max(parent.depth, child.depth + 1);
    }
    void mutable_container(const PickleValue& v, PickleKind kind, const char* op) {
        if (v.kind != kind) fail(std::string(op) + " on " + kind_name(v.kind) + ", expected " + kind_name(kind));
        if (v.frozen) fail(std::string(op) + " changes " + kind_name(kind) + " already used elsewhere (a cycle?)");
    }

    // --- stack ------------------------------------------------------------------------------------
    void push(PickleRef v) {
        if (stack_.size() >= limits_.max_stack) fail("the stack grows past " + std::to_string(limits_.max_stack));
        stack_.push_back(std::move(v));
    }
    size_t floor() const { return marks_.empty() ? 0 : marks_.back(); }
    PickleRef pop() {
        if (stack_.size() <= floor()) fail("an opcode pops an empty stack");
        PickleRef v = std::move(stack_.back());
        stack_.pop_back();
        return v;
    }
    PickleRef& top() {
        if (stack_.size() <= floor()) fail("an opcode reads an empty stack");
        return stack_.back();
    }
    // The values above the last mark, removed with the mark.
    std::vector<PickleRef> pop_mark() {
        if (marks_.empty()) fail("an opcode needs a mark and there is none");
        const size_t m = marks_.back();
        marks_.pop_back();
        std::vector<PickleRef> items(std::make_move_iterator(stack_.begin() + m), std::make_move_iterator(stack_.end()));
        stack_.resize(m);
        return items;
    }

    // --- memo -------------------------------------------------------------------------------------
    void memo_put(uint64_t index) {
        if (memo_.size() >= limits_.max_memo && !memo_.count(index))
            fail("the memo grows past " + std::to_string(limits_.max_memo) + " entries");
        memo_[index] = top();
    }
    void memo_get(uint64_t index) {
        const auto it = memo_.find(index);
        if (it == memo_.end()) fail("memo entry " + std::to_string(index) + " was never stored");
        push(it->second);
    }
    static uint64_t decimal(const std::string& s, bool& ok) {
        ok = !s.empty() && s.size() <= 18 && s.find_first_not_of("0123456789") == std::string::npos;
        return ok ? std::stoull(s) : 0;
    }

    // --- building ---------------------------------------------------------------------------------
    PickleRef tuple(std::vector<PickleRef> items) {
        auto t = make(PickleKind::Tuple);
        for (auto& i : items) adopt(*t, *i);
        t->items = std::move(items);
        return t;
    }
    void append(PickleValue& list, std::vector<PickleRef> items, PickleKind kind, const char* op) {
        mutable_container(list, kind, op);
        for (auto& i : items) {
            adopt(list, *i);
            list.items.push_back(std::move(i));
        }
    }
    void set_items(PickleValue& dict, std::vector<PickleRef> kv, const char* op) {
        mutable_container(dict, PickleKind::Dict, op);
        if (kv.size() % 2) fail(std::string(op) + " with an odd number of keys and values");
        for (size_t i = 0; i < kv.size(); i += 2) {
            adopt(dict, *kv[i]);
            adopt(dict, *kv[i + 1]);
            dict.entries.emplace_back(std::move(kv[i]), std::move(kv[i + 1]));
        }
    }
    PickleRef global(const std::string& module, const std::string& name) {
        if (!find_allowed_pickle_global(module, name))
            fail("forbidden global '" + printable(module) + "." + printable(name) +
                 "': the pickle names code, not only tensors, so Stipple refuses it (allowed: the globals that "
                 "rebuild tensors and dicts, as AUTOMATIC1111's safe unpickler)");
        return make_text(PickleKind::Global, module + "\n" + name);
    }
    const PickleGlobal& role_of(const PickleValue& g, const char* op) {
        if (g.kind != PickleKind::Global) fail(std::string(op) + " on " + kind_name(g.kind) + ", not a global");
        const size_t nl = g.text.find('\n');
        return *find_allowed_pickle_global(g.text.substr(0, nl), g.text.substr(nl + 1));
    }
    static std::string dotted(const PickleValue& g) {
        std::string s = g.text;
        s[s.find('\n')] = '.';
        return s;
    }
    int64_t int_arg(const PickleRef& v, const char* what) {
        if (v->kind != PickleKind::Int) fail(std::string(what) + " is " + kind_name(v->kind) + ", not an int");
        return v->integer;
    }
    std::vector<int64_t> int_tuple(const PickleRef& v, const char* what) {
        if (v->kind != PickleKind::Tuple && v->kind != PickleKind::List)
            fail(std::string(what) + " is " + kind_name(v->kind) + ", not a tuple");
        if (v->items.size() > limits_.max_rank)
            fail(std::string(what) + " has " + std::to_string(v->items.size()) + " dimensions (at most " +
                 std::to_string(limits_.max_rank) + ")");
        std::vector<int64_t> out;
        for (const auto& i : v->items) {
            const int64_t x = int_arg(i, what);
            if (x < 0) fail(std::string(what) + " holds the negative value " + std::to_string(x));
            out.push_back(x);
        }
        return out;
    }
    PickleRef rebuild_tensor(const std::vector<PickleRef>& args);
    PickleRef call(const PickleValue& callable, const PickleRef& args, const char* op);
    PickleRef persistent(const PickleRef& pid);

    const uint8_t* p_;
    size_t size_;
    size_t at_ = 0, op_at_ = 0;
    std::string source_;
    PickleLimits limits_;
    size_t values_ = 0;
    std::vector<PickleRef> stack_;
    std::vector<size_t> marks_;
    std::unordered_map<uint64_t, PickleRef> memo_;
};

PickleRef Machine::rebuild_tensor(const std::vector<PickleRef>& a) {
    // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
    if (a.size() < 4 || a.size() > 7) fail("_rebuild_tensor_v2 with " + std::to_string(a.size()) + " arguments");
    if (a[0]->kind != PickleKind::Storage) fail("_rebuild_tensor_v2 of " + std::string(kind_name(a[0]->kind)));
    auto t = std::make_shared<PickleTensor>();
    t->storage = a[0]->storage;
    const int64_t offset = int_arg(a[1], "a tensor's storage offset");
    if (offset < 0) fail("a tensor's storage offset is negative");
    t->offset = static_cast<uint64_t>(offset);
    t->sizes = int_tuple(a[2], "a tensor's size");
    t->strides = int_tuple(a[3], "a tensor's stride");
    if (t->sizes.size() != t->strides.size()) fail("a tensor's size and stride differ in rank");
    const PickleStorage& s = *t->storage;
    const std::string what = "a tensor of storage '" + printable(s.key) + "'";
    uint64_t numel = 1, last = t->offset;  // the last element index it reaches
    for (size_t d = 0; d < t->sizes.size(); ++d) {
        const uint64_t n = static_cast<uint64_t>(t->sizes[d]);
        if (__builtin_mul_overflow(numel, n, &numel)) fail(what + " has more elements than fit in 64 bits");
    }
    if (numel > 0) {
        for (size_t d = 0; d < t->sizes.size(); ++d) {
            uint64_t reach = 0;
            if (__builtin_mul_overflow(static_cast<uint64_t>(t->sizes[d] - 1), static_cast<uint64_t>(t->strides[d]), &reach) ||
                __builtin_add_overflow(last, reach, &last))
                fail(what + " reaches past 2^64 elements");
        }
        if (last >= s.numel)
            fail(what + " reaches element " + std::to_string(last) + " of a storage of " + std::to_string(s.numel) +
                 " elements (offset or stride past the end)");
    }
    t->numel = numel;
    auto v = make(PickleKind::Tensor);
    v->tensor = std::move(t);
    return v;
}

PickleRef Machine::call(const PickleValue& callable, const PickleRef& args, const char* op) {
    const PickleGlobal& g = role_of(callable, op);
    if (args->kind != PickleKind::Tuple) fail(std::string(op) + " with " + kind_name(args->kind) + " for arguments");
    const auto& a = args->items;
    switch (g.role) {
        case PickleGlobalRole::OrderedDict: {
            auto d = make(PickleKind::Dict);
            if (a.size() > 1) fail("OrderedDict with " + std::to_string(a.size()) + " arguments");
            if (a.size() == 1) {  // OrderedDict([(key, value), ...])
                if (a[0]->kind != PickleKind::List && a[0]->kind != PickleKind::Tuple)
                    fail("OrderedDict of " + std::string(kind_name(a[0]->kind)));
                std::vector<PickleRef> kv;
                for (const auto& pair : a[0]->items) {
                    if ((pair->kind != PickleKind::Tuple && pair->kind != PickleKind::List) || pair->items.size() != 2)
                        fail("OrderedDict item that is not a (key, value) pair");
                    kv.push_back(pair->items[0]);
                    kv.push_back(pair->items[1]);
                }
                set_items(*d, std::move(kv), "OrderedDict");
            }
            return d;
        }
        case PickleGlobalRole::RebuildTensor:
            return rebuild_tensor(a);
        case PickleGlobalRole::RebuildParameter:  // (data, requires_grad, backward_hooks)
            if (a.empty() || a[0]->kind != PickleKind::Tensor) fail("_rebuild_parameter without a tensor");
            return a[0];
        case PickleGlobalRole::StorageType:
            fail(std::string(op) + " calls " + dotted(callable) + ", which a checkpoint only names as a dtype");
        case PickleGlobalRole::Inert: {
            auto o = make_text(PickleKind::Object, dotted(callable));
            adopt(*o, *args);
            return o;
        }
    }
    fail("unreachable");
}

PickleRef Machine::persistent(const PickleRef& pid) {
    // ('storage', torch.XStorage, key, location, numel): a storage record of the zip.
    const auto& t = pid->items;
    if (pid->kind != PickleKind::Tuple || t.size() != 5 || t[0]->kind != PickleKind::String || t[0]->text != "storage")
        fail("a persistent id that is not ('storage', type, key, location, numel)");
    if (t[1]->kind != PickleKind::Global || role_of(*t[1], "a storage").role != PickleGlobalRole::StorageType)
        fail("a storage whose type is " + std::string(kind_name(t[1]->kind)) +
             (t[1]->kind == PickleKind::Global ? " '" + printable(dotted(*t[1])) + "'" : std::string()) +
             ", not a torch storage type");
    if (t[2]->kind != PickleKind::String) fail("a storage key that is not a string");
    const PickleGlobal& g = role_of(*t[1], "a storage");
    const int64_t numel = int_arg(t[4], "a storage's size");
    uint64_t bytes = 0;
    if (numel < 0 || __builtin_mul_overflow(static_cast<uint64_t>(numel), g.element_size, &bytes))
        fail("storage '" + printable(t[2]->text) + "' declares " + std::to_string(numel) + " elements");
    auto s = std::make_shared<PickleStorage>();
    s->key = t[2]->text;
    s->dtype = g.dtype;
    s->element_size = g.element_size;
    s->numel = static_cast<uint64_t>(numel);
    auto v = make(PickleKind::Storage);
    v->storage = std::move(s);
    return v;
}

PickleRef Machine::run() {
    while (true) {
        op_at_ = at_;
        const uint8_t op = *take(1);
        switch (op) {
            case 0x80: {  // PROTO
                const uint8_t version = *take(1);
                if (version > 5) fail("pickle protocol " + std::to_string(version) + " (at most 5)");
                break;
            }
            case 0x95: take(8); break;  // FRAME: a length hint only
            case '.': {                  // STOP
                PickleRef result = pop();
                return result;
            }
            case '(': marks_.push_back(stack_.size()); if (marks_.size() > limits_.max_stack) fail("too many marks"); break;
            case '0': pop(); break;                        // POP
            case '1': pop_mark(); break;                   // POP_MARK
            case '2': push(top()); break;                  // DUP
            case 'N': push(make(PickleKind::None)); break;
            case 0x88: case 0x89: {                        // NEWTRUE, NEWFALSE
                auto v = make(PickleKind::Bool);
                v->integer = op == 0x88;
                push(v);
                break;
            }
            case 'K': push(make_int(static_cast<int64_t>(le(1)))); break;  // BININT1
            case 'M': push(make_int(static_cast<int64_t>(le(2)))); break;  // BININT2
            case 'J': push(make_int(static_cast<int32_t>(le(4)))); break;  // BININT
            case 0x8a: case 0x8b: {                        // LONG1, LONG4: little-endian two's complement
                const uint64_t n = op == 0x8a ? le(1) : le(4);
                if (op == 0x8b && n > 0x7fffffff) fail("LONG4 with a negative length");
                const uint8_t* b = take(n);
                if (n > 8) {
                    push(make(PickleKind::BigInt));
                    break;
                }
                uint64_t v = 0;
                for (uint64_t i = n; i-- > 0;) v = (v << 8) | b[i];
                if (n > 0 && n < 8 && (b[n - 1] & 0x80)) v |= ~uint64_t{0} << (8 * n);  // sign-extend
                push(make_int(static_cast<int64_t>(v)));
                break;
            }
            case 'G': {  // BINFLOAT: big-endian double
                const uint8_t* b = take(8);
                uint64_t bits = 0;
                for (int i = 0; i < 8; ++i) bits = (bits << 8) | b[i];
                auto v = make(PickleKind::Float);
                std::memcpy(&v->real, &bits, 8);
                push(v);
                break;
            }
            case 0x8c: push(make_text(PickleKind::String, chunk(le(1)))); break;  // SHORT_BINUNICODE
            case 'X': push(make_text(PickleKind::String, chunk(le(4)))); break;   // BINUNICODE
            case 0x8d: push(make_text(PickleKind::String, chunk(le(8)))); break;  // BINUNICODE8
            case 'U': push(make_text(PickleKind::String, chunk(le(1)))); break;   // SHORT_BINSTRING
            case 'T': {                                                           // BINSTRING
                const uint64_t n = le(4);
                if (n > 0x7fffffff) fail("BINSTRING with a negative length");
                push(make_text(PickleKind::String, chunk(n)));
                break;
            }
            case 'C': push(make_text(PickleKind::Bytes, chunk(le(1)))); break;    // SHORT_BINBYTES
            case 'B': push(make_text(PickleKind::Bytes, chunk(le(4)))); break;    // BINBYTES
            case 0x8e: case 0x96: push(make_text(PickleKind::Bytes, chunk(le(8)))); break;  // BINBYTES8, BYTEARRAY8
            case ')': push(make(PickleKind::Tuple)); break;                       // EMPTY_TUPLE
            case 't': push(tuple(pop_mark())); break;                             // TUPLE
            case 0x85: case 0x86: case 0x87: {                                    // TUPLE1..3
                std::vector<PickleRef> items(op - 0x84);
                for (size_t i = items.size(); i-- > 0;) items[i] = pop();
                push(tuple(std::move(items)));
                break;
            }
            case ']': push(make(PickleKind::List)); break;                        // EMPTY_LIST
            case 'l': {                                                           // LIST
                auto items = pop_mark();
                auto l = make(PickleKind::List);
                append(*l, std::move(items), PickleKind::List, "LIST");
                push(l);
                break;
            }
            case 'a': {  // APPEND
                PickleRef item = pop();
                append(*top(), {item}, PickleKind::List, "APPEND");
                break;
            }
            case 'e': {  // APPENDS
                auto items = pop_mark();
                append(*top(), std::move(items), PickleKind::List, "APPENDS");
                break;
            }
            case '}': push(make(PickleKind::Dict)); break;                        // EMPTY_DICT
            case 'd': {                                                           // DICT
                auto kv = pop_mark();
                auto d = make(PickleKind::Dict);
                set_items(*d, std::move(kv), "DICT");
                push(d);
                break;
            }
            case 's': {  // SETITEM
                PickleRef value = pop();
                PickleRef key = pop();
                set_items(*top(), {key, value}, "SETITEM");
                break;
            }
            case 'u': {  // SETITEMS
                auto kv = pop_mark();
                set_items(*top(), std::move(kv), "SETITEMS");
                break;
            }
            case 0x8f: push(make(PickleKind::Set)); break;                        // EMPTY_SET
            case 0x90: {                                                          // ADDITEMS
                auto items = pop_mark();
                append(*top(), std::move(items), PickleKind::Set, "ADDITEMS");
                break;
            }
            case 0x91: {                                                          // FROZENSET
                auto items = pop_mark();
                auto s = make(PickleKind::Set);
                append(*s, std::move(items), PickleKind::Set, "FROZENSET");
                push(s);
                break;
            }
            case 'q': memo_put(le(1)); break;                                     // BINPUT
            case 'r': memo_put(le(4)); break;                                     // LONG_BINPUT
            case 0x94: memo_put(memo_.size()); break;                             // MEMOIZE
            case 'p': case 'g': {                                                 // PUT, GET (text index)
                bool ok = false;
                const uint64_t index = decimal(line(), ok);
                if (!ok) fail("a memo index that is not a number");
                if (op == 'p') memo_put(index); else memo_get(index);
                break;
            }
            case 'h': memo_get(le(1)); break;                                     // BINGET
            case 'j': memo_get(le(4)); break;                                     // LONG_BINGET
            case 'c': {                                                           // GLOBAL "module\nname\n"
                const std::string module = line();
                const std::string name = line();
                push(global(module, name));
                break;
            }
            case 0x93: {                                                          // STACK_GLOBAL
                PickleRef name = pop();
                PickleRef module = pop();
                if (module->kind != PickleKind::String || name->kind != PickleKind::String)
                    fail("STACK_GLOBAL of non-strings");
                push(global(module->text, name->text));
                break;
            }
            case 'R': {                                                           // REDUCE
                PickleRef args = pop();
                PickleRef callable = pop();
                adopt(*make(PickleKind::Tuple), *args);  // the arguments freeze (and are depth-checked)
                push(call(*callable, args, "REDUCE"));
                break;
            }
            case 0x81: case 0x92: {                                               // NEWOBJ, NEWOBJ_EX
                if (op == 0x92) {
                    PickleRef kwargs = pop();
                    if (kwargs->kind != PickleKind::Dict || !kwargs->entries.empty())
                        fail("NEWOBJ_EX with keyword arguments");
                }
                PickleRef args = pop();
                PickleRef cls = pop();
                adopt(*make(PickleKind::Tuple), *args);
                const PickleGlobal& g = role_of(*cls, "NEWOBJ");
                if (g.role == PickleGlobalRole::OrderedDict) {
                    push(make(PickleKind::Dict));
                } else if (g.role == PickleGlobalRole::Inert) {
                    push(call(*cls, args, "NEWOBJ"));
                } else {
                    fail("NEWOBJ of " + printable(dotted(*cls)));
                }
                break;
            }
            case 'b': {  // BUILD: sets an object's state; OrderedDict's _metadata and inert objects' state are ignored
                PickleRef state = pop();
                const PickleValue& obj = *top();
                if (obj.kind != PickleKind::Dict && obj.kind != PickleKind::Object)
                    fail(std::string("BUILD on ") + kind_name(obj.kind));
                adopt(*make(PickleKind::Tuple), *state);
                break;
            }
            case 'Q': {  // BINPERSID
                PickleRef pid = pop();
                push(persistent(pid));
                break;
            }
            default: {
                static const char hex[] = "0123456789abcdef";
                fail(std::string("unsupported pickle opcode 0x") + hex[op >> 4] + hex[op & 15] +
                     " (Stipple reads what torch.save writes, protocols 2-5)");
            }
        }
    }
}

}  // namespace

PickleRef run_pickle(const uint8_t* bytes, size_t size, const std::string& source, const PickleLimits& limits) {
    return Machine(bytes, size, source, limits).run();
}

PickleRef pickle_dict_get(const PickleValue& dict, const std::string& key) {
    PickleRef found;
    for (const auto& [k, v] : dict.entries)
        if (k->kind == PickleKind::String && k->text == key) found = v;
    return found;
}

}  // namespace stipple
