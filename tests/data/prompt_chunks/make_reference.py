#!/usr/bin/env python3
"""Reference data for tests/test_pipeline_prompt_chunks.cpp: AUTOMATIC1111's long-prompt chunking
and attention weights (modules/sd_hijack_clip.py, FrozenCLIPEmbedderWithCustomWordsBase), written
from a reading of its algorithm, on the tiny fixture text encoders and the real CLIP vocabulary.

Independent of Stipple's C++: its own CLIP BPE (ASCII prompts only), its own safetensors reader and
an HF CLIPTextModel forward in float64. Run with Debian's python3-torch (1.13):
    /usr/bin/python3 tests/data/prompt_chunks/make_reference.py ../shared
It writes reference.json (cases, chunk ids/weights/boundaries) and reference.safetensors (the
embeddings projected to 4 features by a fixed matrix `projection`, its 4 columns orthonormal in the
96 dimensions; SD models use its first 32 rows, to stay a few KB).
"""
import json
import os
import re
import struct
import sys

import torch

SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../../shared")
OUT = os.path.dirname(os.path.abspath(__file__))
CHUNK = 75
BACKTRACK = 20


# ---------------------------------------------------------------- CLIP byte-level BPE (ASCII text)
def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


class Bpe:
    PIECES = re.compile(r"<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[a-z]+|[0-9]|[^\sa-z0-9]+")

    def __init__(self, folder):
        self.vocab = json.load(open(os.path.join(folder, "vocab.json"), encoding="utf-8"))
        lines = open(os.path.join(folder, "merges.txt"), encoding="utf-8").read().split("\n")
        merges = [tuple(l.split()) for l in lines if l and not l.startswith("#version")]
        self.ranks = {m: i for i, m in enumerate(merges)}
        self.byte_map = bytes_to_unicode()
        self.bos = self.vocab["<|startoftext|>"]
        self.eos = self.vocab["<|endoftext|>"]
        self.comma = self.vocab[",</w>"]

    def bpe(self, piece):
        word = list(piece[:-1]) + [piece[-1] + "</w>"]
        while len(word) > 1:
            pairs = [(self.ranks.get((a, b), 1 << 30), i) for i, (a, b) in enumerate(zip(word, word[1:]))]
            rank, _ = min(pairs)
            if rank == 1 << 30:
                break
            a, b = [p for p in zip(word, word[1:]) if self.ranks.get(p) == rank][0]
            merged, i = [], 0
            while i < len(word):
                if i + 1 < len(word) and word[i] == a and word[i + 1] == b:
                    merged.append(a + b)
                    i += 2
                else:
                    merged.append(word[i])
                    i += 1
            word = merged
        return word

    def encode(self, text):
        assert all(ord(c) < 128 for c in text), "the reference BPE handles ASCII prompts only"
        text = re.sub(r"\s+", " ", text).strip().lower()
        ids = []
        for piece in self.PIECES.findall(text):
            mapped = "".join(self.byte_map[b] for b in piece.encode("utf-8"))
            ids += [self.vocab[t] for t in self.bpe(mapped)]
        return ids


# ---------------------------------------------------------------- A1111's tokenize_line
def chunk_runs(bpe, runs):
    """runs: [(text, weight)] as parse_prompt_attention returns them; BREAK = ("BREAK", -1)."""
    chunks, cur, origins = [], {"ids": [], "w": [], "o": []}, []
    state = {"count": 0, "last_comma": -1, "next": 0}

    def close(is_last, where):
        n = len(cur["ids"])
        state["count"] += n if is_last else CHUNK
        ids = [bpe.bos] + cur["ids"] + [bpe.eos] * (CHUNK - n + 1)
        w = [1.0] + cur["w"] + [1.0] * (CHUNK - n + 1)
        begin = cur["o"][0] if cur["o"] else where
        end = cur["o"][-1] + 1 if cur["o"] else where
        chunks.append({"ids": ids, "weights": w, "token_begin": begin, "token_end": end})
        cur["ids"], cur["w"], cur["o"] = [], [], []
        state["last_comma"] = -1

    for text, weight in runs:
        if text == "BREAK" and weight == -1:
            close(False, state["next"])
            continue
        for tok in bpe.encode(text):
            index = state["next"]
            state["next"] += 1
            n = len(cur["ids"])
            if tok == bpe.comma:
                state["last_comma"] = n
            elif n == CHUNK and state["last_comma"] != -1 and n - state["last_comma"] <= BACKTRACK:
                cut = state["last_comma"] + 1
                moved = {k: v[cut:] for k, v in cur.items()}
                for k in cur:
                    cur[k] = cur[k][:cut]
                close(False, index)
                cur.update(moved)
            if len(cur["ids"]) == CHUNK:
                close(False, index)
            cur["ids"].append(tok)
            cur["w"].append(weight)
            cur["o"].append(index)
    if cur["ids"] or not chunks:
        close(True, state["next"])
    return chunks, state["count"]


# ---------------------------------------------------------------- HF CLIPTextModel, float64
def read_safetensors(path):
    data = open(path, "rb").read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        dtype = {"F32": torch.float32, "I64": torch.int64}[info["dtype"]]
        out[name] = torch.frombuffer(bytearray(data[base + a:base + b]), dtype=dtype).reshape(info["shape"])
    return out


def write_safetensors(path, tensors):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        t = t.contiguous()
        raw = t.numpy().tobytes() if hasattr(t, "numpy") else bytes(t)
        dtype = {torch.float32: "F32", torch.int64: "I64"}[t.dtype]
        header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))


class ClipText:
    def __init__(self, folder):
        self.cfg = json.load(open(os.path.join(folder, "config.json")))
        self.w = {k: v.double() if v.is_floating_point() else v for k, v in read_safetensors(os.path.join(folder, "model.safetensors")).items()}

    def ln(self, x, name):
        return torch.nn.functional.layer_norm(x, x.shape[-1:], self.w[name + ".weight"], self.w[name + ".bias"], self.cfg["layer_norm_eps"])

    def lin(self, x, name, bias=True):
        return torch.nn.functional.linear(x, self.w[name + ".weight"], self.w.get(name + ".bias") if bias else None)

    def forward(self, ids):
        """ids [B,S] -> (hidden_states list, last_hidden_state, text_embeds or None)"""
        w, cfg = self.w, self.cfg
        B, S = ids.shape
        x = w["text_model.embeddings.token_embedding.weight"][ids] + w["text_model.embeddings.position_embedding.weight"][:S]
        heads = cfg["num_attention_heads"]
        D = x.shape[-1]
        hd = D // heads
        mask = torch.full((S, S), float("-inf"), dtype=torch.float64).triu(1)
        hidden = [x]
        for i in range(cfg["num_hidden_layers"]):
            p = f"text_model.encoder.layers.{i}."
            r = x
            h = self.ln(x, p + "layer_norm1")
            q = self.lin(h, p + "self_attn.q_proj") * hd ** -0.5
            k = self.lin(h, p + "self_attn.k_proj")
            v = self.lin(h, p + "self_attn.v_proj")
            split = lambda t: t.view(B, S, heads, hd).transpose(1, 2)
            att = torch.softmax(split(q) @ split(k).transpose(-1, -2) + mask, -1) @ split(v)
            x = r + self.lin(att.transpose(1, 2).reshape(B, S, D), p + "self_attn.out_proj")
            r = x
            h = self.lin(self.ln(x, p + "layer_norm2"), p + "mlp.fc1")
            h = h * torch.sigmoid(1.702 * h) if cfg["hidden_act"] == "quick_gelu" else torch.nn.functional.gelu(h)
            x = r + self.lin(h, p + "mlp.fc2")
            hidden.append(x)
        last = self.ln(x, "text_model.final_layer_norm")
        embeds = None
        if "text_projection.weight" in w:
            eos_id = cfg["eos_token_id"]
            pos = ids.argmax(-1) if eos_id == 2 else (ids == eos_id).int().argmax(-1)
            embeds = self.lin(last[torch.arange(B), pos], "text_projection", bias=False)
        return hidden, last, embeds


def encode_group(bpe, pad_id, model, pick, group):
    """A1111 forward() for one group of texts (each a list of runs): [T, 77k, D] and pooled of chunk 0."""
    chunked = [chunk_runs(bpe, runs)[0] for runs in group]
    k = max(len(c) for c in chunked)
    empty = {"ids": [bpe.bos] + [bpe.eos] * (CHUNK + 1), "weights": [1.0] * (CHUNK + 2)}
    zs, pooled = [], None
    for i in range(k):
        batch = [c[i] if i < len(c) else empty for c in chunked]
        ids = torch.tensor([b["ids"] for b in batch])
        if pad_id != bpe.eos:
            for row in range(ids.shape[0]):
                first = batch[row]["ids"].index(bpe.eos)
                ids[row, first + 1:] = pad_id
        out = model.forward(ids)
        z = pick(model, out)
        mult = torch.tensor([b["weights"] for b in batch], dtype=torch.float32).double()
        original_mean = z.mean()
        z = z * mult.unsqueeze(-1)
        z = z * (original_mean / z.mean())
        zs.append(z)
        if i == 0:
            pooled = out[2]
    return torch.cat(zs, 1), pooled


def stack_conds(rows):
    n = max(r.shape[0] for r in rows)
    return torch.stack([torch.cat([r, r[-1:].expand(n - r.shape[0], -1)]) for r in rows])


def sd_pick(clip_skip):
    def pick(model, out):
        hidden, last, _ = out
        return last if clip_skip == 0 else model.ln(hidden[-(clip_skip + 1)], "text_model.final_layer_norm")
    return pick


def sdxl_pick(model, out):
    return out[0][-2]


# ---------------------------------------------------------------- cases
def words(n, start=0):
    pool = ["red", "cat", "blue", "dog", "tree", "house", "sky", "green", "bird", "lake"]
    return " ".join(pool[(start + i) % len(pool)] for i in range(n))


def main():
    torch.manual_seed(0)
    real = Bpe(os.path.join(SHARED, "assets/clip-tokenizer"))
    tiny = Bpe(os.path.join(SHARED, "fixtures/models/tiny-sd15/tokenizer"))
    ref = {"chunk_length": CHUNK, "comma_backtrack": BACKTRACK, "chunking": [], "embedding": []}
    tensors = {}

    # Chunking on the real vocabulary (one token per word of `words`, comma = ",</w>").
    chunk_cases = {
        "short": [["a photo of a cat", 1.0]],
        "empty": [["", 1.0]],
        "two_chunks": [[words(80), 1.0]],
        "exactly_75": [[words(75), 1.0]],
        "comma_backtrack_15": [[words(60) + ", " + words(30, 3), 1.0]],
        "comma_backtrack_20": [[words(55) + ", " + words(30, 3), 1.0]],
        "comma_too_far_21": [[words(54) + ", " + words(30, 3), 1.0]],
        "comma_is_76th": [[words(75) + ", " + words(5), 1.0]],
        "comma_is_75th": [[words(74) + ", " + words(5), 1.0]],
        "break_middle": [[words(10), 1.0], ["BREAK", -1.0], [words(10, 4), 1.0]],
        "break_first": [["BREAK", -1.0], [words(3), 1.0]],
        "break_last": [[words(3), 1.0], ["BREAK", -1.0]],
        "break_twice": [[words(3), 1.0], ["BREAK", -1.0], ["BREAK", -1.0], [words(2), 1.0]],
        "three_chunks_weighted": [[words(70) + ", ", 1.0], [words(40, 2), 1.3], [", " + words(50, 5), 0.8]],
    }
    for name, runs in chunk_cases.items():
        chunks, count = chunk_runs(real, runs)
        ref["chunking"].append({"name": name, "runs": runs, "token_count": count,
                                "chunks": [{k: c[k] for k in ("ids", "weights", "token_begin", "token_end")} for c in chunks]})

    # Orthonormal columns: a projected value's error is at most the Euclidean error of its row,
    # so 1e-5 on the projection is a criterion as strict as 1e-5 per element (up to sqrt(D)).
    projection = torch.linalg.qr(torch.randn(96, 4, dtype=torch.float64))[0]
    tensors["projection"] = projection.float()

    def record(name, model_name, runs_cond, runs_uncond, embeds_c, embeds_u, pooled_c=None, pooled_u=None, **extra):
        D = embeds_c.shape[-1]
        entry = {"name": name, "model": model_name, "cond": runs_cond, "uncond": runs_uncond,
                 "cond_length": embeds_c.shape[1], "uncond_length": embeds_u.shape[1]}
        entry.update(extra)
        ref["embedding"].append(entry)
        tensors[name + ".cond"] = (embeds_c @ projection[:D]).float()
        tensors[name + ".uncond"] = (embeds_u @ projection[:D]).float()
        if pooled_c is not None:
            tensors[name + ".pooled_cond"] = pooled_c.float()
            tensors[name + ".pooled_uncond"] = pooled_u.float()

    models = os.path.join(SHARED, "fixtures/models")
    sd15 = ClipText(os.path.join(models, "tiny-sd15/text_encoder"))
    sd2 = ClipText(os.path.join(models, "tiny-sd2v/text_encoder"))
    sd2_bpe = Bpe(os.path.join(models, "tiny-sd2v/tokenizer"))

    # `prompt`/`negative`: A1111 syntax whose parse_prompt_attention is `cond`/`uncond` (up to
    # spaces at run ends, which the tokenizer drops), for the test through encode_prompts.
    def sd(name, model_name, model, bpe, pad, cond, uncond, prompt, negative, clip_skip=0, full=False):
        c, _ = encode_group(bpe, pad, model, sd_pick(clip_skip), [cond])
        u, _ = encode_group(bpe, pad, model, sd_pick(clip_skip), [uncond])
        record(name, model_name, cond, uncond, c, u, clip_skip=clip_skip, prompt=prompt, negative=negative)
        if full:
            tensors[name + ".cond_full"] = c.float()

    long_text = "a painting of " + words(58) + ", " + words(30, 1)   # comma back-off in chunk 1
    sd("weights_short", "tiny-sd15", sd15, tiny, tiny.eos,
       [["a red ", 1.0], ["cat", 1.21], [" on a mat", 1.0 / 1.1]], [["", 1.0]],
       "a red (cat:1.21)[ on a mat]", "", full=True)
    sd("two_chunks_vs_one", "tiny-sd15", sd15, tiny, tiny.eos,
       [[long_text, 1.0]], [["blurry, ugly", 1.0]], long_text, "blurry, ugly")
    sd("three_chunks_break", "tiny-sd15", sd15, tiny, tiny.eos,
       [["a castle, ", 1.0], ["stormy sky", 1.5], ["BREAK", -1.0], [words(90, 2), 1.0], [", oil", 0.7]],
       [["low quality", 1.0], ["BREAK", -1.0], ["watermark", 1.2]],
       "a castle, (stormy sky:1.5) BREAK " + words(90, 2) + "(, oil:0.7)", "low quality BREAK (watermark:1.2)")
    sd("sd2_pad_clipskip", "tiny-sd2v", sd2, sd2_bpe, sd2_bpe.vocab["!"],
       [[words(40), 1.0], ["dog", 1.4], [", " + words(50, 3), 1.0]], [["blurry", 0.9]],
       words(40) + " (dog:1.4), " + words(50, 3), "(blurry:0.9)", clip_skip=1)

    # SDXL: both encoders chunked alike, side by side; pooled = encoder 2's text_embeds of chunk 0.
    xl1 = ClipText(os.path.join(models, "tiny-sdxl/text_encoder"))
    xl2 = ClipText(os.path.join(models, "tiny-sdxl/text_encoder_2"))
    xl_bpe1 = Bpe(os.path.join(models, "tiny-sdxl/tokenizer"))
    xl_bpe2 = Bpe(os.path.join(models, "tiny-sdxl/tokenizer_2"))
    def xl(runs):
        a, _ = encode_group(xl_bpe1, xl_bpe1.eos, xl1, sdxl_pick, [runs])
        b, pooled = encode_group(xl_bpe2, xl_bpe2.vocab["!"], xl2, sdxl_pick, [runs])
        return torch.cat([a, b], -1), pooled
    cond = [["a lighthouse at dusk, ", 1.0], ["waves", 1.3], [", " + words(85, 6), 1.0]]
    uncond = [["grainy", 1.0]]
    (c, pc), (u, pu) = xl(cond), xl(uncond)
    record("sdxl_two_chunks", "tiny-sdxl", cond, uncond, c, u, pc, pu, clip_skip=0,
           prompt="a lighthouse at dusk, (waves:1.3), " + words(85, 6), negative="grainy")

    json.dump(ref, open(os.path.join(OUT, "reference.json"), "w"), separators=(",", ":"))
    write_safetensors(os.path.join(OUT, "reference.safetensors"), tensors)


if __name__ == "__main__":
    main()
