// A1111's "TI hashes" infotext value: the textual-inversion embeddings a request's prompts use,
// as (name, shorthash) pairs, written "name: shorthash, ..." (sd_hijack_clip.forward with textual_inversion_add_hashes_to_infotext,
// A1111's default).
#pragma once

#include "common/generation_request.h"
#include "text/textual_inversion.h"
#include "text/tokenizer.h"

#include <string>
#include <utility>
#include <vector>

namespace stipple {

// In A1111's order: each encoder call lists the embeddings in the order its chunks meet them
// (chunk 0 of every text, then chunk 1, ...) and the newest call's list goes first; the negative
// prompts are encoded before the prompts (their AND parts and prompt-editing texts), so the
// prompts' embeddings come first. A1111 repeats a name used on both sides (and, on SDXL, once per
// text encoder); Stipple lists each embedding once. Names lose ':' and ','. Empty when none is used,
// and in the Diffusers prompt style (which reads no embeddings). Throws Error when a prompt names
// a refused embedding.
std::vector<std::pair<std::string, std::string>> textual_inversion_hashes(const EmbeddingLibrary& library, const Tokenizer& tokenizer,
                                     const GenerationRequest& request);

}  // namespace stipple
