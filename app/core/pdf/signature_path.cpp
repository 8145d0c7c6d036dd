#include "pdf/signature_path.hpp"

#include <algorithm>
#include <cmath>

namespace intake::pdf {
namespace {

// A hundredth of a point is far below what a printer or a screen can show; fewer digits keep
// the content stream (and the archived file) small.
double round_to_hundredths(double v) { return std::round(v * 100) / 100; }

Point rounded(Point p) { return Point{round_to_hundredths(p.x), round_to_hundredths(p.y)}; }

}  // namespace

Box fit_pad_into_box(double pad_width, double pad_height, const Box& box) {
  if (pad_width <= 0 || pad_height <= 0) return box;
  const double scale = std::min(box.width / pad_width, box.height / pad_height);
  const double width = pad_width * scale;
  const double height = pad_height * scale;
  return Box{box.x + (box.width - width) / 2, box.y + (box.height - height) / 2, width, height};
}

std::vector<VectorStroke> signature_to_curves(const SignatureInput& signature, const Box& box) {
  const Box pad = fit_pad_into_box(signature.pad_width, signature.pad_height, box);
  const double scale = signature.pad_width > 0 ? pad.width / signature.pad_width : 1.0;
  std::vector<VectorStroke> curves;
  for (const Stroke& stroke : signature.strokes) {
    std::vector<Point> points;
    points.reserve(stroke.size());
    for (const StrokePoint& p : stroke) {
      // A finger that slides off the pad's edge must not draw outside the signature box.
      const double px = std::clamp(p.x, 0.0, signature.pad_width);
      const double py = std::clamp(p.y, 0.0, signature.pad_height);
      const Point mapped = rounded(Point{pad.x + px * scale, pad.y + py * scale});
      if (!points.empty() && points.back().x == mapped.x && points.back().y == mapped.y) continue;
      points.push_back(mapped);
    }
    if (points.empty()) continue;
    VectorStroke curve;
    curve.start = points.front();
    // Uniform Catmull-Rom through p1..p2 with neighbours p0, p3 (ends repeat their point):
    // Bézier controls are p1 + (p2 - p0) / 6 and p2 - (p3 - p1) / 6.
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
      const Point& p0 = points[i == 0 ? 0 : i - 1];
      const Point& p1 = points[i];
      const Point& p2 = points[i + 1];
      const Point& p3 = points[std::min(i + 2, points.size() - 1)];
      curve.segments.push_back(CubicSegment{
          rounded(Point{p1.x + (p2.x - p0.x) / 6, p1.y + (p2.y - p0.y) / 6}),
          rounded(Point{p2.x - (p3.x - p1.x) / 6, p2.y - (p3.y - p1.y) / 6}),
          p2,
      });
    }
    curves.push_back(std::move(curve));
  }
  return curves;
}

}  // namespace intake::pdf
