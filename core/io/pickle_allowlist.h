// The Python globals a PyTorch checkpoint's pickle may name, and what each stands for in Stipple's
// pickle machine (io/pickle_machine.h), which never imports or calls anything: a global is only a
// label that the machine interprets as one of the few data-building roles below.
//
// The list is AUTOMATIC1111's safe unpickler's (modules/safe.py, RestrictedUnpickler.find_class),
// plus torch.CharStorage / ShortStorage / BoolStorage (int8, int16, bool tensors: they only name a
// dtype, like the storages A1111 allows) and `builtins.set` (protocol 3+ spelling of its
// `__builtin__.set`):
//   collections.OrderedDict                                  -> a dict
//   torch._utils._rebuild_tensor_v2                          -> a tensor view of a storage
//   torch._utils._rebuild_parameter                          -> its tensor (nn.Parameter)
//   torch.{Float,Half,BFloat16,Double,Long,Int,Short,Char,Byte,Bool}Storage
//                                                            -> the dtype of a storage
//   torch._utils._rebuild_device_tensor_from_numpy, torch.float32,
//   torch.nn.modules.container.ParameterDict,
//   numpy.core.multiarray.scalar / _reconstruct, numpy.dtype / ndarray, _codecs.encode,
//   pytorch_lightning.callbacks.model_checkpoint (module) and its ModelCheckpoint,
//   __builtin__.set / builtins.set                           -> inert: building one yields an opaque
//                                                               value that the converter ignores
//                                                               (training state beside the weights)
// Anything else (posix.system, builtins.eval, __builtin__.getattr, ...) is refused by name.
#pragma once

#include <cstdint>
#include <string>

namespace stipple {

enum class PickleGlobalRole { OrderedDict, RebuildTensor, RebuildParameter, StorageType, Inert };

struct PickleGlobal {
    PickleGlobalRole role;
    const char* dtype = "";     // StorageType: safetensors dtype name ("F32", "F16", "BF16", ...)
    uint32_t element_size = 0;  // StorageType: bytes per element
};

// The role of `module`.`name`, or nullptr when the global is not allowed.
const PickleGlobal* find_allowed_pickle_global(const std::string& module, const std::string& name);

}  // namespace stipple
