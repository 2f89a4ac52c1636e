#!/usr/bin/env python3
"""Reference data for tests/test_pipeline_hires_fix.cpp: what AUTOMATIC1111's latent upscalers
(shared.latent_upscale_modes, used by sample_hr_pass as
torch.nn.functional.interpolate(samples, size=(h, w), mode=..., antialias=...)) give for a small
latent, enlarged (as hires fix by a scale does) and shrunk (a "Hires resize" below the first pass,
where antialias matters most).

Run with Debian's python3-torch (1.13):
    /usr/bin/python3 tests/data/latent_upscale/make_reference.py > tests/data/latent_upscale/reference.json
"""
import json

import torch
import torch.nn.functional as F

MODES = {
    "Latent": ("bilinear", False),
    "Latent (antialiased)": ("bilinear", True),
    "Latent (bicubic)": ("bicubic", False),
    "Latent (bicubic antialiased)": ("bicubic", True),
    "Latent (nearest)": ("nearest", False),
    "Latent (nearest-exact)": ("nearest-exact", False),
}

torch.manual_seed(7)
x = torch.randn(1, 2, 5, 7, dtype=torch.float32)
cases = []
for name, (mode, antialias) in MODES.items():
    for size in ((11, 16), (3, 4)):
        y = F.interpolate(x, size=size, mode=mode, antialias=antialias)
        cases.append({"upscaler": name, "size": list(size), "values": [float(format(v, ".9g")) for v in y.flatten().tolist()]})
print(json.dumps({"torch": torch.__version__, "shape": list(x.shape),
                  "input": [float(format(v, ".9g")) for v in x.flatten().tolist()], "cases": cases}, separators=(",", ":")))
