#include "pipeline/face_detailer.h"

#include "common/error.h"
#include "image/face_region.h"
#include "image/face_restorer.h"
#include "image/masked_content.h"
#include "pipeline/text_conditioning.h"

#include <algorithm>
#include <chrono>

namespace stipple {

namespace {

void check_options(const FaceDetail& o) {
    if (!(o.strength > 0 && o.strength <= 1))
        throw Error("the face detailer's denoising strength must be in (0, 1], not " + std::to_string(o.strength));
    if (o.padding < 0 || o.padding > 4096)
        throw Error("the face detailer's padding must be between 0 and 4096 px, not " + std::to_string(o.padding));
    if (o.max_faces < 1 || o.max_faces > 64)
        throw Error("the face detailer redraws 1 to 64 faces per image, not " + std::to_string(o.max_faces));
    if (!(o.visibility >= 0 && o.visibility <= 1))
        throw Error("face restoration visibility must be between 0 and 1, not " + std::to_string(o.visibility));
    if (!(o.codeformer_weight >= 0 && o.codeformer_weight <= 1))
        throw Error("the CodeFormer weight must be between 0 and 1, not " + std::to_string(o.codeformer_weight));
}

// The request's images as without it, then each image's faces restored by the model file. The
// detector and the model are loaded first: a wrong file costs no diffusion steps.
GenerationResult generate_face_restored(Pipeline& pipeline, const GenerationRequest& request, StepObserver* observer,
                                        RunControl* control) {
    const FaceDetail& options = *request.face_detail;
    const FaceDetector detector(options.detector);
    FaceRestorer restorer(options.restorer);
    const auto t0 = std::chrono::steady_clock::now();
    GenerationRequest plain = request;
    plain.face_detail.reset();
    GenerationResult result = pipeline.generate(plain, observer, control);
    if (result.cancelled) return result;
    FaceRestoreOptions restore;
    restore.visibility = options.visibility;
    restore.codeformer_weight = options.codeformer_weight;
    for (Image& image : result.images) {
        if (control && control->cancel) {  // a few seconds per face on a CPU: stoppable between images
            result.images.clear();
            result.cancelled = true;
            return result;
        }
        const RestoredFaces r = restorer.restore(image, detector.detect(image, options.max_faces), restore);
        image = r.image;
        result.faces_detailed.push_back(static_cast<int>(r.faces.size()));
    }
    result.face_restorer = restorer.label();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return result;
}

}  // namespace

DetailedImage detail_faces(Pipeline& pipeline, const FaceDetector& detector, const Image& picture,
                           const GenerationRequest& base, const std::string& prompt, const std::string& negative,
                           uint64_t seed, const FaceDetail& options, StepObserver* observer, RunControl* control) {
    check_options(options);
    DetailedImage out;
    out.image = picture;
    out.faces = detector.detect(picture, options.max_faces);
    for (const FaceBox& face : out.faces) {
        GenerationRequest q;
        q.prompt = options.prompt.empty() ? prompt : options.prompt;
        q.negative_prompt = negative;
        q.seeds = {seed};
        q.steps = base.steps;
        q.guidance_scale = base.guidance_scale;
        q.scheduler = base.scheduler;
        q.scheduler_options = base.scheduler_options;
        q.width = base.width;
        q.height = base.height;
        q.noise_source = base.noise_source;
        q.eta_noise_seed_delta = base.eta_noise_seed_delta;
        q.sde_noise = base.sde_noise;
        q.deep_cache_interval = base.deep_cache_interval;  // the faces as fast as the picture
        q.clip_skip = base.clip_skip;
        q.emphasis = base.emphasis;
        q.prompt_style = base.prompt_style;
        q.init_image = out.image;
        q.mask = face_mask(picture.width, picture.height, face);
        q.strength = options.strength;
        q.masked_content = static_cast<int>(MaskedContent::Original);
        q.inpaint_only_masked = true;
        q.masked_padding = options.padding;
        q.inpaint_composite = true;
        q.mask_blur = 4;
        const GenerationResult r = pipeline.generate(q, observer, control);
        if (r.cancelled || r.images.empty()) {
            out.cancelled = true;
            return out;
        }
        out.image = r.images.front();
    }
    return out;
}

GenerationResult generate_face_detailed(Pipeline& pipeline, const GenerationRequest& request, StepObserver* observer,
                                        RunControl* control) {
    if (!request.face_detail) throw Error("generate_face_detailed needs a face detailer request");
    const FaceDetail options = *request.face_detail;
    check_options(options);
    if (!options.restorer.empty()) return generate_face_restored(pipeline, request, observer, control);
    const FaceDetector detector(options.detector);  // before any compute: a missing model costs nothing
    const auto t0 = std::chrono::steady_clock::now();
    GenerationRequest plain = request;
    plain.face_detail.reset();
    GenerationResult result = pipeline.generate(plain, observer, control);
    if (result.cancelled) return result;
    const std::vector<std::string> prompts = request_prompts(request);
    std::vector<std::string> negatives = request_negatives(request);
    const size_t n = result.images.size();
    for (size_t i = 0; i < n; ++i) {
        // Images are prompt-major: image i belongs to prompt i / (n / prompts).
        const size_t per_prompt = std::max<size_t>(1, n / std::max<size_t>(1, prompts.size()));
        const size_t p = std::min(prompts.size() - 1, i / per_prompt);
        const std::string negative = negatives.empty() ? "" : negatives[std::min(negatives.size() - 1, p)];
        const DetailedImage d = detail_faces(pipeline, detector, result.images[i], request, prompts[p], negative,
                                             result.seeds[i], options, observer, control);
        if (d.cancelled) {
            result.images.clear();
            result.cancelled = true;
            return result;
        }
        result.images[i] = d.image;
        result.faces_detailed.push_back(static_cast<int>(d.faces.size()));
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return result;
}

}  // namespace stipple
