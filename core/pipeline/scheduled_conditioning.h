// A1111's prompt editing and composable diffusion in the denoising loop: "[cat:dog:10]" and
// "[cat|dog]" change the conditioning per step, "a cat AND a hat :0.6" guides with several
// sub-prompts at once. Per A1111 (prompt_parser.get_multicond_learned_conditioning and
// CFGDenoiser.forward): every distinct sub-prompt of the batch is encoded with its scheduled texts
// as one group; at sampling step k (counted from 0 per denoiser call) each image takes the text in
// force for each of its sub-prompts and for its negative prompt, and its noise prediction is
//     eps = eps_uncond + sum_j (eps_j - eps_uncond) * (weight_j * guidance_scale)
// accumulated in sub-prompt order. Requests without editing or AND never come here, so their
// images stay those of the plain path (and of diffusers).
#pragma once

#include "common/generation_request.h"
#include "pipeline/text_conditioning.h"

#include <ATen/ATen.h>

#include <utility>
#include <vector>

namespace stipple {

// True when the request, in A1111 style, edits a prompt or a negative prompt during `steps`
// sampling steps, or splits a prompt with AND (or weights its only part, "cat :1.2").
bool needs_scheduled_conditioning(const GenerationRequest& request, int steps);

// What the UNet sees at one step.
struct StepConditioning {
    at::Tensor cond;          // [Nc, S_c, D]: each image's sub-prompts, image by image
    at::Tensor cond_pooled;   // SDXL: [Nc, P]
    at::Tensor uncond;        // [B, S_u, D]; undefined when not guided and nothing needs it
    at::Tensor uncond_pooled; // SDXL: [B, P]
    std::vector<int64_t> cond_image;  // image index of each cond row
    std::vector<double> cond_weight;  // A1111 weight of each cond row
};

class ScheduledConditioning {
public:
    // Encodes everything the run will need, once. `guided` = the pipeline applies CFG; the
    // unconditional prediction is also needed when a sub-prompt's weight is not 1 or a prompt
    // has several parts (A1111 always combines against it).
    ScheduledConditioning(const TextEncoderSet& encoders, const GenerationRequest& request, int64_t batch, bool guided,
                          const at::Device& device, at::ScalarType dtype);

    // The conditioning at sampling step `step` (0-based denoiser call); tensors are cached while
    // no text changes.
    const StepConditioning& at_step(int step);
    bool uses_uncond() const { return uses_uncond_; }

private:
    struct Scheduled {
        std::vector<int> ends;           // A1111 end_at_step of each text
        std::vector<at::Tensor> embeds;  // [S, D] each
        std::vector<at::Tensor> pooled;  // SDXL: [P] each
        size_t index_at(int step) const;
    };
    std::vector<Scheduled> conds_;    // distinct sub-prompts of the batch
    std::vector<Scheduled> unconds_;  // distinct negative prompts (image_uncond_ indexes them)
    std::vector<std::vector<std::pair<size_t, double>>> image_conds_;  // per image: (cond, weight)
    std::vector<size_t> image_uncond_;                                 // per image: its uncond
    bool sdxl_ = false;
    bool uses_uncond_ = false;
    at::Device device_;
    at::ScalarType dtype_;
    std::vector<size_t> cached_key_;
    StepConditioning cached_;
};

}  // namespace stipple
