#!/usr/bin/env python3
"""Reference data for tests/test_sched_brownian_tree.cpp.

AUTOMATIC1111 draws the step noise of its SDE samplers (DPM++ 2M SDE, ...) from k-diffusion's
BrownianTreeNoiseSampler: one torchsde BrownianTree per image (entropy = the image's seed), and it
patches torchsde's _randn so that every node's normal comes from A1111's own source seeded with the
node's seed (modules/sd_samplers_common.py -> devices.randn_local).

torchsde is NOT installed here and cannot be downloaded: the tree below is OUR OWN PORT of
torchsde 0.2.6's BrownianInterval (halfway_tree=True, tol=1e-6, pool_size=24, no Levy area),
written from a reading of torchsde/_brownian/brownian_interval.py and derived.py, and of k-diffusion's
BatchedBrownianTree / BrownianTreeNoiseSampler. It keeps torchsde's structure (queries start from the
last interval found, the halfway split recursion), which Stipple's C++ does not, so the test also
checks that the simpler C++ walk gives the same values. numpy's SeedSequence is numpy's own.

Independent of Stipple's C++. Run with Debian's python3-torch (1.13) and python3-numpy:
    /usr/bin/python3 tests/data/brownian_tree/make_reference.py
It writes reference.json: `seed_sequence` cases (numpy's generate_state and spawn), `tree` cases
(raw increments W(ta, tb) of one tree), `sampler` cases (k-diffusion's noise per step) and
`a1111_sd15_karras` (the step noise A1111 adds for SD 1.5, DPM++ 2M SDE Karras, 10 steps),
float32 values as decimal text that reads back exactly.
"""
import importlib.util
import json
import math
import os

import numpy as np
import torch

OUT = os.path.dirname(os.path.abspath(__file__))

# The NV source (Philox) of the variation-seed reference, itself checked against A1111's fixture.
_spec = importlib.util.spec_from_file_location("vs_ref", os.path.join(OUT, "..", "variation_seeds", "make_reference.py"))
_vs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_vs)


def randn_local(source, seed, size):
    """A1111's devices.randn_local(seed, size): a fresh generator per call, its first draw."""
    if source == "CPU":
        g = torch.Generator().manual_seed(int(seed))
        return torch.randn(size, generator=g, dtype=torch.float32)
    return _vs.Philox(int(seed)).randn(size)


# ---------------------------------------------------------------- port of torchsde's BrownianInterval
class Interval:
    def __init__(self, start, end, parent, is_left, top):
        self.start = top.round(start)
        self.end = top.round(end)
        self.parent = parent
        self.is_left = is_left
        self.top = top
        self.midway = None

    def increment(self):
        if self is self.top:
            return self.top.w
        cache = self.top.cache
        if self in cache:
            return cache[self]
        p = self.parent
        W = p.increment()
        h_reciprocal = 1 / (p.end - p.start)
        left_diff = p.midway - p.start
        right_diff = p.end - p.midway
        mean = left_diff * W * h_reciprocal
        var = left_diff * right_diff * h_reciprocal
        noise = randn_local(self.top.source, p.w_seed, self.top.size)
        left_W = mean + math.sqrt(var) * noise
        out = left_W if self.is_left else W - left_W
        cache[self] = out
        return out

    def loc(self, ta, tb, out):
        ta = self.top.round(ta)
        tb = self.top.round(tb)
        self.loc_inner(ta, tb, out)

    def loc_inner(self, ta, tb, out):
        if ta < self.start or tb > self.end:
            return self.parent.loc_inner(ta, tb, out)
        if ta == self.start and tb == self.end:
            out.append(self)
            return
        if self.midway is None:
            if ta == self.start:
                self.split(tb)
                return self.left.loc_inner(ta, tb, out)
            self.split(ta)
            return self.right.loc_inner(ta, tb, out)
        if tb <= self.midway:
            return self.left.loc_inner(ta, tb, out)
        if ta >= self.midway:
            return self.right.loc_inner(ta, tb, out)
        self.left.loc_inner(ta, self.midway, out)
        return self.right.loc_inner(self.midway, tb, out)

    def set_spawn_key_and_depth(self):
        self.spawn_key = 2 * self.parent.spawn_key + (0 if self.is_left else 1)
        self.depth = self.parent.depth + 1

    def split(self, midway):
        # halfway_tree: always split at the (rounded) middle, then go on towards `midway`
        self.split_exact(0.5 * (self.end + self.start))
        if midway > self.midway:
            self.right.split(midway)
        elif midway < self.midway:
            self.left.split(midway)

    def split_exact(self, midway):
        self.midway = self.top.round(midway)
        self.set_spawn_key_and_depth()
        g = np.random.SeedSequence(entropy=self.top.entropy, spawn_key=(self.spawn_key, self.depth),
                                   pool_size=self.top.pool_size)
        self.w_seed, self.h_seed, self.left_a_seed, self.right_a_seed = g.generate_state(4)
        self.left = Interval(self.start, midway, self, True, self.top)
        self.right = Interval(midway, self.end, self, False, self.top)


class BrownianTree(Interval):
    """torchsde.BrownianTree(t0, w0, t1, entropy=seed) with A1111's _randn."""

    def __init__(self, t0, t1, size, entropy, source, tol=1e-6, pool_size=24):
        t0, t1 = float(t0), float(t1)
        self.size, self.entropy, self.source, self.pool_size = tuple(size), entropy, source, pool_size
        self.cache = {}
        ndigits = -int(math.log10(tol))
        self.round = lambda x: round(x, ndigits)
        super().__init__(t0, t1, None, None, self)
        g = np.random.SeedSequence(entropy=entropy, pool_size=pool_size)
        w_seed, h_seed, _a_seed = g.generate_state(3)
        self.w = randn_local(source, w_seed, self.size) * math.sqrt(t1 - t0)
        self.last = self

    def set_spawn_key_and_depth(self):
        self.spawn_key = 0
        self.depth = 0

    def __call__(self, ta, tb):
        ta, tb = float(ta), float(tb)
        ta = min(max(ta, self.start), self.end)
        tb = min(max(tb, self.start), self.end)
        assert ta <= tb
        if ta == tb:
            return torch.zeros(self.size, dtype=torch.float32)
        out = []
        self.last.loc(ta, tb, out)
        self.last = out[-1]
        W = out[0].increment()
        for interval in out[1:]:
            W = W + interval.increment()
        return W


class NoiseSampler:
    """k-diffusion's BrownianTreeNoiseSampler(x, sigma_min, sigma_max, seed=[seeds])."""

    def __init__(self, shape, sigma_min, sigma_max, seeds, source):
        self.trees = [BrownianTree(sigma_min, sigma_max, shape[1:], s, source) for s in seeds]

    def __call__(self, sigma, sigma_next):
        a, b, sign = (sigma, sigma_next, 1) if sigma < sigma_next else (sigma_next, sigma, -1)
        w = torch.stack([tree(a, b) for tree in self.trees]) * sign
        return w / (sigma_next - sigma).abs().sqrt()


def karras(n, sigma_min, sigma_max, rho=7.0):  # k-diffusion's get_sigmas_karras, float32
    ramp = torch.linspace(0, 1, n)
    min_inv_rho = sigma_min ** (1 / rho)
    max_inv_rho = sigma_max ** (1 / rho)
    sigmas = (max_inv_rho + ramp * (min_inv_rho - max_inv_rho)) ** rho
    return torch.cat([sigmas, sigmas.new_zeros([1])])


def exponential(n, sigma_min, sigma_max):  # k-diffusion's get_sigmas_exponential, float32
    sigmas = torch.linspace(math.log(sigma_max), math.log(sigma_min), n).exp()
    return torch.cat([sigmas, sigmas.new_zeros([1])])


def floats(t):
    return [float("%.9g" % v) for v in t.flatten().tolist()]


def main():
    seed_sequence = []
    for entropy, spawn_key, pool_size, n in [
        (0, (), 4, 8), (12345, (), 24, 3), (4294967295, (), 24, 5), (2 ** 32 + 7, (), 4, 4),
        (12345, (0, 0), 24, 4), (12345, (5, 3), 24, 4), (2 ** 40 + 3, (2 ** 33 + 1, 34), 24, 4),
        (7, (1, 2, 3, 4, 5), 4, 6), (3, tuple(range(30)), 24, 2),
    ]:
        ss = np.random.SeedSequence(entropy=entropy, spawn_key=spawn_key, pool_size=pool_size)
        seed_sequence.append({"entropy": entropy, "spawn_key": list(spawn_key), "pool_size": pool_size,
                              "state": [int(v) for v in ss.generate_state(n)]})
    parent = np.random.SeedSequence(99, pool_size=4)
    spawn = {"entropy": 99, "pool_size": 4, "first": [], "second": []}
    for name, count in (("first", 3), ("second", 2)):
        for child in parent.spawn(count):
            spawn[name].append({"spawn_key": list(child.spawn_key),
                                "state": [int(v) for v in child.generate_state(4)]})

    tree_cases = []
    for source, entropy, t0, t1, size, queries in [
        ("CPU", 12345, 0.0, 1.0, (2, 3, 5), [(0.25, 0.5), (0.0, 1.0), (0.1, 0.7), (0.333333, 0.333334), (0.9, 1.0)]),
        ("NV", 4294967295, 0.0291675, 14.614642, (4, 3, 3), [(10.0, 14.614642), (0.0291675, 0.5), (1.2345678, 1.2345679)]),
    ]:
        tree = BrownianTree(torch.tensor(t0), torch.tensor(t1), size, entropy, source)
        out = []
        for ta, tb in queries:
            ta32, tb32 = float(torch.tensor(ta)), float(torch.tensor(tb))
            out.append({"ta": ta32, "tb": tb32, "w": floats(tree(ta32, tb32))})
        tree_cases.append({"source": source, "entropy": entropy, "t0": float(torch.tensor(t0)),
                           "t1": float(torch.tensor(t1)), "shape": list(size), "queries": out})

    sampler_cases = []
    for source, seeds, sigmas, shape in [
        ("CPU", [12345], karras(10, 0.0291675, 14.614642), (1, 4, 3, 5)),
        ("CPU", [0, 4294967295], exponential(6, 0.0291675, 14.614642), (2, 4, 2, 2)),
        ("NV", [777], karras(5, 0.0291675, 14.614642), (1, 4, 3, 3)),
    ]:
        sigma_min, sigma_max = sigmas[sigmas > 0].min(), sigmas.max()
        sampler = NoiseSampler(shape, sigma_min, sigma_max, seeds, source)
        steps = []
        for i in range(len(sigmas) - 1):
            if sigmas[i + 1] == 0:
                continue
            steps.append(floats(sampler(sigmas[i], sigmas[i + 1])))
        sampler_cases.append({"source": source, "seeds": seeds, "shape": list(shape), "sigmas": floats(sigmas),
                              "noise": steps})

    # A1111 1.8+ on SD 1.5, "DPM++ 2M SDE Karras", 10 steps: its sigma table comes from ldm's float64
    # betas (linspace of square roots, squared), float64 cumprod, alphas_cumprod stored as float32,
    # then k-diffusion's CompVisDenoiser ((1 - a) / a) ** 0.5 in float32; Karras between its ends.
    betas = torch.linspace(0.00085 ** 0.5, 0.012 ** 0.5, 1000, dtype=torch.float64) ** 2
    alphas_cumprod = torch.tensor(np.cumprod(1 - betas.numpy(), axis=0), dtype=torch.float32)
    table = ((1 - alphas_cumprod) / alphas_cumprod) ** 0.5
    sigmas = karras(10, table[0].item(), table[-1].item())
    sampler = NoiseSampler((1, 4, 4, 4), sigmas[sigmas > 0].min(), sigmas.max(), [12345], "CPU")
    a1111_sd15 = {"source": "CPU", "seeds": [12345], "shape": [1, 4, 4, 4], "steps": 10, "sigmas": floats(sigmas),
                  "noise": [floats(sampler(sigmas[i], sigmas[i + 1])) for i in range(len(sigmas) - 2)]}

    with open(os.path.join(OUT, "reference.json"), "w") as f:
        json.dump({"seed_sequence": seed_sequence, "spawn": spawn, "tree": tree_cases, "sampler": sampler_cases,
                   "a1111_sd15_karras": a1111_sd15}, f)
        f.write("\n")


if __name__ == "__main__":
    main()
