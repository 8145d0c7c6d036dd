#pragma once
// The document's typography (sizes, leading, colours) and the small builders every part of the
// PDF uses: wrapped paragraphs, bullets, headings. One place decides how the record looks.
#include <string>
#include <string_view>
#include <vector>

#include "pdf/layout_types.hpp"
#include "pdf/text_wrap.hpp"

namespace intake::pdf {

struct TextStyle {
  FontFace face = FontFace::regular;
  double size = 9.5;
  double leading = 13.5;
  Rgb color;
};

namespace palette {
inline constexpr Rgb ink{0.11, 0.13, 0.16};
inline constexpr Rgb muted{0.38, 0.42, 0.47};
inline constexpr Rgb accent{0.09, 0.29, 0.40};
inline constexpr Rgb rule{0.80, 0.83, 0.86};
inline constexpr Rgb panel{0.955, 0.963, 0.972};
inline constexpr Rgb white{1, 1, 1};
inline constexpr Rgb stop{0.70, 0.14, 0.10};
inline constexpr Rgb review{0.72, 0.36, 0.02};
inline constexpr Rgb note{0.30, 0.36, 0.44};
inline constexpr Rgb signature_ink{0.05, 0.13, 0.42};    // only signature strokes use it
inline constexpr Rgb signature_frame{0.62, 0.67, 0.72};  // only signature boxes use it
}  // namespace palette

namespace styles {
inline constexpr TextStyle clinic{FontFace::bold, 10.5, 14, palette::accent};
inline constexpr TextStyle title{FontFace::bold, 18, 24, palette::ink};
inline constexpr TextStyle meta{FontFace::regular, 8, 11.5, palette::muted};
inline constexpr TextStyle h1{FontFace::bold, 11.5, 16, palette::accent};
inline constexpr TextStyle h2{FontFace::bold, 10, 14.5, palette::ink};
inline constexpr TextStyle body{FontFace::regular, 9.5, 13.6, palette::ink};
inline constexpr TextStyle body_bold{FontFace::bold, 9.5, 13.6, palette::ink};
inline constexpr TextStyle small{FontFace::regular, 8, 11, palette::muted};
inline constexpr TextStyle small_bold{FontFace::bold, 8, 11, palette::muted};
inline constexpr TextStyle label{FontFace::regular, 7.5, 10, palette::muted};
inline constexpr TextStyle chip{FontFace::bold, 6.5, 10, palette::white};
}  // namespace styles

Rgb severity_color(int severity_rank);  // 0 stop, 1 review, 2 note

class Typesetter {
 public:
  Typesetter(const TextMeasure& measure, double content_width)
      : measure_(measure), content_width_(content_width) {}

  double content_width() const { return content_width_; }
  double text_width(const TextStyle& style, std::string_view text) const;
  std::vector<std::string> wrap(std::string_view text, const TextStyle& style, double width) const;

  // Distance from the top of a line box of the style's leading to the text baseline.
  static double baseline(const TextStyle& style);
  static TextOp text(const TextStyle& style, double x, double line_top, std::string text);
  // The same, right-aligned so that the text ends at right.
  TextOp text_right(const TextStyle& style, double right, double line_top, std::string text) const;

  // Wrapped lines placed from top at x, appended to ops; returns the height used.
  double add_lines(std::vector<DrawOp>& ops, std::string_view text, const TextStyle& style, double x,
                   double top, double width) const;

  Block heading(std::string_view text) const;     // section heading with a rule under it
  Block subheading(std::string_view text) const;  // e.g. a consent section title
  Block paragraph(std::string_view text, const TextStyle& style, double indent = 0) const;
  Block bullet(std::string_view text, const TextStyle& style, double indent = 0) const;
  // A small coloured label like "STOP"; returns its width.
  double add_chip(std::vector<DrawOp>& ops, std::string_view text, Rgb color, double x, double top) const;

 private:
  const TextMeasure& measure_;
  double content_width_;
};

}  // namespace intake::pdf
