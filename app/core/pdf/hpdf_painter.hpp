#pragma once
// Draws laid-out pages with libharu. Layout space has y growing downwards; PDF space grows
// upwards, so every y is flipped here and nowhere else.
#include <hpdf.h>

#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "pdf/layout_types.hpp"
#include "pdf/text_wrap.hpp"

namespace intake::pdf {

struct HpdfFonts {
  HPDF_Font regular = nullptr;
  HPDF_Font bold = nullptr;
  HPDF_Font get(FontFace face) const { return face == FontFace::bold ? bold : regular; }
};

// Text widths exactly as libharu will draw them (HPDF_Font_TextWidth on the embedded subset).
class HpdfTextMeasure : public TextMeasure {
 public:
  explicit HpdfTextMeasure(HpdfFonts fonts) : fonts_(fonts) {}
  double width(FontFace face, double size, std::string_view text) const override;

 private:
  HpdfFonts fonts_;
};

Status paint_page(HPDF_Doc doc, const std::vector<DrawOp>& ops, const HpdfFonts& fonts,
                  const PageGeometry& geometry);

}  // namespace intake::pdf
