#include "session/signature_check.hpp"

#include <algorithm>
#include <cmath>

namespace intake {

namespace {
// Shares of the pad's width: a real signature spans a good part of the pad and its strokes
// are long; a dot or a tick does neither. Chosen so a short written name (e.g. "Li") passes.
constexpr float kMinWidthShare = 0.12f;
constexpr float kMinHeightShare = 0.04f;
constexpr float kMinPathShare = 0.35f;
constexpr std::size_t kMinPoints = 8;
}  // namespace

SignatureExtent measure_signature(const SignatureDrawing& drawing) {
  SignatureExtent extent;
  bool first = true;
  for (const Stroke& stroke : drawing.strokes) {
    for (std::size_t i = 0; i < stroke.size(); ++i) {
      const StrokePoint& p = stroke[i];
      if (first) {
        extent.min_x = extent.max_x = p.x;
        extent.min_y = extent.max_y = p.y;
        first = false;
      }
      extent.min_x = std::min(extent.min_x, p.x);
      extent.max_x = std::max(extent.max_x, p.x);
      extent.min_y = std::min(extent.min_y, p.y);
      extent.max_y = std::max(extent.max_y, p.y);
      if (i > 0) extent.path_length += std::hypot(p.x - stroke[i - 1].x, p.y - stroke[i - 1].y);
      ++extent.points;
    }
  }
  return extent;
}

Status check_signature(const SignatureDrawing& drawing) {
  if (drawing.width <= 0 || drawing.height <= 0)
    return Error{"The signature has no pad size (width and height must be positive)."};
  if (drawing.empty()) return Error{"There is no signature."};
  const SignatureExtent extent = measure_signature(drawing);
  if (extent.points < kMinPoints || extent.max_x - extent.min_x < drawing.width * kMinWidthShare ||
      extent.max_y - extent.min_y < drawing.height * kMinHeightShare ||
      extent.path_length < drawing.width * kMinPathShare)
    return Error{"The signature is too small to be a signature."};
  return ok_status();
}

}  // namespace intake
