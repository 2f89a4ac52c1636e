// The allowlist of pickle globals (see pickle_allowlist.h for the list and where it comes from).
#include "io/pickle_allowlist.h"

#include <map>
#include <utility>

namespace stipple {

const PickleGlobal* find_allowed_pickle_global(const std::string& module, const std::string& name) {
    using R = PickleGlobalRole;
    static const std::map<std::pair<std::string, std::string>, PickleGlobal> allowed = {
        {{"collections", "OrderedDict"}, {R::OrderedDict}},
        {{"torch._utils", "_rebuild_tensor_v2"}, {R::RebuildTensor}},
        {{"torch._utils", "_rebuild_parameter"}, {R::RebuildParameter}},
        {{"torch", "FloatStorage"}, {R::StorageType, "F32", 4}},
        {{"torch", "HalfStorage"}, {R::StorageType, "F16", 2}},
        {{"torch", "BFloat16Storage"}, {R::StorageType, "BF16", 2}},
        {{"torch", "DoubleStorage"}, {R::StorageType, "F64", 8}},
        {{"torch", "LongStorage"}, {R::StorageType, "I64", 8}},
        {{"torch", "IntStorage"}, {R::StorageType, "I32", 4}},
        {{"torch", "ShortStorage"}, {R::StorageType, "I16", 2}},
        {{"torch", "CharStorage"}, {R::StorageType, "I8", 1}},
        {{"torch", "ByteStorage"}, {R::StorageType, "U8", 1}},
        {{"torch", "BoolStorage"}, {R::StorageType, "BOOL", 1}},
        {{"torch._utils", "_rebuild_device_tensor_from_numpy"}, {R::Inert}},
        {{"torch", "float32"}, {R::Inert}},
        {{"torch.nn.modules.container", "ParameterDict"}, {R::Inert}},
        {{"numpy.core.multiarray", "scalar"}, {R::Inert}},
        {{"numpy.core.multiarray", "_reconstruct"}, {R::Inert}},
        {{"numpy", "dtype"}, {R::Inert}},
        {{"numpy", "ndarray"}, {R::Inert}},
        {{"_codecs", "encode"}, {R::Inert}},
        {{"pytorch_lightning.callbacks", "model_checkpoint"}, {R::Inert}},
        {{"pytorch_lightning.callbacks.model_checkpoint", "ModelCheckpoint"}, {R::Inert}},
        {{"__builtin__", "set"}, {R::Inert}},
        {{"builtins", "set"}, {R::Inert}},
    };
    const auto it = allowed.find({module, name});
    return it == allowed.end() ? nullptr : &it->second;
}

}  // namespace stipple
