// A1111's CLIP hijack for one text encoder (FrozenCLIPEmbedderWithCustomWordsBase.forward and
// process_tokens): chunked prompts -> embeddings, each chunk encoded alone, scaled by its token
// weights and rescaled to its original mean, chunks side by side on the sequence axis.
#pragma once

#include "common/emphasis.h"
#include "text/clip_text_model.h"
#include "text/prompt_chunks.h"
#include "text/tokenizer.h"

#include <ATen/ATen.h>

#include <functional>
#include <string>
#include <vector>

namespace stipple {

// Picks the embeddings a pipeline uses from the encoder's output (last state, clip skip...).
using HiddenPick = std::function<at::Tensor(const CLIPTextOutput&)>;

// The vectors [n, D] of the embedding `name` for this encoder (textual inversion; the chunks'
// fixes name them). Throws Error for a name it does not know.
using EmbeddingVectors = std::function<at::Tensor(const std::string& name)>;

struct ChunkedEmbeddings {
    at::Tensor embeds;  // [T, (chunk_length + 2) * k, D] float32, k = most chunks of the group
    at::Tensor pooled;  // [T, projection] text_embeds of the first chunk (WithProjection models only)
};

// Groups of texts, each as A1111 encodes one group in one call (the texts of one prompt's
// schedule, or just one prompt); one result per group. Within a group chunk i of every text is
// encoded together, a text with fewer chunks getting empty_chunk()s. The weight multiply and the
// mean restore
//     z' = z * w;  z'' = z' * (mean(z) / mean(z'))
// take the mean over the group's batch of chunk i (A1111's z.mean()), so all weights 1 leave
// every bit of z unchanged (x * 1 == x, and mean(z) / mean(z) == 1 exactly). Chunk i of all
// groups goes through the encoder as one batch, so single-chunk prompts meet the encoder in the
// very batch the diffusers path gives it. After a chunk's first eos the ids are the tokenizer's
// pad id (eos for CLIP-L, "!" = 0 for OpenCLIP), as A1111. A chunk's embedding fixes replace its
// token embeddings with `embeddings`' vectors (A1111's EmbeddingsWithFixes); a batch without
// fixes is encoded exactly as before. Throws Error when a chunk has fixes and `embeddings` is empty.
// `emphasis`: Original as above; NoNorm multiplies without the mean restore; Ignore and None
// leave z as the encoder made it (A1111's sd_emphasis classes).
std::vector<ChunkedEmbeddings> encode_chunked(const Tokenizer& tokenizer, CLIPTextModel& encoder,
                                              const std::vector<std::vector<ChunkedPrompt>>& groups,
                                              const HiddenPick& pick, const at::Device& device,
                                              const EmbeddingVectors& embeddings = {},
                                              Emphasis emphasis = Emphasis::Original);

// A1111's stack_conds: rows [S_i, D] of different lengths made equal by repeating each one's last
// vector, then stacked to [N, max S_i, D].
at::Tensor stack_conds(const std::vector<at::Tensor>& rows);

}  // namespace stipple
