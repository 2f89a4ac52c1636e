#!/usr/bin/env python3
"""Reference data for tests/test_pipeline_variation_seeds.cpp: AUTOMATIC1111's initial noise with
variation seeds and "Seed resize from" (modules/rng.py: slerp, ImageRNG.first), written from a
reading of its algorithm, for A1111's "CPU" source (torch.randn on the CPU) and its "NV" source
(Philox 4x32-10 + one Box-Muller value per pair, implemented here in plain Python and checked
against ../shared/fixtures/a1111/philox_randn.safetensors when that folder is present).

Independent of Stipple's C++. Run with Debian's python3-torch (1.13):
    /usr/bin/python3 tests/data/variation_seeds/make_reference.py ../shared
It writes reference.json: `slerp` cases (inputs, strength, result) and `noise` cases (source,
latent shape C,H,W, seeds, variation seeds, strength, resize-from in pixels, the batch's noise),
float32 values as decimal text that reads back exactly.
"""
import json
import math
import os
import struct
import sys

import torch

SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../../shared")
OUT = os.path.dirname(os.path.abspath(__file__))
FACTOR = 8  # A1111's opt_f


def f32(v):
    return struct.unpack("<f", struct.pack("<f", v))[0]


# ---------------------------------------------------------------- the NV source (Philox 4x32-10)
M0, M1 = 0xD2511F53, 0xCD9E8D57
W0, W1 = 0x9E3779B9, 0xBB67AE85
MASK = 0xFFFFFFFF
INV = f32(2.3283064e-10)
INV_2PI = f32(2.3283064e-10 * 6.2831855)
HALF_INV = f32(INV / 2)
HALF_INV_2PI = f32(INV_2PI / 2)


def philox_words(counter, k0, k1):
    c0, c1, c2, c3 = counter
    for r in range(10):
        p0, p1 = c0 * M0, c2 * M1
        c0, c1, c2, c3 = ((p1 >> 32) ^ c1 ^ k0) & MASK, p1 & MASK, ((p0 >> 32) ^ c3 ^ k1) & MASK, p0 & MASK
        k0, k1 = (k0 + W0) & MASK, (k1 + W1) & MASK
    return c0, c1


class Philox:
    def __init__(self, seed):
        self.seed, self.offset = seed, 0

    def randn(self, shape):
        n = math.prod(shape)
        k0, k1 = self.seed & MASK, (self.seed >> 32) & MASK
        out = []
        for i in range(n):
            x, y = philox_words((self.offset & MASK, 0, i, 0), k0, k1)
            # numpy promotes uint32 * float32 to float64: the transform runs in double.
            u = x * INV + HALF_INV
            v = y * INV_2PI + HALF_INV_2PI
            out.append(math.sqrt(-2.0 * math.log(u)) * math.sin(v))
        self.offset += 1
        return torch.tensor(out, dtype=torch.float32).reshape(shape)


class Cpu:
    def __init__(self, seed):
        self.g = torch.Generator().manual_seed(seed)

    def randn(self, shape):
        return torch.randn(shape, generator=self.g, dtype=torch.float32)


SOURCES = {"CPU": Cpu, "NV": Philox}


# ---------------------------------------------------------------- A1111's noise
def slerp(val, low, high):
    # Per (channel, column): norms and cosines along dim 1 (the rows) of a {C,H,W} noise.
    low_unit = low / torch.norm(low, dim=1, keepdim=True)
    high_unit = high / torch.norm(high, dim=1, keepdim=True)
    dot = (low_unit * high_unit).sum(1)
    if dot.mean() > 0.9995:
        return low * val + high * (1 - val)  # A1111's fallback, weights as it writes them
    omega = torch.acos(dot)
    so = torch.sin(omega)
    return (torch.sin((1.0 - val) * omega) / so).unsqueeze(1) * low + (torch.sin(val * omega) / so).unsqueeze(1) * high


def first_noise(source, shape, seeds, subseeds, strength, resize):
    """A1111's ImageRNG.first: the batch's initial noise {B,C,H,W}."""
    make = SOURCES[source]
    generators = [make(s) for s in seeds]
    small = shape if resize is None else (shape[0], resize[1] // FACTOR, resize[0] // FACTOR)
    images = []
    for i, seed in enumerate(seeds):
        sub = None
        if subseeds and strength != 0:
            sub = make(subseeds[i]).randn(small)  # a fresh generator: its first draw
        noise = make(seed).randn(small) if small != shape else generators[i].randn(shape)
        if sub is not None:
            noise = slerp(strength, noise, sub)
        if small != shape:
            full = generators[i].randn(shape)  # the image's own generator: one draw, as without resize
            dx, dy = (shape[2] - small[2]) // 2, (shape[1] - small[1]) // 2  # Python floor division
            w = small[2] if dx >= 0 else small[2] + 2 * dx
            h = small[1] if dy >= 0 else small[1] + 2 * dy
            tx, ty, sx, sy = max(dx, 0), max(dy, 0), max(-dx, 0), max(-dy, 0)
            full[:, ty:ty + h, tx:tx + w] = noise[:, sy:sy + h, sx:sx + w]
            noise = full
        images.append(noise)
    return torch.stack(images)


def floats(t):
    return [float("%.9g" % v) for v in t.flatten().tolist()]


def check_philox_against_fixture():
    path = os.path.join(SHARED, "fixtures/a1111/philox_randn.safetensors")
    if not os.path.exists(path):
        print("fixtures absent: the Philox implementation is not checked")
        return
    data = open(path, "rb").read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    for name in ("seed0_3x4", "seed4294967301_1x4x8x12"):
        seed = int(name.split("_")[0][4:])
        shape = [int(v) for v in name.split("_")[1].split("x")]
        g = Philox(seed)
        for draw in ("draw0", "draw1"):
            info = header[name + "." + draw]
            a, b = info["data_offsets"]
            expected = torch.frombuffer(bytearray(data[8 + n + a:8 + n + b]), dtype=torch.float32).reshape(shape)
            err = (g.randn(shape) - expected).abs().max().item()
            assert err <= 1e-6, (name, draw, err)
    print("Philox matches the A1111 fixture")


def main():
    check_philox_against_fixture()
    out = {"slerp": [], "noise": []}
    low = torch.randn((4, 6, 5), generator=torch.Generator().manual_seed(1))
    high = torch.randn((4, 6, 5), generator=torch.Generator().manual_seed(2))
    for val in (0.1, 0.5, 0.9, 1.0):
        out["slerp"].append({"strength": val, "shape": [4, 6, 5], "low": floats(low), "high": floats(high),
                             "result": floats(slerp(val, low, high))})
    # Nearly parallel noises: A1111's linear fallback (with its swapped weights).
    near = low * 1.001 + 0.001 * high
    out["slerp"].append({"strength": 0.25, "shape": [4, 6, 5], "low": floats(low), "high": floats(near),
                         "result": floats(slerp(0.25, low, near))})

    shape = (4, 6, 8)  # a 64x48 image's latents
    cases = [
        ("cpu variation", "CPU", [11, 11], [100, 101], 0.3, None),
        ("nv variation", "NV", [6421725739674010, 6421725739674010], [7, 8], 0.65, None),
        ("cpu resize only", "CPU", [5], [], 0.0, (88, 40)),      # wider (crop) and lower (paste)
        ("nv resize and variation", "NV", [123], [456], 0.5, (48, 96)),  # narrower (paste), taller (crop)
        ("cpu strength 1", "CPU", [3], [4], 1.0, None),
        ("cpu same seeds (linear fallback)", "CPU", [9], [9], 0.25, None),
    ]
    for name, source, seeds, subseeds, strength, resize in cases:
        noise = first_noise(source, shape, seeds, subseeds, strength, resize)
        out["noise"].append({"name": name, "source": source, "shape": list(shape), "seeds": seeds,
                             "variation_seeds": subseeds, "strength": strength,
                             "resize_from": list(resize) if resize else None, "noise": floats(noise)})
    with open(os.path.join(OUT, "reference.json"), "w") as f:
        json.dump(out, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", os.path.join(OUT, "reference.json"))


if __name__ == "__main__":
    main()
