#!/usr/bin/python3
"""Reference data for tests/test_pipeline_upscaler.cpp: tiny random-weight upscaler models and the
outputs of their forward passes, computed here with PyTorch from the published architectures
(BasicSR basicsr/archs/rrdbnet_arch.py, the original ESRGAN RRDBNet key layout, Real-ESRGAN
realesrgan/archs/srvgg_arch.py), written independently of Stipple's C++ code.

Run from this folder with Debian's python3-torch: /usr/bin/python3 make_reference.py
Writes <name>.safetensors (the weights, as a user's file) and <name>.io.safetensors
("input" [1,3,H,W] in [0,1] and "output", the unclamped network output) for each model, and two
of the weights as the .pth files people download (torch.save): srvgg_x4.pth as Real-ESRGAN saves
them ({"params_ema": weights}) and rrdb_x2_old.pth as old ESRGAN models are (the bare OrderedDict),
for `stipple-cli convert`.
The `safetensors` package is not needed: the format is an 8-byte little-endian header length,
a JSON header, and the raw little-endian tensor bytes.
"""
import json
import struct
from collections import OrderedDict

import torch
import torch.nn.functional as F


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        data = t.detach().contiguous().to(torch.float32).numpy().tobytes()
        header[name] = {"dtype": "F32", "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def conv_params(gen, cin, cout):
    w = torch.randn(cout, cin, 3, 3, generator=gen) / (cin * 9) ** 0.5
    b = torch.randn(cout, generator=gen) * 0.1
    return w, b


# ---- RRDBNet (ESRGAN) --------------------------------------------------------------------------
# Parameters are held under BasicSR names; `old_names` gives the original ESRGAN layout's names.

def make_rrdbnet(gen, nf, nb, gc, upsamples, unshuffle):
    p = {}
    def conv(name, cin, cout):
        p[name + ".weight"], p[name + ".bias"] = conv_params(gen, cin, cout)
    conv("conv_first", 3 * unshuffle * unshuffle, nf)
    for i in range(nb):
        for k in range(1, 4):
            for j in range(1, 6):
                conv(f"body.{i}.rdb{k}.conv{j}", nf + (j - 1) * gc, nf if j == 5 else gc)
    conv("conv_body", nf, nf)
    for n in range(1, upsamples + 1):
        conv(f"conv_up{n}", nf, nf)
    conv("conv_hr", nf, nf)
    conv("conv_last", nf, 3)
    return p


def old_names(p, nb, upsamples):
    """BasicSR names -> the original ESRGAN nn.Sequential names."""
    out = {}
    for name, t in p.items():
        stem, kind = name.rsplit(".", 1)
        if stem == "conv_first":
            new = "model.0"
        elif stem.startswith("body."):
            _, i, rdb, conv = stem.split(".")
            new = f"model.1.sub.{i}.RDB{rdb[3:]}.{conv}.0"
        elif stem == "conv_body":
            new = f"model.1.sub.{nb}"
        elif stem.startswith("conv_up"):
            new = f"model.{3 * int(stem[7:])}"
        elif stem == "conv_hr":
            new = f"model.{3 * upsamples + 2}"
        else:
            assert stem == "conv_last"
            new = f"model.{3 * upsamples + 4}"
        out[new + "." + kind] = t
    return out


def rrdbnet_forward(p, x, nb, upsamples, unshuffle):
    def conv(name, t):
        return F.conv2d(t, p[name + ".weight"], p[name + ".bias"], padding=1)
    lrelu = lambda t: F.leaky_relu(t, 0.2)
    h, w = x.shape[2:]
    if unshuffle > 1:
        ph, pw = (-h) % unshuffle, (-w) % unshuffle
        x = F.pad(x, (0, pw, 0, ph), mode="reflect")
        x = F.pixel_unshuffle(x, unshuffle)
    feat = conv("conv_first", x)
    t = feat
    for i in range(nb):
        block_in = t
        for k in range(1, 4):
            xs = [t]
            for j in range(1, 5):
                xs.append(lrelu(conv(f"body.{i}.rdb{k}.conv{j}", torch.cat(xs, 1))))
            t = conv(f"body.{i}.rdb{k}.conv5", torch.cat(xs, 1)) * 0.2 + t
        t = t * 0.2 + block_in
    feat = feat + conv("conv_body", t)
    for n in range(1, upsamples + 1):
        feat = lrelu(conv(f"conv_up{n}", F.interpolate(feat, scale_factor=2, mode="nearest")))
    out = conv("conv_last", lrelu(conv("conv_hr", feat)))
    scale = 2 ** upsamples // unshuffle
    return out[:, :, : h * scale, : w * scale]


# ---- SRVGGNetCompact (Real-ESRGAN) -------------------------------------------------------------

def make_srvgg(gen, num_feat, num_conv, scale):
    p = {}
    convs = num_conv + 2
    for i in range(convs):
        cin = 3 if i == 0 else num_feat
        cout = 3 * scale * scale if i == convs - 1 else num_feat
        p[f"body.{2 * i}.weight"], p[f"body.{2 * i}.bias"] = conv_params(gen, cin, cout)
        if i != convs - 1:
            p[f"body.{2 * i + 1}.weight"] = torch.rand(num_feat, generator=gen) * 0.5  # PReLU slopes
    return p


def srvgg_forward(p, x, num_conv, scale):
    out = x
    convs = num_conv + 2
    for i in range(convs):
        out = F.conv2d(out, p[f"body.{2 * i}.weight"], p[f"body.{2 * i}.bias"], padding=1)
        if i != convs - 1:
            out = F.prelu(out, p[f"body.{2 * i + 1}.weight"])
    out = F.pixel_shuffle(out, scale)
    return out + F.interpolate(x, scale_factor=scale, mode="nearest")


def main():
    torch.set_grad_enabled(False)
    gen = torch.Generator().manual_seed(20261206)
    cases = []
    # name, keys, nb, upsamples, unshuffle, input size (h, w)
    for name, layout, upsamples, unshuffle, size in [
        ("rrdb_x4_basicsr", "basicsr", 2, 1, (12, 16)),
        ("rrdb_x4_old", "old", 2, 1, (12, 16)),
        ("rrdb_x2_basicsr_unshuffle", "basicsr", 2, 2, (13, 11)),  # RealESRGAN_x2plus-style, odd size: reflect pad
        ("rrdb_x2_old", "old", 1, 1, (10, 14)),                     # old ESRGAN 2x: one upsampling step
    ]:
        nb = 1
        p = make_rrdbnet(gen, nf=8, nb=nb, gc=4, upsamples=upsamples, unshuffle=unshuffle)
        x = torch.rand(1, 3, *size, generator=gen)
        y = rrdbnet_forward(p, x, nb, upsamples, unshuffle)
        cases.append((name, old_names(p, nb, upsamples) if layout == "old" else p, x, y))
    p = make_srvgg(gen, num_feat=8, num_conv=2, scale=4)
    x = torch.rand(1, 3, 12, 16, generator=gen)
    cases.append(("srvgg_x4", p, x, srvgg_forward(p, x, num_conv=2, scale=4)))
    for name, weights, x, y in cases:
        write_safetensors(name + ".safetensors", weights)
        write_safetensors(name + ".io.safetensors", {"input": x, "output": y})
        if name in ("srvgg_x4", "rrdb_x2_old"):
            state = OrderedDict((k, v.clone()) for k, v in weights.items())
            torch.save({"params_ema": state} if name == "srvgg_x4" else state, name + ".pth")
        print(name, tuple(y.shape), f"output range {y.min().item():.3f}..{y.max().item():.3f}")


if __name__ == "__main__":
    main()
