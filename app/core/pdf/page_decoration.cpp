#include "pdf/page_decoration.hpp"

namespace intake::pdf {
namespace {

// Shrinks to fit first (long names), then cuts with an ellipsis as a last resort.
TextOp fitted_text(const Typesetter& type, TextStyle style, double x, double top, std::string text,
                   double max_width) {
  while (style.size > 6 && type.text_width(style, text) > max_width) style.size -= 0.25;
  if (type.text_width(style, text) > max_width) {
    std::vector<std::string> lines = type.wrap(text, style, max_width - 8);
    text = (lines.empty() ? std::string() : lines.front()) + "…";
  }
  return Typesetter::text(style, x, top, std::move(text));
}

}  // namespace

std::vector<DrawOp> page_decoration(const DecorationText& text, const PdfLabels& labels,
                                    const PageGeometry& g, const Typesetter& type, PageSet set,
                                    int page_number, int page_count, bool first_page_of_set) {
  std::vector<DrawOp> ops;
  const double left = g.margin_left;
  const double right = g.width - g.margin_right;
  const TextStyle footer{FontFace::regular, 7.5, 10, palette::muted};

  const double footer_top = g.height - 46;
  ops.push_back(LineOp{left, footer_top, right, footer_top, palette::rule, 0.5});
  std::string page_label = fill_label(labels.page_n_of_m, "n", std::to_string(page_number));
  page_label = fill_label(page_label, "m", std::to_string(page_count));
  const TextStyle page_style{FontFace::bold, 7.5, 10, palette::muted};
  const double page_label_width = type.text_width(page_style, page_label);
  ops.push_back(type.text_right(page_style, right, footer_top + 6, page_label));
  ops.push_back(fitted_text(type, footer, left, footer_top + 6, text.footer_identity,
                            right - left - page_label_width - 24));

  if (!first_page_of_set) {
    const std::string& title = set == PageSet::aftercare ? text.aftercare_title
                               : set == PageSet::review  ? text.review_title
                                                         : text.record_title;
    const TextStyle clinic{FontFace::bold, 7.5, 10, palette::accent};
    const double clinic_width = std::min(type.text_width(clinic, text.clinic_name), (right - left) / 2 - 12);
    ops.push_back(fitted_text(type, clinic, left, 34, text.clinic_name, (right - left) / 2 - 12));
    const double title_room = right - left - clinic_width - 24;
    const TextStyle title_style{FontFace::regular, 7.5, 10, palette::muted};
    if (type.text_width(title_style, title) <= title_room) {
      ops.push_back(type.text_right(title_style, right, 34, title));
    } else {
      ops.push_back(fitted_text(type, title_style, right - title_room, 34, title, title_room));
    }
    ops.push_back(LineOp{left, 48, right, 48, palette::rule, 0.5});
  }
  return ops;
}

}  // namespace intake::pdf
