#pragma once
// The display list between composition and drawing. Composition turns the record into blocks
// of units (a unit is an unbreakable strip: one line of text, one answer row, a signature
// box); pagination places units on pages; the painter draws them with libharu. Coordinates are
// points with y growing downwards from the unit's (later the page's) top edge.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "pdf/signature_path.hpp"

namespace intake::pdf {

enum class FontFace { regular, bold };

struct Rgb {
  double r = 0;
  double g = 0;
  double b = 0;
};

struct TextOp {
  FontFace face = FontFace::regular;
  double size = 10;
  Rgb color;
  double x = 0;
  double baseline = 0;
  std::string text;
};

struct RectOp {
  double x = 0, y = 0, width = 0, height = 0;
  std::optional<Rgb> fill;
  std::optional<Rgb> stroke;
  double line_width = 0.5;
};

struct LineOp {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  Rgb color;
  double width = 0.5;
};

// Signature ink: round caps and joins, one stroke colour.
struct CurvesOp {
  std::vector<VectorStroke> strokes;
  Rgb color;
  double width = 1;
};

// Many filled rectangles in one path (QR modules).
struct FilledRectsOp {
  std::vector<Box> rects;
  Rgb fill;
};

using DrawOp = std::variant<TextOp, RectOp, LineOp, CurvesOp, FilledRectsOp>;

struct Unit {
  double height = 0;
  std::vector<DrawOp> ops;
};

// Which part of the PDF a block belongs to; a new part always starts on a new page.
enum class PageSet { record, aftercare, review };

struct Block {
  std::vector<Unit> units;
  double space_before = 0;  // dropped at the top of a page
  double space_after = 0;
  bool keep_together = false;   // never split (unless taller than a whole page)
  bool keep_with_next = false;  // headings: stay on the page of what follows
  PageSet page_set = PageSet::record;
};

// One unit as a block that is never split across pages.
Block unbroken_block(Unit unit, double space_before = 0, double space_after = 0);

struct Page {
  PageSet page_set = PageSet::record;
  std::vector<DrawOp> ops;  // page coordinates, y down from the top edge
};

struct PageGeometry {
  double width = 595.276;  // A4
  double height = 841.89;
  double margin_left = 54;
  double margin_right = 54;
  double first_page_top = 46;           // page 1 has no running header
  double later_page_top = 70;           // below the running header
  double content_bottom = 841.89 - 62;  // above the footer
  double content_width() const { return width - margin_left - margin_right; }
};

void translate(DrawOp& op, double dx, double dy);

}  // namespace intake::pdf
