// Inpainting with A1111's "Inpaint area: Only masked" (image/inpaint_area.h): the masked box of
// the picture is drawn at the request's full size by the pipeline's own inpaint, then pasted back.
#pragma once

#include "pipeline/pipeline.h"

namespace stipple {

// `request` has inpaint_only_masked, an init image and a mask (the mask is stretched to the
// picture when their sizes differ). Runs `pipeline.generate` once on the inner request (the box,
// resized with "resize and fill" to width x height; the blurred mask cut the same way; no
// composite of its own) and returns images of the picture's size in which only the box changed.
// An all-black mask is refused (nothing to inpaint). Steps, previews and cancel are the inner run's.
GenerationResult generate_only_masked(Pipeline& pipeline, const GenerationRequest& request, StepObserver* observer,
                                      RunControl* control);

}  // namespace stipple
