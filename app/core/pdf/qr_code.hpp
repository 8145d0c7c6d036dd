#pragma once
// QR codes through libqrencode, turned into filled rectangles for the PDF (runs of dark modules
// in a row are merged, so a code is a few hundred rectangles in a single path).
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "pdf/layout_types.hpp"

namespace intake::pdf {

struct QrMatrix {
  int size = 0;            // modules per side, without the quiet zone
  std::vector<bool> dark;  // row-major, size * size
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)]; }
};

// Error correction level M: survives a crease or a smudge on a printed page.
Result<QrMatrix> encode_qr(std::string_view payload);

// The dark modules as rectangles with the top-left module at (x, y).
FilledRectsOp qr_rectangles(const QrMatrix& matrix, double x, double y, double module, Rgb color);

}  // namespace intake::pdf
