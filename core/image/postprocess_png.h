// The PNG of a post-processed image (an upscale), as AUTOMATIC1111's extras tab writes it: the
// source PNG's own text chunks kept (its generation `parameters`), and the post-processing steps
// ("Postprocess upscale by: 4, Postprocess upscaler: Lanczos") in both a "postprocessing" and an
// "extras" chunk (modules/postprocessing.py run_postprocessing + images.save_image). Shared by
// `stipple-cli upscale` and the app's "Upscale" on a gallery image, so both write the same text.
#pragma once

#include "common/image.h"
#include "image/png_text.h"

#include <string>
#include <utility>
#include <vector>

namespace stipple {

using PngTextPairs = std::vector<std::pair<std::string, std::string>>;

// A1111's pp.info of an upscale, in its order: "Postprocess upscale by" `scale` (written as A1111
// writes numbers: 4, 2.5) and "Postprocess upscaler" `upscaler` (the upscaler's name()).
PngTextPairs upscale_by_info(double scale, const std::string& upscaler);
// The same for an upscale to an exact size: "Postprocess upscale to" "WxH".
PngTextPairs upscale_to_info(int width, int height, const std::string& upscaler);

// A1111's pp.info of a face restoration in the extras tab: "GFPGAN visibility", or "CodeFormer
// visibility" and "CodeFormer weight" (`kind` "GFPGAN" / "CodeFormer"), rounded to 3 places as A1111 does.
PngTextPairs face_restore_info(const std::string& kind, double visibility, double codeformer_weight);

// `info` as one infotext line: "Key: value, Key: value", values quoted as A1111's quote() does.
std::string postprocess_infotext(const PngTextPairs& info);

// The text chunks of the post-processed PNG: every chunk of `source` in file order except earlier
// "postprocessing" / "extras" ones (replaced, as A1111 replaces them), then "postprocessing" and
// "extras" both holding postprocess_infotext(info).
PngTextPairs postprocessed_png_text(const std::vector<PngTextChunk>& source, const PngTextPairs& info);

// Writes the PNG of `image` with `text` to `path`, which must not exist: the file is written whole
// under a temporary name and linked to `path` only if that name is still free (atomic), so an
// existing file is never replaced and no half-written file is ever visible. Throws stipple::Error
// naming the path when it exists ("… already exists") or cannot be written; nothing is left then.
void write_new_png_with_text(const std::string& path, const Image& image, const PngTextPairs& text);

}  // namespace stipple
