#!/usr/bin/python3
"""Makes the tiny PyTorch pickle checkpoints of tests/test_io_pickle_checkpoint.cpp (run with Debian's
python3-torch: /usr/bin/python3 tests/data/make_pickle_checkpoints.py). Writes into
tests/data/pickle_checkpoints/: good files with expected.json (every tensor's dtype, shape and values,
and global_step), and hostile or broken ones that must each be refused with nothing written.
Seeded: the same files every run. Nothing here is ever loaded with torch.load."""
import collections
import io
import json
import os
import struct

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pickle_checkpoints")
DTYPES = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.int64: "I64",
          torch.int32: "I32", torch.uint8: "U8", torch.bool: "BOOL", torch.float64: "F64"}


def describe(tensors):
    return {k: {"dtype": DTYPES[v.dtype], "shape": list(v.shape),
                "values": v.detach().flatten().to(torch.float64).tolist()} for k, v in tensors.items()}


def save(name, obj, **kwargs):
    torch.save(obj, os.path.join(OUT, name), **kwargs)


def main():
    os.makedirs(OUT, exist_ok=True)
    torch.manual_seed(16)
    expected = {}

    # 1. A bare state dict (plain dict) with every common dtype.
    plain = {"model.diffusion_model.a.weight": torch.randn(2, 3),
             "model.diffusion_model.b.weight": torch.randn(4).half(),
             "first_stage_model.c.weight": torch.randn(2, 2).bfloat16(),
             "cond_stage_model.d.position_ids": torch.arange(3),
             "flags": torch.tensor([True, False, True]),
             "bytes": torch.tensor([0, 7, 255], dtype=torch.uint8),
             "f64": torch.randn(2).double()}
    save("plain.ckpt", plain)
    expected["plain.ckpt"] = {"tensors": describe(plain), "global_step": None, "order": list(plain)}

    # 2. AUTOMATIC1111 / Lightning layout: weights under state_dict, training state beside them.
    #    Saved through a buffer, so the zip's folder is "archive" (a file name gives "nested").
    sd = {"model.diffusion_model.w": torch.randn(3, 2).half(), "model.diffusion_model.b": torch.randn(3)}
    nested = {"state_dict": sd, "global_step": 123, "epoch": 4, "lr": 1e-4, "name": "tiny",
              "loops": {"fit_loop": {"epoch_progress": [1, 2, 3]}}}
    buf = io.BytesIO()
    torch.save(nested, buf)
    with open(os.path.join(OUT, "nested.ckpt"), "wb") as f:
        f.write(buf.getvalue())
    expected["nested.ckpt"] = {"tensors": describe(sd), "global_step": 123, "order": list(sd)}

    # 3. Shared storage and non-contiguous views: all of these view one 4x6 storage.
    base = torch.arange(24, dtype=torch.float32).reshape(4, 6)
    views = {"base": base, "transposed": base.t(), "block": base[1:3, 2:5], "column": base[:, 1],
             "flat_tail": base.view(24)[6:12], "stepped": base[::2, ::3]}
    save("views.ckpt", views)
    expected["views.ckpt"] = {"tensors": describe(views), "global_step": None, "order": list(views)}

    # 4. An nn.Module's state_dict (an OrderedDict with _metadata, set by BUILD) plus an
    #    nn.Parameter, in pickle protocol 4 (FRAME, STACK_GLOBAL, MEMOIZE).
    lin = torch.nn.Linear(3, 2)
    ordered = lin.state_dict()
    ordered["param"] = torch.nn.Parameter(torch.randn(2, 2))
    save("ordered.pt", ordered, pickle_protocol=4)
    expected["ordered.pt"] = {"tensors": describe(ordered), "global_step": None, "order": list(ordered)}

    # 5. The layout of the original Stable Diffusion .ckpt files (PyTorch Lightning): a ModelCheckpoint
    #    class as a dict key, a numpy scalar (numpy.dtype, numpy.core.multiarray.scalar, _codecs.encode),
    #    optimizer state with its own tensors, a set. Lightning is not installed: a stand-in class with
    #    the same module and name pickles the same way.
    import sys
    import types
    import numpy
    for mod in ["pytorch_lightning", "pytorch_lightning.callbacks", "pytorch_lightning.callbacks.model_checkpoint"]:
        sys.modules[mod] = types.ModuleType(mod)
    ModelCheckpoint = type("ModelCheckpoint", (), {"__module__": "pytorch_lightning.callbacks.model_checkpoint"})
    sys.modules["pytorch_lightning.callbacks.model_checkpoint"].ModelCheckpoint = ModelCheckpoint
    weights = {"model.diffusion_model.out.2.weight": torch.randn(4, 2).half(), "betas": torch.linspace(0, 1, 5)}
    lightning = {"epoch": 5, "global_step": 470000, "pytorch-lightning_version": "1.4.2",
                 "state_dict": weights,
                 "callbacks": {ModelCheckpoint: {"monitor": None, "best_model_score": numpy.float64(0.25),
                                                 "best_model_path": "last.ckpt"}},
                 "optimizer_states": [{"state": {0: {"exp_avg": torch.zeros(4, 2)}},
                                       "param_groups": [{"lr": 1e-4, "params": [0]}]}],
                 "lr_schedulers": [], "tags": {"a", "b"}}
    save("lightning.ckpt", lightning)
    expected["lightning.ckpt"] = {"tensors": describe(weights), "global_step": 470000, "order": list(weights)}

    # 6. An AUTOMATIC1111 textual-inversion embedding as A1111 saves it (.pt): the vectors are the
    # Parameter under string_to_param["*"]; converted, they are the "emb_params" A1111's
    # .safetensors embeddings hold.
    vectors = torch.randn(2, 32)
    save("ti_embedding.pt", {"string_to_token": {"*": 265}, "string_to_param": {"*": torch.nn.Parameter(vectors)},
                             "name": "ti_embedding", "step": 1500, "sd_checkpoint": "a1b2c3d4",
                             "sd_checkpoint_name": "v1-5-pruned-emaonly"})
    expected["ti_embedding.pt"] = {"tensors": describe({"emb_params": vectors}), "global_step": None,
                                   "order": ["emb_params"]}

    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)

    # --- Hostile and broken files: each must be refused, nothing written --------------------------
    class Evil:
        def __init__(self, fn, arg):
            self.fn, self.arg = fn, arg

        def __reduce__(self):
            return (self.fn, (self.arg,))

    small = {"w": torch.ones(2)}
    save("os_system.ckpt", {**small, "x": Evil(os.system, "touch /tmp/stipple-pwned")})      # posix.system
    save("builtins_eval.ckpt", {**small, "x": Evil(eval, "1+1")}, pickle_protocol=4)        # builtins.eval
    save("builtin_getattr.ckpt", {**small, "x": Evil(getattr, "x")})                        # __builtin__.getattr

    class PastEnd:  # a view whose offset reaches past its 8-element storage
        def __reduce__(self):
            storage = torch.zeros(8).storage()
            return (torch._utils._rebuild_tensor_v2, (storage, 100, (4,), (1,), False, collections.OrderedDict()))

    save("offset_past_end.ckpt", {"w": PastEnd()})

    deep = []
    for _ in range(300):
        deep = [deep]
    save("deep.ckpt", {**small, "deep": deep})

    with open(os.path.join(OUT, "plain.ckpt"), "rb") as f:
        whole = f.read()
    with open(os.path.join(OUT, "truncated.ckpt"), "wb") as f:
        f.write(whole[: len(whole) // 2])

    # A central directory that declares data.pkl 2 GiB long (a zip bomb's lie; nothing is compressed).
    data = bytearray(whole)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46: at + 46 + name_len]).endswith(b"data.pkl"):
            struct.pack_into("<II", data, at + 20, 0x7FFFFFF0, 0x7FFFFFF0)
        at = data.find(b"PK\x01\x02", at + 4)
    with open(os.path.join(OUT, "huge_size.ckpt"), "wb") as f:
        f.write(bytes(data))


if __name__ == "__main__":
    main()
