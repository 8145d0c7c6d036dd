#include "pdf/layout_types.hpp"

namespace intake::pdf {
namespace {

void move(Point& p, double dx, double dy) {
  p.x += dx;
  p.y += dy;
}

}  // namespace

void translate(DrawOp& op, double dx, double dy) {
  std::visit(
      [&](auto& o) {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, TextOp>) {
          o.x += dx;
          o.baseline += dy;
        } else if constexpr (std::is_same_v<T, RectOp>) {
          o.x += dx;
          o.y += dy;
        } else if constexpr (std::is_same_v<T, LineOp>) {
          o.x1 += dx, o.x2 += dx, o.y1 += dy, o.y2 += dy;
        } else if constexpr (std::is_same_v<T, CurvesOp>) {
          for (VectorStroke& s : o.strokes) {
            move(s.start, dx, dy);
            for (CubicSegment& c : s.segments) {
              move(c.control1, dx, dy);
              move(c.control2, dx, dy);
              move(c.end, dx, dy);
            }
          }
        } else if constexpr (std::is_same_v<T, FilledRectsOp>) {
          for (Box& r : o.rects) r.x += dx, r.y += dy;
        }
      },
      op);
}

Block unbroken_block(Unit unit, double space_before, double space_after) {
  Block block;
  block.units.push_back(std::move(unit));
  block.keep_together = true;
  block.space_before = space_before;
  block.space_after = space_after;
  return block;
}

}  // namespace intake::pdf
