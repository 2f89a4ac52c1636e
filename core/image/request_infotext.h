// The bridge between a GenerationRequest and A1111 infotext: the parameters text written into
// every PNG, and the request fields restored from a dropped PNG (unknown keys kept aside).
#pragma once

#include "image/infotext.h"
#include "common/generation_request.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace stipple {

struct InfotextSource {
    std::string model_name;   // "Model: ..." (omitted when empty)
    std::string model_hash;   // "Model hash: ..." = sha256 of the checkpoint, first 10 hex digits
    std::string version;      // "Version: ..." e.g. "stipple-0.1.0"
    std::string vae_name;     // "VAE: ..." a separate VAE file's name, as A1111 (omitted when the model's own)
    std::string vae_hash;     // "VAE hash: ..." its sha256, first 10 hex digits
    // "Lora hashes: "name: hash, ..."": each LoRA of the prompt's <lora:…> tags as mentioned, and
    // its A1111 short hash (lora_file.h: lora_short_hash); omitted when empty.
    std::vector<std::pair<std::string, std::string>> lora_hashes;
    // "TI hashes: "name: hash, ..."": the textual-inversion embeddings the prompts used and their
    // A1111 short hashes (pipeline/textual_inversion_hashes.h); omitted when empty.
    std::vector<std::pair<std::string, std::string>> ti_hashes;
    // "Face restoration": the kind of restorer that ran ("GFPGAN", "CodeFormer"; GenerationResult::
    // face_restorer), for a request whose face_detail has a `restorer` ("" = the file's name).
    std::string face_restoration;
};

// The infotext of one image: `seed` and the image's actual `width` x `height` (with hires fix: the
// first pass's size, as A1111's "Size"; the hires keys give the final size); the request's
// scheduler is an A1111 label ("DPM++ 2M Karras" -> Sampler + Schedule type). The request describes
// this one image: its "Variation seed" is variation_seeds.front() (GenerationService narrows a batch).
Infotext infotext_for_image(const GenerationRequest& request, uint64_t seed, int width, int height,
                            const InfotextSource& source);

// What an infotext restores. Fields absent from the text keep the request's defaults.
struct RestoredRequest {
    GenerationRequest request;                                // prompt, negative, seeds{seed}, steps, cfg, scheduler, size, clip_skip, strength, noise source, ENSD, SDE noise, variation seed/strength, seed resize, hires fix, inpaint options
    std::vector<std::pair<std::string, std::string>> unknown; // keys Stipple does not use, in order
    std::vector<std::string> problems;                        // e.g. "Seed: \"abc\" is not an unsigned 64-bit integer"
    bool has_seed = false, has_steps = false, has_cfg = false, has_sampler = false, has_size = false;
    std::string model_name, model_hash;
    std::string vae_name, vae_hash;   // "VAE", "VAE hash": a separate VAE file made it
    std::string lora_hashes, ti_hashes;  // as written ("name: hash, ...")
    // "Face restoration" as written ("GFPGAN", "CodeFormer"; "" = absent). The text names no model
    // file, so request.face_detail is not set from it: `face_restore` holds what the text gives
    // (visibility, CodeFormer weight; restorer "") for a front end that knows the file to use.
    std::string face_restoration;
    FaceDetail face_restore;
};
RestoredRequest request_from_infotext(const Infotext& infotext);

// Strict decimal parse of an unsigned 64-bit value (no sign, no spaces, <= 18446744073709551615).
bool parse_uint64(const std::string& text, uint64_t& out);

}  // namespace stipple
