#include "pdf/typesetter.hpp"

namespace intake::pdf {

Rgb severity_color(int rank) {
  if (rank == 0) return palette::stop;
  if (rank == 1) return palette::review;
  return palette::note;
}

double Typesetter::text_width(const TextStyle& style, std::string_view text) const {
  return measure_.width(style.face, style.size, text);
}

std::vector<std::string> Typesetter::wrap(std::string_view text, const TextStyle& style, double width) const {
  return wrap_text(text, width, style.face, style.size, measure_);
}

double Typesetter::baseline(const TextStyle& style) {
  // Noto Sans: ascender 1.069 em, descender 0.293 em; centre that box in the line.
  return (style.leading - style.size * 1.362) / 2 + style.size * 1.069;
}

TextOp Typesetter::text(const TextStyle& style, double x, double line_top, std::string text) {
  return TextOp{style.face, style.size, style.color, x, line_top + baseline(style), std::move(text)};
}

TextOp Typesetter::text_right(const TextStyle& style, double right, double line_top, std::string text) const {
  const double width = text_width(style, text);
  return Typesetter::text(style, right - width, line_top, std::move(text));
}

double Typesetter::add_lines(std::vector<DrawOp>& ops, std::string_view text, const TextStyle& style,
                             double x, double top, double width) const {
  double y = top;
  for (std::string& line : wrap(text, style, width)) {
    if (!line.empty()) ops.push_back(Typesetter::text(style, x, y, std::move(line)));
    y += style.leading;
  }
  return y - top;
}

Block Typesetter::heading(std::string_view text) const {
  Unit unit;
  unit.height = 22;
  unit.ops.push_back(Typesetter::text(styles::h1, 0, 0, std::string(text)));
  unit.ops.push_back(LineOp{0, 18.5, content_width_, 18.5, palette::rule, 0.6});
  Block block;
  block.units.push_back(std::move(unit));
  block.space_before = 18;
  block.space_after = 4;
  block.keep_with_next = true;
  return block;
}

Block Typesetter::subheading(std::string_view text) const {
  Block block = paragraph(text, styles::h2);
  block.space_before = 9;
  block.space_after = 1;
  block.keep_with_next = true;
  return block;
}

Block Typesetter::paragraph(std::string_view text, const TextStyle& style, double indent) const {
  Block block;
  for (std::string& line : wrap(text, style, content_width_ - indent)) {
    Unit unit;
    unit.height = style.leading;
    if (!line.empty()) unit.ops.push_back(Typesetter::text(style, indent, 0, std::move(line)));
    block.units.push_back(std::move(unit));
  }
  block.space_after = 4;
  return block;
}

Block Typesetter::bullet(std::string_view text, const TextStyle& style, double indent) const {
  constexpr double kHang = 13;
  Block block;
  bool first = true;
  for (std::string& line : wrap(text, style, content_width_ - indent - kHang)) {
    Unit unit;
    unit.height = style.leading;
    if (first) {
      // A small filled square reads as a bullet in any language and needs no extra glyph.
      const double size = style.size * 0.32;
      const double y = baseline(style) - style.size * 0.36 - size / 2;
      unit.ops.push_back(RectOp{indent + 3, y, size, size, palette::accent, std::nullopt, 0});
    }
    unit.ops.push_back(Typesetter::text(style, indent + kHang, 0, std::move(line)));
    block.units.push_back(std::move(unit));
    first = false;
  }
  block.space_after = 2.5;
  return block;
}

double Typesetter::add_chip(std::vector<DrawOp>& ops, std::string_view text, Rgb color, double x,
                            double top) const {
  const double width = text_width(styles::chip, text) + 8;
  ops.push_back(RectOp{x, top, width, styles::chip.leading, color, std::nullopt, 0});
  ops.push_back(Typesetter::text(styles::chip, x + 4, top, std::string(text)));
  return width;
}

}  // namespace intake::pdf
