#include "pipeline/chunked_text_encoding.h"

#include "common/error.h"

#include <algorithm>

namespace stipple {

namespace {

size_t chunk_count(const std::vector<ChunkedPrompt>& group) {
    size_t n = 0;
    for (const ChunkedPrompt& p : group) n = std::max(n, p.chunks.size());
    return n;
}

}  // namespace

std::vector<ChunkedEmbeddings> encode_chunked(const Tokenizer& tokenizer, CLIPTextModel& encoder,
                                              const std::vector<std::vector<ChunkedPrompt>>& groups,
                                              const HiddenPick& pick, const at::Device& device,
                                              const EmbeddingVectors& embeddings, Emphasis emphasis) {
    size_t most = 0;
    for (const auto& group : groups) {
        if (group.empty()) throw Error("encode_chunked: a group holds no text");
        most = std::max(most, chunk_count(group));
    }
    const int64_t eos = tokenizer.eos_id(), pad = tokenizer.pad_id();

    std::vector<std::vector<at::Tensor>> zs(groups.size());
    std::vector<ChunkedEmbeddings> out(groups.size());
    for (size_t i = 0; i < most; ++i) {
        // Chunk i of every group that has one, in one batch.
        std::vector<std::vector<int64_t>> rows;
        std::vector<float> weights;
        std::vector<size_t> members;  // groups in this batch, in order
        std::vector<TokenEmbeddingFix> fixes;
        for (size_t g = 0; g < groups.size(); ++g) {
            if (i >= chunk_count(groups[g])) continue;
            members.push_back(g);
            for (const ChunkedPrompt& p : groups[g]) {
                const PromptChunk empty = empty_chunk(tokenizer, p.chunk_length);
                const PromptChunk& chunk = i < p.chunks.size() ? p.chunks[i] : empty;
                std::vector<int64_t> ids = chunk.ids;
                if (eos != pad) {
                    // SD 2.x / OpenCLIP: what follows the first eos is padding, not more eos tokens.
                    const auto first = std::find(ids.begin(), ids.end(), eos);
                    if (first != ids.end()) std::fill(first + 1, ids.end(), pad);
                }
                for (const EmbeddingFix& fix : chunk.fixes) {
                    if (!embeddings) throw Error("encode_chunked: the prompt names embedding '" + fix.name + "' but none are loaded");
                    fixes.push_back({static_cast<int64_t>(rows.size()), fix.position, embeddings(fix.name)});
                }
                rows.push_back(std::move(ids));
                weights.insert(weights.end(), chunk.weights.begin(), chunk.weights.end());
            }
        }
        const CLIPTextOutput output = encoder.forward(token_ids_tensor(rows).to(device), fixes);
        const at::Tensor z_all = pick(output).to(at::kFloat);
        const at::Tensor w_all =
            at::tensor(weights, at::kFloat).view({z_all.size(0), z_all.size(1), 1}).to(z_all.device());
        int64_t row = 0;
        for (size_t g : members) {
            const int64_t n = static_cast<int64_t>(groups[g].size());
            // A contiguous slice: its mean reduces the same values in the same order as A1111's
            // z.mean() of the group's own batch.
            at::Tensor z = z_all.slice(0, row, row + n).contiguous();
            const at::Tensor w = w_all.slice(0, row, row + n);
            if (emphasis == Emphasis::Original) {
                const at::Tensor original_mean = z.mean();
                z = z * w.expand(z.sizes());
                const at::Tensor new_mean = z.mean();
                z = z * (original_mean / new_mean);
            } else if (emphasis == Emphasis::NoNorm) {
                z = z * w.expand(z.sizes());
            }
            zs[g].push_back(z);
            if (i == 0 && output.text_embeds.defined())
                out[g].pooled = output.text_embeds.slice(0, row, row + n).to(at::kFloat);
            row += n;
        }
    }
    for (size_t g = 0; g < groups.size(); ++g) out[g].embeds = at::cat(zs[g], 1);
    return out;
}

at::Tensor stack_conds(const std::vector<at::Tensor>& rows) {
    if (rows.empty()) throw Error("stack_conds: nothing to stack");
    int64_t length = 0;
    for (const at::Tensor& r : rows) length = std::max(length, r.size(0));
    std::vector<at::Tensor> padded;
    for (const at::Tensor& r : rows) {
        if (r.size(0) == length) {
            padded.push_back(r);
        } else {
            padded.push_back(at::cat({r, r.slice(0, r.size(0) - 1).expand({length - r.size(0), r.size(1)})}));
        }
    }
    return at::stack(padded);
}

}  // namespace stipple
