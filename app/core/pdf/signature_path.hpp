#pragma once
// Turns signature pad strokes into smooth vector curves for the PDF. Each stroke passes through
// every sampled point (Catmull-Rom), written as cubic Béziers, so the curve is faithful to what
// was drawn. The whole pad (not just the ink) is scaled uniformly into the target box and
// centred: the signature keeps its size and place relative to the pad, and its aspect ratio.
#include <vector>

#include "pdf/consent_pdf_input.hpp"

namespace intake::pdf {

struct Point {
  double x = 0;
  double y = 0;
};

struct CubicSegment {
  Point control1;
  Point control2;
  Point end;
};

// A stroke with no segments is a single dot at start.
struct VectorStroke {
  Point start;
  std::vector<CubicSegment> segments;
};

struct Box {
  double x = 0;  // left
  double y = 0;  // top (layout space, y grows downwards like the pad)
  double width = 0;
  double height = 0;
};

// The rectangle the pad occupies inside box after uniform scaling and centring.
Box fit_pad_into_box(double pad_width, double pad_height, const Box& box);

// Pad points -> box coordinates, then Catmull-Rom -> Bézier. Consecutive duplicate points are
// skipped (they add nothing but zero-length segments).
std::vector<VectorStroke> signature_to_curves(const SignatureInput& signature, const Box& box);

}  // namespace intake::pdf
