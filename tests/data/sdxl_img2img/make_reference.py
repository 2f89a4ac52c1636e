#!/usr/bin/env python3
"""Reference outputs for tests/test_pipeline_sdxl_img2img_parity.cpp: SDXL img2img and inpainting
(4-channel UNet) on the tiny SDXL fixture model, as diffusers 0.25.1's StableDiffusionXLImg2ImgPipeline
and StableDiffusionXLInpaintPipeline compute them.

THIS IS NOT DIFFUSERS. diffusers cannot be installed on the machine that made these files (no PyPI),
so this script is our own reimplementation, written from a reading of diffusers 0.25.1's pipeline,
model and scheduler code and the published architectures: CLIPTextModel / CLIPTextModelWithProjection,
UNet2DConditionModel with "text_time" added conditioning, AutoencoderKL (encoder, posterior sample,
decoder), EulerDiscreteScheduler, EulerAncestralDiscreteScheduler and DPMSolverMultistepScheduler
(dpmsolver++, order 2, Karras sigmas). It shares no code with Stipple's C++ and reads the model straight
from its safetensors files (parsed here by hand).

Before writing anything it checks itself against outputs that diffusers 0.25.1 itself recorded:
  * ../shared/fixtures/components/tiny-sdxl.safetensors (text encoders, UNet, VAE encode/decode/sample),
  * the SDXL txt2img cases ../shared/fixtures/cases/sdxl_* (prompt -> tokens -> embeddings -> every
    step's latents -> image, with Euler, Euler a and DPM++ 2M Karras),
  * the SD 1.5 img2img case ../shared/fixtures/cases/sd15_img2img_euler (the img2img mechanics diffusers
    shares between its pipelines: strength -> timesteps, VAE posterior draw, then the noise draw,
    add_noise) on the tiny SD 1.5 model,
and stops if any error is above 1e-4 of max(1, max|expected|) (it reaches <= 8.2e-6: text encoders <= 1e-6,
UNet <= 3e-6, VAE <= 8.2e-6, every step's latents <= 2.6e-5 at magnitudes up to 52, images <= 4.9e-6; see
the printout). Only then are the img2img / inpaint references written.

Run with Debian's python3-torch (1.13), one thread:
    OMP_NUM_THREADS=1 /usr/bin/python3 tests/data/sdxl_img2img/make_reference.py [../shared]
It writes, beside itself:
    input.png       the init picture (64x64 RGB, drawn here deterministically)
    mask.png        the inpaint mask (white = repaint; a rectangle not aligned to the 8-pixel latent grid)
    cases.json      every case's parameters (what the C++ test asks Stipple for)
    reference.safetensors  per case: <case>.timesteps, <case>.latents_init, <case>.step_latents
                    [S,1,4,8,8] (latents after each loop iteration, as callback_on_step_end sees them; the
                    last is the final latents), <case>.image [1,3,64,64] (VAE output before diffusers'
                    uint8 conversion round(clamp(x/2+0.5, 0, 1)*255), numpy rounding half to even)
"""
import json
import math
import os
import struct
import sys
import zlib

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "../../../../shared")
FIX = os.path.join(SHARED, "fixtures")
torch.set_num_threads(1)


# ------------------------------------------------------------------------------------------- files
def read_safetensors(path):
    dtypes = {"F32": torch.float32, "F64": torch.float64, "I64": torch.int64, "I32": torch.int32,
              "F16": torch.float16, "U8": torch.uint8}
    with open(path, "rb") as f:
        blob = f.read()
    n = struct.unpack("<Q", blob[:8])[0]
    header = json.loads(blob[8:8 + n])
    out = {}
    for key, info in header.items():
        if key == "__metadata__":
            continue
        a, b = info["data_offsets"]
        raw = bytearray(blob[8 + n + a:8 + n + b])
        t = torch.frombuffer(raw, dtype=dtypes[info["dtype"]]) if b > a else torch.empty(0, dtype=dtypes[info["dtype"]])
        out[key] = t.reshape(info["shape"]).clone()
    return out


def write_safetensors(path, tensors):
    names = {torch.float32: "F32", torch.int64: "I64", torch.uint8: "U8"}
    header, chunks, offset = {}, [], 0
    for key in sorted(tensors):
        t = tensors[key].contiguous()
        data = t.numpy().tobytes()
        header[key] = {"dtype": names[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(chunks))


def write_png(path, rgb):
    """rgb: uint8 numpy array [H, W, 3]; 8-bit RGB, every row with PNG's "Up" filter (difference to the row above)."""
    h, w, _ = rgb.shape
    above = np.zeros_like(rgb[0])
    rows = []
    for y in range(h):
        rows.append(b"\x02" + (rgb[y].astype(np.int16) - above).astype(np.uint8).tobytes())
        above = rgb[y].astype(np.int16)
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def load_json(path):
    with open(path) as f:
        return json.load(f)


# ---------------------------------------------------------------------------------------- tokenizer
class ClipBpe:
    """CLIP's byte-level BPE (openai/CLIP SimpleTokenizer), ASCII text. The fixture's tokenizer_2 pads with
    "!" (id 0), tokenizer with eos; both put bos first and cut at 75 tokens + eos."""

    def __init__(self, folder):
        self.vocab = load_json(os.path.join(folder, "vocab.json"))
        with open(os.path.join(folder, "merges.txt"), encoding="utf-8") as f:
            lines = f.read().strip().split("\n")[1:]
        self.rank = {tuple(line.split()): i for i, line in enumerate(lines)}
        special = load_json(os.path.join(folder, "special_tokens_map.json"))
        pad = special["pad_token"]
        pad = pad["content"] if isinstance(pad, dict) else pad
        self.bos, self.eos, self.pad = self.vocab["<|startoftext|>"], self.vocab["<|endoftext|>"], self.vocab[pad]
        printable = list(range(33, 127)) + list(range(161, 173)) + list(range(174, 256))
        table, extra = {}, 0
        for b in range(256):
            if b in printable:
                table[b] = chr(b)
            else:
                table[b] = chr(256 + extra)
                extra += 1
        self.byte_char = table

    def _bpe(self, word):
        parts = list(word[:-1]) + [word[-1] + "</w>"]
        while len(parts) > 1:
            pairs = [(self.rank.get((parts[i], parts[i + 1]), math.inf), i) for i in range(len(parts) - 1)]
            best = min(pairs)[0]
            if best == math.inf:
                break
            a, b = next((parts[i], parts[i + 1]) for r, i in pairs if r == best)
            merged, i = [], 0
            while i < len(parts):
                if i + 1 < len(parts) and parts[i] == a and parts[i + 1] == b:
                    merged.append(a + b)
                    i += 2
                else:
                    merged.append(parts[i])
                    i += 1
            parts = merged
        return parts

    def ids(self, text):
        import re
        text = re.sub(r"\s+", " ", text).strip().lower()
        pattern = r"<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[^\W\d_]+|\d|(?:[^\s\w]|_)+"
        out = []
        for piece in re.findall(pattern, text):
            word = "".join(self.byte_char[b] for b in piece.encode("utf-8"))
            out.extend(self.vocab[p] for p in self._bpe(word))
        ids = [self.bos] + out[:75] + [self.eos]
        return ids + [self.pad] * (77 - len(ids))


# ------------------------------------------------------------------------------------ text encoders
class ClipText:
    """HF CLIPTextModel(+WithProjection) forward: token + position embeddings, pre-LN causal transformer,
    final LayerNorm; pooled output at the first eos id (eos_token_id != 2 in these configs)."""

    def __init__(self, folder):
        self.cfg = load_json(os.path.join(folder, "config.json"))
        self.w = read_safetensors(os.path.join(folder, "model.safetensors"))

    def __call__(self, ids):
        c, w = self.cfg, self.w
        p = "text_model."
        n, seq = ids.shape
        d, heads = c["hidden_size"], c["num_attention_heads"]
        hd = d // heads
        x = w[p + "embeddings.token_embedding.weight"][ids] + w[p + "embeddings.position_embedding.weight"][:seq]
        states = [x]
        causal = torch.full((seq, seq), torch.finfo(torch.float32).min).triu(1)
        act = (lambda v: v * torch.sigmoid(1.702 * v)) if c["hidden_act"] == "quick_gelu" else F.gelu
        eps = c["layer_norm_eps"]
        for i in range(c["num_hidden_layers"]):
            q = p + f"encoder.layers.{i}."
            h = F.layer_norm(x, (d,), w[q + "layer_norm1.weight"], w[q + "layer_norm1.bias"], eps)

            def proj(name, v=h):
                return F.linear(v, w[q + f"self_attn.{name}.weight"], w[q + f"self_attn.{name}.bias"])

            qs = (proj("q_proj") * hd ** -0.5).view(n, seq, heads, hd).transpose(1, 2)
            ks = proj("k_proj").view(n, seq, heads, hd).transpose(1, 2)
            vs = proj("v_proj").view(n, seq, heads, hd).transpose(1, 2)
            att = torch.softmax(qs @ ks.transpose(-1, -2) + causal, dim=-1)
            o = (att @ vs).transpose(1, 2).reshape(n, seq, d)
            x = x + F.linear(o, w[q + "self_attn.out_proj.weight"], w[q + "self_attn.out_proj.bias"])
            h = F.layer_norm(x, (d,), w[q + "layer_norm2.weight"], w[q + "layer_norm2.bias"], eps)
            h = F.linear(act(F.linear(h, w[q + "mlp.fc1.weight"], w[q + "mlp.fc1.bias"])), w[q + "mlp.fc2.weight"],
                         w[q + "mlp.fc2.bias"])
            x = x + h
            states.append(x)
        last = F.layer_norm(x, (d,), w[p + "final_layer_norm.weight"], w[p + "final_layer_norm.bias"], eps)
        eos_at = (ids == c["eos_token_id"]).int().argmax(dim=-1)
        pooled = last[torch.arange(n), eos_at]
        embeds = F.linear(pooled, w["text_projection.weight"]) if "text_projection.weight" in w else None
        return {"hidden_states": states, "last": last, "pooled": pooled, "text_embeds": embeds, "eos": eos_at}


# --------------------------------------------------------------------------------------- shared nn
def group_norm(x, w, prefix, groups, eps):
    return F.group_norm(x, groups, w[prefix + ".weight"], w[prefix + ".bias"], eps)


def conv(x, w, prefix, stride=1, padding=None):
    k = w[prefix + ".weight"]
    return F.conv2d(x, k, w[prefix + ".bias"], stride, k.shape[-1] // 2 if padding is None else padding)


def linear(x, w, prefix):
    return F.linear(x, w[prefix + ".weight"], w.get(prefix + ".bias"))


def resnet(x, temb, w, p, groups, eps):
    h = conv(F.silu(group_norm(x, w, p + ".norm1", groups, eps)), w, p + ".conv1")
    if temb is not None:
        h = h + linear(F.silu(temb), w, p + ".time_emb_proj")[:, :, None, None]
    h = conv(F.silu(group_norm(h, w, p + ".norm2", groups, eps)), w, p + ".conv2")
    skip = conv(x, w, p + ".conv_shortcut") if p + ".conv_shortcut.weight" in w else x
    return skip + h


def attention(x, context, w, p, heads):
    """diffusers' Attention with the pre-2.0 processor (AttnProcessor): per-head scaled dot products, softmax."""
    q = linear(x, w, p + ".to_q")
    k = linear(context, w, p + ".to_k")
    v = linear(context, w, p + ".to_v")
    n, lq, inner = q.shape
    hd = inner // heads

    def split(t):
        return t.reshape(n, t.shape[1], heads, hd).permute(0, 2, 1, 3).reshape(n * heads, t.shape[1], hd)

    q, k, v = split(q), split(k), split(v)
    # diffusers computes baddbmm(empty, q, k^T, beta=0, alpha=scale). torch 1.13's CPU baddbmm returns NaN or
    # wrong values now and then for tiny matrices here (e.g. [2,1,16] x [2,16,4]), even with a zero input, so:
    # bmm, then the scale (the same product; rounding may differ in the last bit).
    scores = torch.bmm(q, k.transpose(-1, -2)) * hd ** -0.5
    o = torch.bmm(scores.softmax(dim=-1), v)
    o = o.reshape(n, heads, lq, hd).permute(0, 2, 1, 3).reshape(n, lq, inner)
    return linear(o, w, p + ".to_out.0")


def timestep_features(t, dim):
    """diffusers' get_timestep_embedding with flip_sin_to_cos=True, downscale_freq_shift=0, max_period 10000."""
    half = dim // 2
    freqs = torch.exp(-math.log(10000) * torch.arange(0, half, dtype=torch.float32) / half)
    args = t[:, None].float() * freqs[None, :]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


def count_indices(w, prefix):
    found = set()
    for key in w:
        if key.startswith(prefix):
            found.add(int(key[len(prefix):].split(".")[0]))
    return len(found)


# --------------------------------------------------------------------------------------------- UNet
class UNet:
    """UNet2DConditionModel forward for the block types the fixtures use (DownBlock2D / CrossAttnDownBlock2D,
    UNetMidBlock2DCrossAttn, CrossAttnUpBlock2D / UpBlock2D), linear or 1x1-conv transformer projections,
    and the "text_time" added embedding. Block widths and layer counts come from the weights; head counts
    from the config (diffusers' attention_head_dim = heads per block when num_attention_heads is unset)."""

    def __init__(self, folder):
        self.cfg = load_json(os.path.join(folder, "config.json"))
        self.w = read_safetensors(os.path.join(folder, "diffusion_pytorch_model.safetensors"))
        c = self.cfg
        nb = len(c["block_out_channels"])
        heads = c.get("num_attention_heads") or c["attention_head_dim"]
        self.heads = heads if isinstance(heads, list) else [heads] * nb
        self.groups, self.eps = c.get("norm_num_groups", 32), c.get("norm_eps", 1e-5)

    def transformer(self, x, ctx, p, heads):
        w = self.w
        n, ch, hh, ww = x.shape
        residual = x
        h = F.group_norm(x, self.groups, w[p + ".norm.weight"], w[p + ".norm.bias"], 1e-6)
        linear_proj = w[p + ".proj_in.weight"].dim() == 2
        if linear_proj:
            h = linear(h.permute(0, 2, 3, 1).reshape(n, hh * ww, ch), w, p + ".proj_in")
        else:
            h = conv(h, w, p + ".proj_in")
            h = h.permute(0, 2, 3, 1).reshape(n, hh * ww, h.shape[1])
        inner = h.shape[-1]
        for b in range(count_indices(w, p + ".transformer_blocks.")):
            q = p + f".transformer_blocks.{b}"

            def ln(v, name):
                return F.layer_norm(v, (inner,), w[q + f".{name}.weight"], w[q + f".{name}.bias"], 1e-5)

            n1 = ln(h, "norm1")
            h = attention(n1, n1, w, q + ".attn1", heads) + h
            h = attention(ln(h, "norm2"), ctx, w, q + ".attn2", heads) + h
            value, gate = linear(ln(h, "norm3"), w, q + ".ff.net.0.proj").chunk(2, dim=-1)
            h = linear(value * F.gelu(gate), w, q + ".ff.net.2") + h
        if linear_proj:
            h = linear(h, w, p + ".proj_out").reshape(n, hh, ww, inner).permute(0, 3, 1, 2).contiguous()
        else:
            h = conv(h.reshape(n, hh, ww, inner).permute(0, 3, 1, 2).contiguous(), w, p + ".proj_out")
        return h + residual

    def __call__(self, sample, t, ctx, text_embeds=None, time_ids=None, record=None):
        w, c = self.w, self.cfg
        g, eps = self.groups, self.eps
        t = torch.as_tensor(t)
        if t.dim() == 0:
            t = t[None]
        t = t.expand(sample.shape[0])
        t_proj = timestep_features(t, c["block_out_channels"][0])
        emb = linear(F.silu(linear(t_proj, w, "time_embedding.linear_1")), w, "time_embedding.linear_2")
        if record is not None:
            record["time_proj"], record["time_embedding"] = t_proj, emb
        if c.get("addition_embed_type") == "text_time":
            tid = timestep_features(time_ids.flatten(), c["addition_time_embed_dim"])
            add = torch.cat([text_embeds, tid.reshape(text_embeds.shape[0], -1)], dim=-1)
            aug = linear(F.silu(linear(add, w, "add_embedding.linear_1")), w, "add_embedding.linear_2")
            if record is not None:
                record["add_time_proj"], record["add_embedding"] = tid, aug
            emb = emb + aug
        x = conv(sample, w, "conv_in")
        if record is not None:
            record["conv_in"] = x
        skips = [x]
        nb = len(c["down_block_types"])
        for i, kind in enumerate(c["down_block_types"]):
            p = f"down_blocks.{i}"
            for j in range(count_indices(w, p + ".resnets.")):
                x = resnet(x, emb, w, f"{p}.resnets.{j}", g, eps)
                if kind.startswith("CrossAttn"):
                    x = self.transformer(x, ctx, f"{p}.attentions.{j}", self.heads[i])
                skips.append(x)
            if p + ".downsamplers.0.conv.weight" in w:
                x = conv(x, w, p + ".downsamplers.0.conv", stride=2, padding=c.get("downsample_padding", 1))
                skips.append(x)
            if record is not None:
                record[f"down_block_{i}"] = x
        x = resnet(x, emb, w, "mid_block.resnets.0", g, eps)
        for j in range(count_indices(w, "mid_block.attentions.")):
            x = self.transformer(x, ctx, f"mid_block.attentions.{j}", self.heads[-1])
            x = resnet(x, emb, w, f"mid_block.resnets.{j + 1}", g, eps)
        if record is not None:
            record["mid_block"] = x
        up_heads = list(reversed(self.heads))
        for i, kind in enumerate(c["up_block_types"]):
            p = f"up_blocks.{i}"
            n_res = count_indices(w, p + ".resnets.")
            for j in range(n_res):
                x = torch.cat([x, skips.pop()], dim=1)
                x = resnet(x, emb, w, f"{p}.resnets.{j}", g, eps)
                if kind.startswith("CrossAttn"):
                    x = self.transformer(x, ctx, f"{p}.attentions.{j}", up_heads[i])
            if p + ".upsamplers.0.conv.weight" in w:
                # Nearest x2, or to the skip's size when a side is not a multiple of the total factor.
                size = skips[-1].shape[2:] if any(s % (2 ** (nb - 1)) for s in sample.shape[-2:]) else None
                x = F.interpolate(x, size=size, mode="nearest") if size else F.interpolate(x, scale_factor=2.0,
                                                                                        mode="nearest")
                x = conv(x, w, p + ".upsamplers.0.conv")
            if record is not None:
                record[f"up_block_{i}"] = x
        x = group_norm(x, w, "conv_norm_out", g, eps)
        if record is not None:
            record["conv_norm_out"] = x
        return conv(F.silu(x), w, "conv_out")


# ---------------------------------------------------------------------------------------------- VAE
class Vae:
    """AutoencoderKL: encoder -> quant_conv -> diagonal Gaussian (logvar clamped to [-30, 20]); decoder after
    post_quant_conv. GroupNorm eps 1e-6 throughout; the mid-block attention is one head over all channels."""

    def __init__(self, folder):
        self.cfg = load_json(os.path.join(folder, "config.json"))
        self.w = read_safetensors(os.path.join(folder, "diffusion_pytorch_model.safetensors"))
        self.g = self.cfg["norm_num_groups"]
        self.scaling = self.cfg["scaling_factor"]

    def _mid(self, x, p):
        w, g = self.w, self.g
        x = resnet(x, None, w, p + ".resnets.0", g, 1e-6)
        n, ch, hh, ww = x.shape
        a = p + ".attentions.0"
        h = group_norm(x, w, a + ".group_norm", g, 1e-6).view(n, ch, hh * ww).transpose(1, 2)
        h = attention(h, h, w, a, 1).transpose(1, 2).reshape(n, ch, hh, ww)
        x = h + x
        return resnet(x, None, w, p + ".resnets.1", g, 1e-6)

    def encode(self, image):
        """-> (mean, std) of the posterior."""
        w, g = self.w, self.g
        x = conv(image, w, "encoder.conv_in")
        for i in range(count_indices(w, "encoder.down_blocks.")):
            p = f"encoder.down_blocks.{i}"
            for j in range(count_indices(w, p + ".resnets.")):
                x = resnet(x, None, w, f"{p}.resnets.{j}", g, 1e-6)
            if p + ".downsamplers.0.conv.weight" in w:
                x = conv(F.pad(x, (0, 1, 0, 1)), w, p + ".downsamplers.0.conv", stride=2, padding=0)
        x = self._mid(x, "encoder.mid_block")
        x = conv(F.silu(group_norm(x, w, "encoder.conv_norm_out", g, 1e-6)), w, "encoder.conv_out")
        moments = conv(x, w, "quant_conv")
        mean, logvar = moments.chunk(2, dim=1)
        logvar = logvar.clamp(-30.0, 20.0)
        return mean, torch.exp(0.5 * logvar), logvar

    def sample_latents(self, image, generator):
        """diffusers' _encode_vae_image / retrieve_latents(sample): mean + std * randn(generator), scaled."""
        mean, std, _ = self.encode(image)
        draw = torch.randn(mean.shape, generator=generator, dtype=mean.dtype)
        return self.scaling * (mean + std * draw)

    def decode(self, z):
        w, g = self.w, self.g
        x = conv(conv(z, w, "post_quant_conv"), w, "decoder.conv_in")
        x = self._mid(x, "decoder.mid_block")
        for i in range(count_indices(w, "decoder.up_blocks.")):
            p = f"decoder.up_blocks.{i}"
            for j in range(count_indices(w, p + ".resnets.")):
                x = resnet(x, None, w, f"{p}.resnets.{j}", g, 1e-6)
            if p + ".upsamplers.0.conv.weight" in w:
                x = conv(F.interpolate(x, scale_factor=2.0, mode="nearest"), w, p + ".upsamplers.0.conv")
        return conv(F.silu(group_norm(x, w, "decoder.conv_norm_out", g, 1e-6)), w, "decoder.conv_out")


# --------------------------------------------------------------------------------------- schedulers
def train_alphas_cumprod(cfg):
    n = cfg["num_train_timesteps"]
    if cfg["beta_schedule"] == "scaled_linear":
        betas = torch.linspace(cfg["beta_start"] ** 0.5, cfg["beta_end"] ** 0.5, n, dtype=torch.float32) ** 2
    elif cfg["beta_schedule"] == "linear":
        betas = torch.linspace(cfg["beta_start"], cfg["beta_end"], n, dtype=torch.float32)
    else:
        raise ValueError(cfg["beta_schedule"])
    return torch.cumprod(1.0 - betas, dim=0)


def first_index(schedule, t):
    hits = (schedule == t).nonzero()
    return int(hits[1 if len(hits) > 1 else 0].item())


class KSampler:
    """EulerDiscreteScheduler and EulerAncestralDiscreteScheduler (diffusers 0.25.1 semantics): float timesteps
    by "linspace" / "leading" / "trailing", sigmas interpolated linearly in t with a final 0,
    init_noise_sigma sqrt(max^2+1) for "leading"; Euler draws a noise tensor on every step (unused without
    s_churn), Euler a draws its step noise after the deterministic update."""

    def __init__(self, cfg, ancestral):
        self.cfg, self.ancestral = cfg, ancestral
        self.ac = train_alphas_cumprod(cfg)
        self.order = 1

    def set_timesteps(self, n):
        c = self.cfg
        train = c["num_train_timesteps"]
        spacing = c.get("timestep_spacing", "linspace")
        if spacing == "linspace":
            ts = np.linspace(0, train - 1, n, dtype=np.float32)[::-1].copy()
        elif spacing == "leading":
            ratio = train // n
            ts = (np.arange(0, n) * ratio).round()[::-1].copy().astype(np.float32)
            ts += c.get("steps_offset", 0)
        elif spacing == "trailing":
            ratio = train / n
            ts = np.arange(train, 0, -ratio).round().copy().astype(np.float32)
            ts -= 1
        else:
            raise ValueError(spacing)
        base = np.array(((1 - self.ac) / self.ac) ** 0.5)
        sig = np.interp(ts, np.arange(0, len(base)), base)
        sig = np.concatenate([sig, [0.0]]).astype(np.float32)
        self.sigmas = torch.from_numpy(sig)
        self.timesteps = torch.from_numpy(ts.astype(np.float32))
        self.index = None
        smax = self.sigmas.max()
        self.init_noise_sigma = smax if spacing in ("linspace", "trailing") else (smax ** 2 + 1) ** 0.5

    def _i(self, t):
        if self.index is None:
            self.index = first_index(self.timesteps, t)
        return self.index

    def scale_model_input(self, x, t):
        s = self.sigmas[self._i(t)]
        return x / ((s ** 2 + 1) ** 0.5)

    def step(self, out, t, x, gen):
        i = self._i(t)
        sigma = self.sigmas[i]
        if self.ancestral:
            x0 = x - sigma * out
            s_from, s_to = self.sigmas[i], self.sigmas[i + 1]
            s_up = (s_to ** 2 * (s_from ** 2 - s_to ** 2) / s_from ** 2) ** 0.5
            s_down = (s_to ** 2 - s_up ** 2) ** 0.5
            prev = x + (x - x0) / sigma * (s_down - sigma)
            prev = prev + torch.randn(out.shape, generator=gen, dtype=out.dtype) * s_up
        else:
            torch.randn(out.shape, generator=gen, dtype=out.dtype)  # drawn, unused (s_churn = 0)
            sigma_hat = sigma * (0.0 + 1)
            x0 = x - sigma_hat * out
            prev = x + (x - x0) / sigma_hat * (self.sigmas[i + 1] - sigma_hat)
        self.index = i + 1
        return prev

    def add_noise(self, x0, noise, ts):
        idx = [int((self.timesteps == t).nonzero().item()) for t in ts]
        return x0 + noise * self.sigmas[idx].flatten()[:, None, None, None]


class DpmPP2M:
    """DPMSolverMultistepScheduler, algorithm dpmsolver++, midpoint, order 2, lower_order_final, epsilon
    prediction (diffusers 0.25.1: Karras sigmas with the last one repeated, not 0; sigma-space add_noise)."""

    def __init__(self, cfg):
        self.cfg = cfg
        self.ac = train_alphas_cumprod(cfg)
        self.order = 1
        self.init_noise_sigma = 1.0
        assert cfg.get("algorithm_type", "dpmsolver++") == "dpmsolver++" and cfg.get("solver_order", 2) == 2

    def set_timesteps(self, n):
        c = self.cfg
        lam = torch.log(torch.sqrt(self.ac)) - torch.log(torch.sqrt(1 - self.ac))
        clip = c.get("lambda_min_clipped", -math.inf)
        clip = -math.inf if clip in ("-inf", None) else clip
        last = int((c["num_train_timesteps"] - torch.searchsorted(torch.flip(lam, [0]), clip)).item())
        spacing = c.get("timestep_spacing", "linspace")
        if spacing == "linspace":
            ts = np.linspace(0, last - 1, n + 1).round()[::-1][:-1].copy().astype(np.int64)
        elif spacing == "leading":
            ratio = last // (n + 1)
            ts = (np.arange(0, n + 1) * ratio).round()[::-1][:-1].copy().astype(np.int64)
            ts += c.get("steps_offset", 0)
        else:
            raise ValueError(spacing)
        base = np.array(((1 - self.ac) / self.ac) ** 0.5)
        log_base = np.log(base)
        if c.get("use_karras_sigmas"):
            lo, hi = float(np.flip(base)[-1]), float(np.flip(base)[0])
            ramp = np.linspace(0, 1, n)
            sig = (hi ** (1 / 7.0) + ramp * (lo ** (1 / 7.0) - hi ** (1 / 7.0))) ** 7.0
            ts = np.array([self._sigma_to_t(s, log_base) for s in sig]).round()
            sig = np.concatenate([sig, sig[-1:]]).astype(np.float32)
        else:
            sig = np.interp(ts, np.arange(0, len(base)), base)
            s0 = ((1 - self.ac[0]) / self.ac[0]) ** 0.5
            sig = np.concatenate([sig, [s0]]).astype(np.float32)
        self.sigmas = torch.from_numpy(sig)
        self.timesteps = torch.from_numpy(ts).to(torch.int64)
        self.outputs = [None, None]
        self.lower_order_nums = 0
        self.index = None

    @staticmethod
    def _sigma_to_t(sigma, log_sigmas):
        ls = np.log(np.maximum(sigma, 1e-10))
        d = ls - log_sigmas[:, None]
        low = np.cumsum(d >= 0, axis=0).argmax(axis=0).clip(max=log_sigmas.shape[0] - 2)
        lo, hi = log_sigmas[low], log_sigmas[low + 1]
        wgt = np.clip((lo - ls) / (lo - hi), 0, 1)
        return ((1 - wgt) * low + wgt * (low + 1)).reshape(np.shape(sigma))

    @staticmethod
    def _alpha_sigma(s):
        a = 1 / ((s ** 2 + 1) ** 0.5)
        return a, s * a

    def _i(self, t):
        if self.index is None:
            hits = (self.timesteps == t).nonzero()
            self.index = len(self.timesteps) - 1 if len(hits) == 0 else int(hits[1 if len(hits) > 1 else 0].item())
        return self.index

    def scale_model_input(self, x, t):
        return x

    def step(self, out, t, x, gen):
        i = self._i(t)
        n = len(self.timesteps)
        final = i == n - 1 and (self.cfg.get("euler_at_final", False) or (self.cfg.get("lower_order_final", True) and n < 15))
        a, s = self._alpha_sigma(self.sigmas[i])
        x0 = (x - s * out) / a
        self.outputs = [self.outputs[1], x0]
        a_t, s_t = self._alpha_sigma(self.sigmas[i + 1])
        a_0, s_0 = self._alpha_sigma(self.sigmas[i])
        lam_t = torch.log(a_t) - torch.log(s_t)
        lam_0 = torch.log(a_0) - torch.log(s_0)
        h = lam_t - lam_0
        if self.lower_order_nums < 1 or final:
            prev = (s_t / s_0) * x - (a_t * (torch.exp(-h) - 1.0)) * x0
        else:
            a_1, s_1 = self._alpha_sigma(self.sigmas[i - 1])
            lam_1 = torch.log(a_1) - torch.log(s_1)
            r0 = (lam_0 - lam_1) / h
            d0, d1 = self.outputs[1], (1.0 / r0) * (self.outputs[1] - self.outputs[0])
            prev = (s_t / s_0) * x - (a_t * (torch.exp(-h) - 1.0)) * d0 - 0.5 * (a_t * (torch.exp(-h) - 1.0)) * d1
        if self.lower_order_nums < 2:
            self.lower_order_nums += 1
        self.index = i + 1
        return prev

    def add_noise(self, x0, noise, ts):
        idx = [int((self.timesteps == t).nonzero().item()) for t in ts]
        a, s = self._alpha_sigma(self.sigmas[idx].flatten()[:, None, None, None])
        return a * x0 + s * noise


def make_scheduler(cfg, cls):
    if cls == "EulerDiscreteScheduler":
        return KSampler(cfg, False)
    if cls == "EulerAncestralDiscreteScheduler":
        return KSampler(cfg, True)
    if cls == "DPMSolverMultistepScheduler":
        return DpmPP2M(cfg)
    raise ValueError(cls)


# ------------------------------------------------------------------------------------------- model
class TinySdxl:
    def __init__(self, folder):
        self.folder = folder
        self.tok = ClipBpe(os.path.join(folder, "tokenizer"))
        self.tok2 = ClipBpe(os.path.join(folder, "tokenizer_2"))
        self.te = ClipText(os.path.join(folder, "text_encoder"))
        self.te2 = ClipText(os.path.join(folder, "text_encoder_2"))
        self.unet = UNet(os.path.join(folder, "unet"))
        self.vae = Vae(os.path.join(folder, "vae"))
        self.index = load_json(os.path.join(folder, "model_index.json"))
        self.scheduler_file = load_json(os.path.join(folder, "scheduler", "scheduler_config.json"))

    def encode_text(self, text):
        """SDXL encode_prompt for one text: cat of both encoders' penultimate hidden states; te2's text_embeds."""
        ids1 = torch.tensor([self.tok.ids(text)])
        ids2 = torch.tensor([self.tok2.ids(text)])
        o1, o2 = self.te(ids1), self.te2(ids2)
        return torch.cat([o1["hidden_states"][-2], o2["hidden_states"][-2]], dim=-1), o2["text_embeds"], ids1, ids2

    def conditioning(self, prompt, negative, cfg):
        emb, pooled, ids1, ids2 = self.encode_text(prompt)
        if not cfg:
            return emb, pooled, {"prompt_input_ids": ids1, "prompt_input_ids_2": ids2}
        if negative is None and self.index.get("force_zeros_for_empty_prompt", True):
            nemb, npooled = torch.zeros_like(emb), torch.zeros_like(pooled)
        else:
            nemb, npooled, _, _ = self.encode_text(negative or "")
        return torch.cat([nemb, emb]), torch.cat([npooled, pooled]), {"prompt_input_ids": ids1,
                                                                    "prompt_input_ids_2": ids2,
                                                                    "prompt_embeds": emb,
                                                                    "pooled_prompt_embeds": pooled}

    def scheduler(self, cls, overrides):
        cfg = dict(self.scheduler_file)
        cfg.update(overrides)
        return make_scheduler(cfg, cls or self.scheduler_file["_class_name"])


def run_loop(model, sched, timesteps, latents, ctx, pooled, time_ids, guidance, gen, inpaint=None):
    """The denoising loop shared by txt2img / img2img / inpaint: CFG with the uncond half first, scheduler step
    with the generator, then (4-channel inpaint) the known region put back re-noised to the next timestep."""
    cfg = guidance > 1.0
    steps = []
    for i, t in enumerate(timesteps):
        x_in = torch.cat([latents] * 2) if cfg else latents
        x_in = sched.scale_model_input(x_in, t)
        out = model.unet(x_in, t, ctx, pooled, time_ids)
        if cfg:
            u, c = out.chunk(2)
            out = u + guidance * (c - u)
        latents = sched.step(out, t, latents, gen)
        if inpaint is not None:
            image_latents, noise, mask = inpaint
            proper = image_latents
            if i < len(timesteps) - 1:
                proper = sched.add_noise(proper, noise, torch.tensor([timesteps[i + 1]]))
            latents = (1 - mask) * proper + mask * latents
        steps.append(latents)
    return latents, torch.stack(steps)


def time_ids_for(h, w, rows):
    # requires_aesthetics_score False (base model): original (h, w) + crop (0, 0) + target (h, w).
    return torch.tensor([[float(h), float(w), 0.0, 0.0, float(h), float(w)]]).repeat(rows, 1)


# ----------------------------------------------------------------------------------------- checking
class Report:
    def __init__(self):
        self.worst = 0.0
        self.rows = []

    def check(self, what, actual, expected, limit=1e-4):
        actual, expected = actual.double(), expected.double()
        if actual.shape != expected.shape:
            raise SystemExit(f"{what}: shape {tuple(actual.shape)} != {tuple(expected.shape)}")
        diff = (actual - expected).abs().max().item()
        if not math.isfinite(diff):
            raise SystemExit(f"{what}: not finite")
        mag = max(expected.abs().max().item(), 1e-12)
        rel = diff / max(mag, 1.0)
        self.worst = max(self.worst, rel)
        self.rows.append((what, diff, mag))
        print(f"  {what:55s} max|diff| {diff:.2e}  (max|expected| {mag:.3g})")
        if rel > limit:
            raise SystemExit(f"{what}: error {diff:.3e} is above the limit; the reimplementation is wrong")


def validate_components(model, rep):
    ref = read_safetensors(os.path.join(FIX, "components", "tiny-sdxl.safetensors"))
    print("components/tiny-sdxl.safetensors (diffusers 0.25.1 module outputs):")
    o = model.te(ref["te_input_ids"])
    rep.check("te hidden_states", torch.stack(o["hidden_states"]), ref["te_hidden_states"])
    rep.check("te last_hidden_state", o["last"], ref["te_last_hidden_state"])
    rep.check("te pooler_output", o["pooled"], ref["te_pooler_output"])
    o = model.te2(ref["te2_input_ids"])
    rep.check("te2 hidden_states", torch.stack(o["hidden_states"]), ref["te2_hidden_states"])
    rep.check("te2 last_hidden_state", o["last"], ref["te2_last_hidden_state"])
    rep.check("te2 eos position", o["eos"], ref["te2_eos_position"])
    rep.check("te2 pooler_output", o["pooled"], ref["te2_pooler_output"])
    rep.check("te2 text_embeds", o["text_embeds"], ref["te2_text_embeds"])
    for v in ("a", "b"):
        rec = {}
        out = model.unet(ref[f"unet_{v}_sample"], ref[f"unet_{v}_timestep"], ref[f"unet_{v}_encoder_hidden_states"],
                         ref[f"unet_{v}_text_embeds"], ref[f"unet_{v}_time_ids"], rec)
        if v == "a":
            for name, value in rec.items():
                if f"unet_a_inter_{name}" in ref:
                    rep.check(f"unet_a {name}", value, ref[f"unet_a_inter_{name}"])
        rep.check(f"unet_{v} out", out, ref[f"unet_{v}_out"])
    rep.check("vae decode", model.vae.decode(ref["vae_decode_z"]), ref["vae_decode_out"])
    mean, std, logvar = model.vae.encode(ref["vae_encode_x"])
    rep.check("vae encode mean", mean, ref["vae_encode_mean"])
    rep.check("vae encode logvar", logvar, ref["vae_encode_logvar"])
    rep.check("vae encode std", std, ref["vae_encode_std"])
    draw = torch.randn(mean.shape, generator=torch.Generator().manual_seed(7))
    rep.check("vae latent_dist.sample(seed 7)", mean + std * draw, ref["vae_encode_sample_seed7"])


def validate_sdxl_case(model, name, rep):
    folder = os.path.join(FIX, "cases", name)
    case = load_json(os.path.join(folder, "case.json"))
    ref = read_safetensors(os.path.join(folder, "expected.safetensors"))
    call = case["call"]
    print(f"cases/{name} ({case['scheduler_class']}, diffusers 0.25.1 txt2img):")
    cfg = call["guidance_scale"] > 1.0
    ctx, pooled, parts = model.conditioning(call["prompt"], call["negative_prompt"], cfg)
    rep.check("prompt ids (tokenizer)", parts["prompt_input_ids"], ref["prompt_input_ids"], 0)
    rep.check("prompt ids (tokenizer_2)", parts["prompt_input_ids_2"], ref["prompt_input_ids_2"], 0)
    rep.check("unet encoder_hidden_states", ctx, ref["unet_encoder_hidden_states"])
    rep.check("unet text_embeds", pooled, ref["unet_add_text_embeds"])
    sc = dict(case["scheduler_config_effective"])
    sched = make_scheduler(sc, case["scheduler_class"])
    sched.set_timesteps(call["num_inference_steps"])
    rep.check("timesteps", sched.timesteps.double(), torch.tensor(case["timesteps"], dtype=torch.float64))
    h, w = case["height"], case["width"]
    time_ids = time_ids_for(h, w, ctx.shape[0])
    rep.check("unet time_ids", time_ids, ref["unet_add_time_ids"])
    g = torch.Generator().manual_seed(case["seed"])
    latents = torch.randn((1, 4, h // 8, w // 8), generator=g) * sched.init_noise_sigma
    rep.check("latents_init", latents, ref["latents_init"])
    final, steps = run_loop(model, sched, sched.timesteps, latents, ctx, pooled, time_ids, call["guidance_scale"], g)
    rep.check("step_latents (every step)", steps, ref["step_latents"])
    image = model.vae.decode(final / model.vae.scaling)
    rep.check("image (VAE output)", image, ref["image"])


def validate_sd15_img2img(rep):
    """SD 1.5 img2img on tiny-sd15: the same get_timesteps / posterior draw / noise draw / add_noise as SDXL's."""
    folder = os.path.join(FIX, "cases", "sd15_img2img_euler")
    case = load_json(os.path.join(folder, "case.json"))
    ref = read_safetensors(os.path.join(folder, "expected.safetensors"))
    root = os.path.join(FIX, case["model_dir"])
    call = case["call"]
    print("cases/sd15_img2img_euler (tiny-sd15, diffusers 0.25.1 StableDiffusionImg2ImgPipeline):")
    tok, te = ClipBpe(os.path.join(root, "tokenizer")), ClipText(os.path.join(root, "text_encoder"))
    unet, vae = UNet(os.path.join(root, "unet")), Vae(os.path.join(root, "vae"))
    texts = [call["negative_prompt"] or "", call["prompt"]]
    ctx = torch.cat([te(torch.tensor([tok.ids(t)]))["last"] for t in texts])
    rep.check("unet encoder_hidden_states", ctx, ref["unet_encoder_hidden_states"])
    sched = make_scheduler(case["scheduler_config_effective"], case["scheduler_class"])
    n = call["num_inference_steps"]
    sched.set_timesteps(n)
    keep = min(int(n * call["strength"]), n)
    timesteps = sched.timesteps[max(n - keep, 0) * sched.order:]
    g = torch.Generator().manual_seed(case["seed"])
    mean, std, _ = vae.encode(ref["init_image"])
    rep.check("vae posterior mean", mean, ref["vae_encode_mean"])
    image_latents = vae.scaling * (mean + std * torch.randn(mean.shape, generator=g))
    noise = torch.randn(image_latents.shape, generator=g)
    latents = sched.add_noise(image_latents, noise, timesteps[:1].repeat(1))
    rep.check("latents_init (encode draw, noise draw, add_noise)", latents, ref["latents_init"])

    class Sd15:
        pass

    m = Sd15()
    m.unet = lambda x, t, c, p, ti: unet(x, t, c)
    final, steps = run_loop(m, sched, timesteps, latents, ctx, None, None, call["guidance_scale"], g)
    rep.check("step_latents (every step)", steps, ref["step_latents"])
    rep.check("image (VAE output)", vae.decode(final / vae.scaling), ref["image"])


# ------------------------------------------------------------------------------------- references
def init_picture(size=64):
    """A deterministic picture with structure at several scales: diagonal colour gradients, a disc and bars."""
    y, x = np.mgrid[0:size, 0:size].astype(np.float64)
    r = 40 + 180 * x / (size - 1)
    g = 30 + 150 * y / (size - 1)
    b = 200 - 120 * (x + y) / (2 * (size - 1))
    disc = (x - 22) ** 2 + (y - 40) ** 2 < 12 ** 2
    r[disc], g[disc], b[disc] = 235, 205, 60
    bars = ((x // 4) % 2 == 0) & (y < 14) & (x > 30)
    r[bars], g[bars], b[bars] = 20, 40, 90
    return np.stack([r, g, b], axis=-1).round().clip(0, 255).astype(np.uint8)


def mask_picture(size=64):
    """White (repaint) rectangle x in [13, 45), y in [19, 51): its edges are off the 8-pixel grid, so the 8x8
    latent mask depends on nearest-neighbour sampling (pixel 8*i)."""
    m = np.zeros((size, size, 3), dtype=np.uint8)
    m[19:51, 13:45] = 255
    return m


CASES = [
    {"name": "img2img_euler", "pipeline": "img2img", "scheduler": "", "scheduler_options": {},
     "prompt": "a lighthouse on a rocky coast at sunset, oil painting", "negative_prompt": "blurry, low quality",
     "steps": 6, "strength": 0.5, "guidance_scale": 5.0, "seed": 1234},
    {"name": "img2img_dpmpp_2m_karras", "pipeline": "img2img", "scheduler": "DPMSolverMultistepScheduler",
     "scheduler_options": {"use_karras_sigmas": True},
     "prompt": "portrait of a wizard in a misty forest, digital art", "negative_prompt": None,
     "steps": 8, "strength": 0.75, "guidance_scale": 6.0, "seed": 6421725739674010},
    {"name": "inpaint_euler_full", "pipeline": "inpaint", "scheduler": "", "scheduler_options": {},
     "prompt": "a red fox sitting in the snow, photograph", "negative_prompt": "watermark",
     "steps": 6, "strength": 1.0, "guidance_scale": 5.0, "seed": 2024},
    # Euler a draws step noise, so this case also pins the generator order: posterior sample of the picture,
    # the noise, the posterior sample of the masked picture, then one draw per step.
    {"name": "inpaint_euler_a_0_6", "pipeline": "inpaint", "scheduler": "EulerAncestralDiscreteScheduler",
     "scheduler_options": {},
     "prompt": "a golden crown on a velvet cushion", "negative_prompt": None,
     "steps": 10, "strength": 0.6, "guidance_scale": 5.0, "seed": 77},
]


def reference_case(model, case, picture, mask_rgb):
    """One call of diffusers 0.25.1's StableDiffusionXLImg2ImgPipeline / StableDiffusionXLInpaintPipeline
    (height = width = 64 passed; denoising_start/end unset; generator = Generator().manual_seed(seed))."""
    size = picture.shape[0]
    image = torch.from_numpy(picture).permute(2, 0, 1)[None].float() / 255.0 * 2.0 - 1.0  # VaeImageProcessor
    cfg = case["guidance_scale"] > 1.0
    ctx, pooled, _ = model.conditioning(case["prompt"], case["negative_prompt"], cfg)
    sched = model.scheduler(case["scheduler"], case["scheduler_options"])
    n, strength = case["steps"], case["strength"]
    sched.set_timesteps(n)
    keep = min(int(n * strength), n)  # get_timesteps
    timesteps = sched.timesteps[max(n - keep, 0) * sched.order:]
    g = torch.Generator().manual_seed(case["seed"])
    time_ids = time_ids_for(size, size, ctx.shape[0])
    shape = (1, 4, size // 8, size // 8)
    if case["pipeline"] == "img2img":
        image_latents = model.vae.sample_latents(image, g)  # draw 1: the posterior sample
        noise = torch.randn(shape, generator=g)  # draw 2
        latents = sched.add_noise(image_latents, noise, timesteps[:1].repeat(1))
        inpaint = None
    else:
        # mask_processor: greyscale (PIL "L"), /255, binarised at 0.5, no normalisation.
        rgb = mask_rgb.astype(np.int64)
        grey = (rgb[..., 0] * 19595 + rgb[..., 1] * 38470 + rgb[..., 2] * 7471 + 0x8000) >> 16
        mask = torch.from_numpy((grey / 255.0 >= 0.5).astype(np.float32))[None, None]
        masked_image = image * (mask < 0.5)
        image_latents = model.vae.sample_latents(image, g)  # 4-channel UNet: return_image_latents
        noise = torch.randn(shape, generator=g)
        if strength == 1.0:
            latents = noise * sched.init_noise_sigma
        else:
            latents = sched.add_noise(image_latents, noise, timesteps[:1].repeat(1))
        model.vae.sample_latents(masked_image, g)  # masked_image_latents: encoded (a draw) though 4-channel ignores it
        small = F.interpolate(mask, size=(size // 8, size // 8))
        inpaint = (image_latents, noise, small)
    latents_init = latents
    final, steps = run_loop(model, sched, timesteps, latents, ctx, pooled, time_ids, case["guidance_scale"], g, inpaint)
    out = model.vae.decode(final / model.vae.scaling)
    p = case["name"] + "."
    return {p + "timesteps": timesteps.double().float(), p + "latents_init": latents_init,
            p + "step_latents": steps, p + "image": out}


def main():
    print(f"torch {torch.__version__}, numpy {np.__version__}, threads {torch.get_num_threads()}")
    model = TinySdxl(os.path.join(FIX, "models", "tiny-sdxl"))
    rep = Report()
    validate_components(model, rep)
    for name in ("sdxl_euler_a_neg", "sdxl_dpmpp_2m_karras", "sdxl_turbo_1step", "sdxl_w64h96_euler"):
        validate_sdxl_case(model, name, rep)
    validate_sd15_img2img(rep)
    print(f"validation passed: worst error {rep.worst:.2e} (relative to max(1, max|expected|))")

    picture, mask = init_picture(), mask_picture()
    write_png(os.path.join(HERE, "input.png"), picture)
    write_png(os.path.join(HERE, "mask.png"), mask)
    tensors = {}
    for case in CASES:
        out = reference_case(model, case, picture, mask)
        tensors.update(out)
        s = out[case["name"] + ".step_latents"]
        print(f"{case['name']}: {s.shape[0]} steps, timesteps {out[case['name'] + '.timesteps'].tolist()}, "
              f"final latents std {s[-1].std():.3f}, image std {out[case['name'] + '.image'].std():.3f}")
    write_safetensors(os.path.join(HERE, "reference.safetensors"), tensors)
    meta = {
        "made_by": "tests/data/sdxl_img2img/make_reference.py: our own reimplementation of diffusers 0.25.1's "
                   "StableDiffusionXLImg2ImgPipeline / StableDiffusionXLInpaintPipeline (NOT diffusers itself)",
        "validation_worst_error": rep.worst,
        "model": "fixtures/models/tiny-sdxl",
        "width": 64, "height": 64, "init_image": "input.png", "mask_image": "mask.png",
        "torch": torch.__version__,
        "cases": CASES,
    }
    with open(os.path.join(HERE, "cases.json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
