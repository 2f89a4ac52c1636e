// Everything one generation needs, as one value (DESIGN.md: requests are values), and what it returns.
#pragma once

#include "common/image.h"
#include "common/emphasis.h"
#include "common/noise_source.h"
#include "common/sde_noise.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stipple {

// Auto: bf16 for full-size models on CUDA or on a CPU where bf16 measures faster, else fp32 (resolve_dtype).
enum class DType { Float32, BFloat16, Auto };

// How prompts become text embeddings. A1111: AUTOMATIC1111's syntax and CLIP hijack ((x:1.2),
// [x], BREAK, 75-token chunks without a length limit, weights with the mean restored, clip skip
// on the negative too, SDXL's empty negative as zeros). Diffusers: diffusers 0.25.1 exactly
// (the text passed to CLIP as written, cut at 75 tokens) — what the parity fixtures were made with.
enum class PromptStyle { A1111, Diffusers };

// AUTOMATIC1111's hires fix: the picture is made at the request's width x height (the first pass),
// upscaled, and denoised again at the larger size as an img2img at the request's `strength` (A1111's
// "Denoising strength") with the same seeds. The infotext's "Hires upscale", "Hires resize",
// "Hires upscaler" and "Hires steps" (pipeline/hires_fix.h has the sizes and upscaler names).
struct HiresFix {
    double scale = 2.0;               // "Hires upscale": target int(width * scale) x int(height * scale)
    // "Hires resize" (A1111's hr_resize_x/y), used instead of the scale when either is set: one side
    // 0 = the other side and the first pass's aspect; both = cover that size, then cut the centre.
    int resize_width = 0;
    int resize_height = 0;
    // "Hires upscaler": a latent mode ("Latent", "Latent (antialiased)", "Latent (bicubic)",
    // "Latent (bicubic antialiased)", "Latent (nearest)", "Latent (nearest-exact)"), an image
    // upscaler ("Lanczos", "Nearest", "None" = a plain Lanczos resize), or an upscaler model's name.
    std::string upscaler = "Latent";
    int steps = 0;                    // "Hires steps": the second pass's steps before strength; 0 = `steps`
};

// The face detailer (the ADetailer approach): after the image is made, each face found in it is
// redrawn as an "only masked" inpaint at the generation size and pasted back through its blurred
// mask. Infotext keys "Face detailer", "Face detailer strength", "Face detailer prompt",
// "Face detailer padding" (image/face_detect.h finds the faces; pipeline/face_detailer.h redraws).
// Or, with `restorer` set, each face is restored by a GFPGAN / CodeFormer ONNX file instead
// (image/face_restorer.h; no diffusion steps; prompt, strength and padding unused): A1111's
// "Face restoration" with "GFPGAN visibility" or "CodeFormer visibility" and "CodeFormer weight".
// One or the other, never both: a redraw after a restoration would replace the restored face.
struct FaceDetail {
    // "" = OpenCV's frontal-face Haar cascade from Debian's opencv-data; else a cascade .xml or a
    // YuNet face-detection .onnx file (OpenCV's FaceDetectorYN).
    std::string detector;
    std::string prompt;      // "" = the image's own prompt
    double strength = 0.4;   // denoising strength of each face's redraw
    int padding = 32;        // px of surroundings drawn with each face
    int max_faces = 8;       // the largest faces first
    std::string restorer;           // "" = redraw; else the restoration model's .onnx path
    double visibility = 1.0;        // restorer: 0..1, how much of the restored face is blended in
    double codeformer_weight = 0.5; // restorer (CodeFormer only): 0 = strongest, 1 = closest to the input
};

struct GenerationRequest {
    std::string prompt;
    std::string negative_prompt;                          // "" = none (SDXL then uses zeros, SD encodes "")
    // Several prompts in one batch (diffusers' prompt lists); when set they replace `prompt`.
    // Images are prompt-major: seeds.size() must be a multiple of prompts.size().
    std::vector<std::string> prompts;
    // Negative prompts given explicitly (even ""): one for all, or one per prompt. When set they
    // replace `negative_prompt`.
    std::vector<std::string> negative_prompts;
    std::vector<uint64_t> seeds{0};                       // one image per seed (seed, seed+1, ... for a batch)
    // Where image i's random numbers come from: its initial noise is the first draw of a generator
    // of this source seeded with seeds[i], and its step noise (ancestral/SDE samplers) the next
    // draws of the same generator. CPU = diffusers' torch.randn, so diffusers seeds reproduce.
    NoiseSource noise_source = NoiseSource::CPU;
    // A1111's "Eta noise seed delta" (ENSD): when not 0, step noise comes from a fresh generator
    // seeded with seeds[i] + this delta, made after the initial noise is drawn (A1111's
    // ImageRNG.first). Only samplers that draw step noise are affected.
    int64_t eta_noise_seed_delta = 0;
    // Step noise of the DPM++ SDE samplers (DPMSolverMultistepScheduler, sde-dpmsolver++): diffusers'
    // per-step draws from the generators above, or A1111's Brownian tree over the seeds (sde_noise.h),
    // which ignores ENSD as A1111 does. Other samplers are not affected.
    SdeNoise sde_noise = SdeNoise::Diffusers;
    // A1111's variation seeds ("Variation seed", "Variation seed strength"): image i's initial
    // noise is slerp(variation_strength, noise(seeds[i]), noise(variation_seeds[i])), both drawn
    // from noise_source. Empty, or a strength of 0, = the plain seeds. One per image, like seeds.
    std::vector<uint64_t> variation_seeds;
    double variation_strength = 0;
    // A1111's "Seed resize from" (width, height): the seed's noise is drawn at this size and
    // centred into the requested one, so a seed keeps its composition at another size.
    std::optional<std::pair<int, int>> seed_resize_from;
    int steps = 20;
    // > 0: stop after this many loop iterations and decode that step's x0 estimate, as "Finish
    // now" did when the image was made; its infotext says so ("Finished at step"), so a restored
    // early-finished image is made again exactly. 0 (or >= the iterations) = the whole schedule.
    int stop_at_step = 0;
    double guidance_scale = 7.5;                          // <= 1: no classifier-free guidance
    // DeepCache-style step caching (pipeline/deep_cache.h): every N-th loop iteration (and the
    // first) runs the whole UNet and keeps its deep features; the ones between run only the
    // shallow layers on them. Faster, slightly different pixels. 0 or 1 = off (exact parity).
    int deep_cache_interval = 0;
    std::string scheduler;                                // diffusers class or A1111 label; "" = the model's own
    std::map<std::string, std::string> scheduler_options; // key -> JSON value text, e.g. "use_karras_sigmas" -> "true"
    int width = 0;                                        // 0 = the model's default (UNet sample_size x VAE factor)
    int height = 0;
    std::optional<Image> init_image;                      // img2img / inpaint source
    // How init_image (and mask) of another aspect become width x height: A1111's resize modes
    // (image/resize_mode.h): 0 just resize (stretch), 1 crop and resize, 2 resize and fill.
    int resize_mode = 0;
    double strength = 0.8;                                // img2img: how much of the schedule is re-run
    std::optional<Image> mask;                            // inpaint: white = repaint
    // Inpaint as AUTOMATIC1111 finishes it: the result pasted over the original picture through the
    // mask blurred by `mask_blur` px (Gaussian sigma), so only the masked part changes. Off for
    // diffusers parity (diffusers returns the decoded image as it is).
    bool inpaint_composite = false;
    int mask_blur = 4;
    // A1111's "Masked content" (image/masked_content.h): 0 fill, 1 original (A1111's default),
    // 2 latent noise, 3 latent nothing — what the masked part starts from.
    int masked_content = 1;
    // A1111's "Inpaint area: Only masked" (image/inpaint_area.h): the mask's box plus
    // `masked_padding` px, widened to width:height, is drawn at width x height and pasted back into
    // the picture at its own size; pixels outside the box stay the input's. Off = whole picture.
    bool inpaint_only_masked = false;
    int masked_padding = 32;
    int clip_skip = 0;                                    // 0 = last layer
    // What attention weights do (A1111's "Emphasis mode"; A1111-style prompts only). Written to
    // the infotext as "Emphasis" when not Original and a prompt has brackets, as A1111 writes it.
    Emphasis emphasis = Emphasis::Original;
    // A1111 by default: it is what users paste, and a prompt without syntax that fits one chunk
    // (75 tokens) gives bit-identical embeddings either way (test_pipeline_prompt_chunks checks
    // it) — except where A1111 itself differs: clip skip > 0 (A1111 applies it to the negative
    // too) and an SDXL negative typed as "" (A1111 uses zeros). Diffusers parity
    // (tests/support/case_request.cpp, `--prompt-style diffusers`) asks
    // for Diffusers: diffusers truncates a long prompt where A1111 chunks it.
    PromptStyle prompt_style = PromptStyle::A1111;
    // SDXL micro-conditioning; absent = the requested size, crop (0,0).
    std::optional<std::pair<int, int>> original_size;     // (width, height)
    std::optional<std::pair<int, int>> target_size;       // (width, height)
    std::pair<int, int> crop_top_left{0, 0};              // (x, y)
    // Hires fix (txt2img only; Pipeline::generate runs it, Pipeline::start refuses it). With it,
    // `stop_at_step` and the reported steps count both passes: first pass, then second.
    std::optional<HiresFix> hires;
    // Face detailer after the image (txt2img and img2img; Pipeline::generate runs it, start refuses it).
    std::optional<FaceDetail> face_detail;
};

struct GenerationResult {
    std::vector<Image> images;        // one per seed, in request order
    std::vector<uint64_t> seeds;
    bool cancelled = false;           // aborted by the cancel flag: no images unless finished early
    int steps_done = 0;               // loop iterations completed
    int total_steps = 0;              // loop iterations of the whole schedule (img2img: after strength)
    bool finished_early() const { return !cancelled && steps_done > 0 && steps_done < total_steps; }
    std::string scheduler_label;      // A1111 label of the scheduler that ran ("DPM++ 2M Karras")
    double seconds = 0;               // wall time of the whole generation
    double encode_seconds = 0;        // of which: prompt encoding
    double decode_seconds = 0;        //           VAE decode of the final latents
    std::vector<int> faces_detailed;  // with a face detailer: faces redrawn (or restored), per image
    std::string face_restorer;        // with a restorer: its kind, "GFPGAN" or "CodeFormer" (A1111's "Face restoration")
};

}  // namespace stipple
