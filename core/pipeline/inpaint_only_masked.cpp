#include "pipeline/inpaint_only_masked.h"

#include "common/error.h"
#include "image/inpaint_area.h"
#include "image/resize_mode.h"

namespace stipple {

GenerationResult generate_only_masked(Pipeline& pipeline, const GenerationRequest& request, StepObserver* observer,
                                      RunControl* control) {
    if (!request.init_image || !request.mask) throw Error("\"only masked\" inpainting needs a picture and a mask");
    const Image& picture = *request.init_image;
    if (picture.empty()) throw Error("the inpainting picture is empty (0 pixels)");
    if (request.masked_padding < 0 || request.masked_padding > 4096)
        throw Error("masked area padding must be between 0 and 4096 px, not " + std::to_string(request.masked_padding));
    const Image mask = request.mask->width == picture.width && request.mask->height == picture.height
                           ? *request.mask
                           : resize_image(*request.mask, picture.width, picture.height, ResizeMode::JustResize);
    const MaskCoverage coverage = blurred_mask_coverage(mask, request.mask_blur);
    const int width = request.width > 0 ? request.width : pipeline.info().default_width;
    const int height = request.height > 0 ? request.height : pipeline.info().default_height;
    CropBox box = mask_crop_region(coverage, request.masked_padding);
    if (box.empty()) throw Error("the mask is empty: paint the part to redraw, or choose \"Whole picture\"");
    box = expand_crop_region(box, width, height, picture.width, picture.height);

    GenerationRequest inner = request;
    inner.inpaint_only_masked = false;
    inner.inpaint_composite = false;  // pasted back below, through the blurred mask
    inner.width = width;
    inner.height = height;
    inner.resize_mode = 0;  // both already at width x height
    inner.init_image = resize_image(crop_image(picture, box), width, height, ResizeMode::ResizeAndFill);
    inner.mask = resize_image(crop_image(coverage_image(coverage), box), width, height, ResizeMode::ResizeAndFill);
    GenerationResult result = pipeline.generate(inner, observer, control);
    for (Image& image : result.images) image = paste_masked_area(picture, image, box, coverage);
    return result;
}

}  // namespace stipple
