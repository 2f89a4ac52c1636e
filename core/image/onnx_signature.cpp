// Reading an ONNX file's declared inputs and outputs (see onnx_signature.h). The field numbers are
// onnx.proto's: ModelProto.graph = 7; GraphProto.initializer = 5, input = 11, output = 12,
// sparse_initializer = 15; ValueInfoProto.name = 1, type = 2; TypeProto.tensor_type = 1;
// TypeProto.Tensor.elem_type = 1, shape = 2; TensorShapeProto.dim = 1; Dimension.dim_value = 1,
// dim_param = 2; TensorProto.name = 8; SparseTensorProto.values = 1.
#include "image/onnx_signature.h"

#include "common/error.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace stipple {

namespace {

// Protobuf wire types.
constexpr uint32_t kVarint = 0, kFixed64 = 1, kLengthDelimited = 2, kFixed32 = 5;
// Names and dimension labels are short; anything longer is not a signature field of a real model.
constexpr uint64_t kMaxString = 1 << 16;
// No recursion: the messages read here nest to a fixed depth (graph > value info > type > tensor > shape > dim).

// A forward-only protobuf reader over a stream of known size: every read is checked against the
// end of the message being read, so a malformed or truncated file is an error, never a wild read.
class ProtoReader {
public:
    ProtoReader(std::istream& in, uint64_t size, std::string what) : in_(in), size_(size), what_(std::move(what)) {}

    uint64_t size() const { return size_; }
    uint64_t pos() const { return pos_; }

    [[noreturn]] void fail(const std::string& why) const {
        throw Error("'" + what_ + "' is not an ONNX model (" + why + " at byte " + std::to_string(pos_) + ")");
    }

    uint8_t byte(uint64_t end) {
        if (pos_ >= end) fail("a field runs past the end of its message");
        const int c = in_.get();
        if (c == std::char_traits<char>::eof()) fail("the file ends early");
        ++pos_;
        return static_cast<uint8_t>(c);
    }

    uint64_t varint(uint64_t end) {
        uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const uint8_t b = byte(end);
            value |= static_cast<uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return value;
        }
        fail("a number longer than 10 bytes");
    }

    // A field's number and wire type; groups (wire types 3, 4) and unknown types are errors.
    std::pair<uint64_t, uint32_t> tag(uint64_t end) {
        const uint64_t t = varint(end);
        const uint32_t wire = static_cast<uint32_t>(t & 7);
        if (wire != kVarint && wire != kFixed64 && wire != kLengthDelimited && wire != kFixed32)
            fail("wire type " + std::to_string(wire));
        if ((t >> 3) == 0) fail("field number 0");
        return {t >> 3, wire};
    }

    // The end offset of a length-delimited field whose length comes next.
    uint64_t message_end(uint64_t end) {
        const uint64_t n = varint(end);
        if (n > end - pos_) fail("a field longer than its message");
        return pos_ + n;
    }

    void skip_to(uint64_t target) {
        if (target == pos_) return;
        in_.seekg(static_cast<std::streamoff>(target));
        if (!in_) fail("the file ends early");
        pos_ = target;
    }

    void skip(uint32_t wire, uint64_t end) {
        switch (wire) {
            case kVarint: varint(end); return;
            case kFixed64: skip_fixed(8, end); return;
            case kFixed32: skip_fixed(4, end); return;
            default: skip_to(message_end(end)); return;
        }
    }

    std::string string(uint64_t end) {
        const uint64_t stop = message_end(end);
        if (stop - pos_ > kMaxString) fail("a name of " + std::to_string(stop - pos_) + " bytes");
        std::string s(static_cast<size_t>(stop - pos_), '\0');
        if (!s.empty() && !in_.read(s.data(), static_cast<std::streamsize>(s.size()))) fail("the file ends early");
        pos_ = stop;
        return s;
    }

private:
    void skip_fixed(uint64_t n, uint64_t end) {
        if (n > end - pos_) fail("a field runs past the end of its message");
        skip_to(pos_ + n);
    }

    std::istream& in_;
    uint64_t size_;
    std::string what_;
    uint64_t pos_ = 0;
};

// TensorShapeProto.Dimension: a fixed size, or -1 for a symbolic / missing one.
int64_t read_dimension(ProtoReader& r, uint64_t end) {
    int64_t value = -1;
    while (r.pos() < end) {
        const auto [field, wire] = r.tag(end);
        if (field == 1 && wire == kVarint) {
            const uint64_t v = r.varint(end);
            value = v > static_cast<uint64_t>(INT64_MAX) ? -1 : static_cast<int64_t>(v);
        } else {
            r.skip(wire, end);  // dim_param (a name), denotation
        }
    }
    return value;
}

std::vector<int64_t> read_shape(ProtoReader& r, uint64_t end) {
    std::vector<int64_t> dims;
    while (r.pos() < end) {
        const auto [field, wire] = r.tag(end);
        if (field == 1 && wire == kLengthDelimited) {
            if (dims.size() >= 64) r.fail("a shape of more than 64 dimensions");
            dims.push_back(read_dimension(r, r.message_end(end)));
        } else {
            r.skip(wire, end);
        }
    }
    return dims;
}

void read_tensor_type(ProtoReader& r, uint64_t end, OnnxValue& v) {
    while (r.pos() < end) {
        const auto [field, wire] = r.tag(end);
        if (field == 1 && wire == kVarint) v.element_type = static_cast<int32_t>(r.varint(end));
        else if (field == 2 && wire == kLengthDelimited) v.shape = read_shape(r, r.message_end(end));
        else r.skip(wire, end);
    }
}

OnnxValue read_value_info(ProtoReader& r, uint64_t end) {
    OnnxValue v;
    while (r.pos() < end) {
        const auto [field, wire] = r.tag(end);
        if (field == 1 && wire == kLengthDelimited) {
            v.name = r.string(end);
        } else if (field == 2 && wire == kLengthDelimited) {
            const uint64_t type_end = r.message_end(end);
            while (r.pos() < type_end) {  // TypeProto: only tensor_type; sequences, maps... stay undefined
                const auto [f, w] = r.tag(type_end);
                if (f == 1 && w == kLengthDelimited) read_tensor_type(r, r.message_end(type_end), v);
                else r.skip(w, type_end);
            }
        } else {
            r.skip(wire, end);
        }
    }
    return v;
}

// TensorProto.name; the data after it (raw_data, up to gigabytes) is skipped by seeking.
std::string read_tensor_name(ProtoReader& r, uint64_t end) {
    std::string name;
    while (r.pos() < end) {
        const auto [field, wire] = r.tag(end);
        if (field == 8 && wire == kLengthDelimited) name = r.string(end);
        else r.skip(wire, end);
    }
    return name;
}

OnnxSignature read_graph(ProtoReader& r, uint64_t end) {
    OnnxSignature s;
    std::set<std::string> initializers;
    while (r.pos() < end) {
        const auto [field, wire] = r.tag(end);
        if (wire != kLengthDelimited) {
            r.skip(wire, end);
        } else if (field == 11) {
            s.inputs.push_back(read_value_info(r, r.message_end(end)));
        } else if (field == 12) {
            s.outputs.push_back(read_value_info(r, r.message_end(end)));
        } else if (field == 5) {
            initializers.insert(read_tensor_name(r, r.message_end(end)));
        } else if (field == 15) {
            const uint64_t sparse_end = r.message_end(end);
            while (r.pos() < sparse_end) {
                const auto [f, w] = r.tag(sparse_end);
                if (f == 1 && w == kLengthDelimited) initializers.insert(read_tensor_name(r, r.message_end(sparse_end)));
                else r.skip(w, sparse_end);
            }
        } else {
            r.skip(wire, end);  // nodes, value_info, names, docs
        }
    }
    // Files before IR version 4 also list every initializer as an input: those are weights, not inputs.
    s.inputs.erase(std::remove_if(s.inputs.begin(), s.inputs.end(),
                                  [&](const OnnxValue& v) { return initializers.count(v.name) > 0; }),
                   s.inputs.end());
    return s;
}

OnnxSignature read_model(std::istream& in, uint64_t size, const std::string& what) {
    ProtoReader r(in, size, what);
    std::optional<OnnxSignature> graph;
    while (r.pos() < size) {
        const auto [field, wire] = r.tag(size);
        if (field == 7 && wire == kLengthDelimited) graph = read_graph(r, r.message_end(size));
        else r.skip(wire, size);
    }
    if (!graph) r.fail("no graph");
    if (graph->inputs.empty()) r.fail("a graph without inputs");
    return *graph;
}

}  // namespace

std::string OnnxValue::describe() const {
    std::string text;
    if (!shape) {
        text = "(no shape)";
    } else if (shape->empty()) {
        text = "scalar";
    } else {
        for (size_t i = 0; i < shape->size(); ++i)
            text += (i ? "x" : "") + ((*shape)[i] < 0 ? std::string("?") : std::to_string((*shape)[i]));
    }
    switch (element_type) {
        case static_cast<int32_t>(OnnxElementType::Float): return text + " float";
        case static_cast<int32_t>(OnnxElementType::Float16): return text + " float16";
        case static_cast<int32_t>(OnnxElementType::Double): return text + " double";
        default: return text + " (data type " + std::to_string(element_type) + ")";
    }
}

OnnxSignature read_onnx_signature(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const uint64_t size = fs::file_size(path, ec);
    if (ec) throw Error("cannot read '" + path + "': " + ec.message());
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error("cannot open '" + path + "'");
    return read_model(in, size, path);
}

OnnxSignature parse_onnx_signature(const std::string& bytes, const std::string& what) {
    std::istringstream in(bytes);
    return read_model(in, bytes.size(), what);
}

}  // namespace stipple
