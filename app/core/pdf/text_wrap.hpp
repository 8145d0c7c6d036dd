#pragma once
// Greedy word wrap at spaces, UTF-8 aware. A newline forces a break; a word wider than the line
// (an e-mail address, a hash) is broken between characters, never inside a combining sequence.
#include <string>
#include <string_view>
#include <vector>

#include "pdf/layout_types.hpp"

namespace intake::pdf {

// Width of a run of text in points, as the PDF will draw it.
class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  virtual double width(FontFace face, double size, std::string_view text) const = 0;
};

std::vector<std::string> wrap_text(std::string_view text, double max_width, FontFace face, double size,
                                   const TextMeasure& measure);

}  // namespace intake::pdf
