// How a finished generation's images leave the worker: saved as the day's next PNGs with their
// A1111 infotext (the same for a plain generation and a seed-triage cell continued to the end),
// and described for the GUI (thumbnail made and encoded on the worker). Worker-thread code: the
// .cpp uses the service; this header stays free of libtorch.
#pragma once

#include "generation_job.h"

#include <QDate>
#include <QString>

namespace stipple {
class GenerationService;
struct GenerationResult;
struct Image;
}  // namespace stipple

namespace stipple::ui {

// The GUI's view of one result image: the thumbnail (<= 256 px, PNG-encoded for the history) and,
// when `keepFullImage`, the image itself.
GeneratedImage describeImage(const stipple::Image& image, bool keepFullImage);

// Saves every image of `result` (made from `request`) into <outputRoot>/<day>/NNNNN-<seed>.png
// with its infotext, never replacing a file (another Stipple may take the same numbers: then new
// ones are taken) and returns them described — the first with its full image — in result order.
// The day folder is made first. Throws stipple::Error when the folder or a file cannot be written.
QList<GeneratedImage> saveResultImages(stipple::GenerationService& service, const stipple::GenerationRequest& request,
                                       const stipple::GenerationResult& result, const QString& outputRoot,
                                       const QDate& day);

}  // namespace stipple::ui
