#pragma once
// Whether a drawing can stand as a signature: a dot, a tap or a tiny scribble cannot. The pad
// and the submission path both ask this, so the kiosk and `submit` refuse the same drawings.
#include "common/result.hpp"
#include "session/intake_session.hpp"

namespace intake {

struct SignatureExtent {
  float min_x = 0, min_y = 0, max_x = 0, max_y = 0;  // bounding box in pad units
  float path_length = 0;                             // total length of all strokes
  std::size_t points = 0;
};

SignatureExtent measure_signature(const SignatureDrawing& drawing);

// Errors name what is wrong in one plain sentence (shown to staff/CLI; the pad shows its own
// friendly text).
Status check_signature(const SignatureDrawing& drawing);

}  // namespace intake
