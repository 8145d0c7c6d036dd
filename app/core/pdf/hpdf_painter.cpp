#include "pdf/hpdf_painter.hpp"

namespace intake::pdf {
namespace {

class Painter {
 public:
  Painter(HPDF_Page page, const HpdfFonts& fonts, double height)
      : page_(page), fonts_(fonts), height_(height) {}

  void operator()(const TextOp& op) {
    if (op.text.empty()) return;
    HPDF_Page_SetRGBFill(page_, op.color.r, op.color.g, op.color.b);
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, fonts_.get(op.face), op.size);
    HPDF_Page_TextOut(page_, op.x, y(op.baseline), op.text.c_str());
    HPDF_Page_EndText(page_);
  }
  void operator()(const RectOp& op) {
    if (op.fill) HPDF_Page_SetRGBFill(page_, op.fill->r, op.fill->g, op.fill->b);
    if (op.stroke) {
      HPDF_Page_SetRGBStroke(page_, op.stroke->r, op.stroke->g, op.stroke->b);
      HPDF_Page_SetLineWidth(page_, op.line_width);
    }
    HPDF_Page_Rectangle(page_, op.x, y(op.y + op.height), op.width, op.height);
    if (op.fill && op.stroke)
      HPDF_Page_FillStroke(page_);
    else if (op.fill)
      HPDF_Page_Fill(page_);
    else if (op.stroke)
      HPDF_Page_Stroke(page_);
    else
      HPDF_Page_EndPath(page_);
  }
  void operator()(const LineOp& op) {
    HPDF_Page_SetRGBStroke(page_, op.color.r, op.color.g, op.color.b);
    HPDF_Page_SetLineWidth(page_, op.width);
    HPDF_Page_MoveTo(page_, op.x1, y(op.y1));
    HPDF_Page_LineTo(page_, op.x2, y(op.y2));
    HPDF_Page_Stroke(page_);
  }
  void operator()(const CurvesOp& op) {
    if (op.strokes.empty()) return;
    HPDF_Page_GSave(page_);
    HPDF_Page_SetRGBStroke(page_, op.color.r, op.color.g, op.color.b);
    HPDF_Page_SetLineWidth(page_, op.width);
    HPDF_Page_SetLineCap(page_, HPDF_ROUND_END);
    HPDF_Page_SetLineJoin(page_, HPDF_ROUND_JOIN);
    for (const VectorStroke& stroke : op.strokes) {
      HPDF_Page_MoveTo(page_, stroke.start.x, y(stroke.start.y));
      if (stroke.segments.empty()) {
        // A dot: a zero-length line with round caps prints as a round dot.
        HPDF_Page_LineTo(page_, stroke.start.x, y(stroke.start.y));
      }
      for (const CubicSegment& s : stroke.segments) {
        HPDF_Page_CurveTo(page_, s.control1.x, y(s.control1.y), s.control2.x, y(s.control2.y), s.end.x,
                          y(s.end.y));
      }
    }
    HPDF_Page_Stroke(page_);
    HPDF_Page_GRestore(page_);
  }
  void operator()(const FilledRectsOp& op) {
    if (op.rects.empty()) return;
    HPDF_Page_SetRGBFill(page_, op.fill.r, op.fill.g, op.fill.b);
    for (const Box& r : op.rects) HPDF_Page_Rectangle(page_, r.x, y(r.y + r.height), r.width, r.height);
    HPDF_Page_Fill(page_);
  }

 private:
  double y(double layout_y) const { return height_ - layout_y; }
  HPDF_Page page_;
  const HpdfFonts& fonts_;
  double height_;
};

}  // namespace

double HpdfTextMeasure::width(FontFace face, double size, std::string_view text) const {
  if (text.empty()) return 0;
  const HPDF_TextWidth tw = HPDF_Font_TextWidth(
      fonts_.get(face), reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
  return tw.width * size / 1000.0;
}

Status paint_page(HPDF_Doc doc, const std::vector<DrawOp>& ops, const HpdfFonts& fonts,
                  const PageGeometry& geometry) {
  HPDF_Page page = HPDF_AddPage(doc);
  if (page == nullptr) return Error{"The PDF library could not add a page."};
  HPDF_Page_SetWidth(page, geometry.width);
  HPDF_Page_SetHeight(page, geometry.height);
  Painter painter(page, fonts, geometry.height);
  for (const DrawOp& op : ops) std::visit(painter, op);
  return ok_status();
}

}  // namespace intake::pdf
