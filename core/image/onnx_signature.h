// The inputs and outputs an ONNX file declares (names, element types, shapes), read straight from
// its protobuf. Hand-written because OpenCV 4.6's cv::dnn::Net has no call that lists a network's
// inputs and their shapes — yet a network with two inputs must be fed by name, and a model of the
// wrong shape deserves a clear error before OpenCV tries to run it — and the protobuf classes
// inside libopencv_dnn are not exported. Only the few fields needed are decoded; everything else,
// weights included, is skipped without being read into memory.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stipple {

// ONNX TensorProto.DataType values this project names (others are shown by number).
enum class OnnxElementType : int32_t { Undefined = 0, Float = 1, Float16 = 10, Double = 11 };

struct OnnxValue {
    std::string name;
    int32_t element_type = 0;                  // OnnxElementType, or another ONNX data type number
    // The declared shape; nullopt when the file declares none. A dimension that is symbolic
    // ("batch", "height") or left out is -1.
    std::optional<std::vector<int64_t>> shape;
    // "1x3x512x512 float", "1 double", "?x3x?x? float", "(no shape) float".
    std::string describe() const;
};

struct OnnxSignature {
    std::vector<OnnxValue> inputs;   // graph inputs that are fed at run time (initializers left out), in file order
    std::vector<OnnxValue> outputs;  // graph outputs, in file order
};

// Reads the signature of the ONNX file at `path`. Throws stipple::Error naming the file when it
// cannot be read or is not an ONNX model (no graph, a malformed protobuf, a truncated file).
OnnxSignature read_onnx_signature(const std::string& path);

// The same from bytes in memory (`what` names them in errors); for tests and fuzzing.
OnnxSignature parse_onnx_signature(const std::string& bytes, const std::string& what);

}  // namespace stipple
