// Where a found face is, as the two face tools use it: the ellipse both paste through (the face
// detailer's inpaint mask, the face restorer's blend mask) and the square crop a restoration
// model sees.
#pragma once

#include "common/image.h"
#include "image/face_detect.h"
#include "image/inpaint_area.h"

namespace stipple {

// An ellipse filling the face's box, 10 % larger (chin and hairline included), white on black,
// `width` x `height`.
Image face_mask(int width, int height, const FaceBox& face);

// A square around the face's centre, `scale` times the face box's longer side, moved inside the
// width x height picture where it sticks out and, in a picture too small for it, shrunk to the
// picture's shorter side: always square and inside the picture (never empty for a face inside it).
CropBox square_face_crop(const FaceBox& face, double scale, int width, int height);

}  // namespace stipple
