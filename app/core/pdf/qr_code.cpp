#include "pdf/qr_code.hpp"

#include <qrencode.h>

#include <memory>
#include <string>

namespace intake::pdf {
namespace {

struct QrCodeDeleter {
  void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeDeleter>;

}  // namespace

Result<QrMatrix> encode_qr(std::string_view payload) {
  if (payload.empty()) return Error{"The verification QR code has no content."};
  const std::string text(payload);  // libqrencode wants a NUL-terminated string
  QrCodePtr code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M));
  if (!code) return Error{"The verification QR code could not be made (content too long?)."};
  QrMatrix matrix;
  matrix.size = code->width;
  matrix.dark.resize(static_cast<std::size_t>(code->width * code->width));
  for (int i = 0; i < code->width * code->width; ++i) {
    matrix.dark[static_cast<std::size_t>(i)] = (code->data[i] & 1) != 0;
  }
  return matrix;
}

FilledRectsOp qr_rectangles(const QrMatrix& matrix, double x, double y, double module, Rgb color) {
  FilledRectsOp op;
  op.fill = color;
  for (int row = 0; row < matrix.size; ++row) {
    int col = 0;
    while (col < matrix.size) {
      if (!matrix.at(col, row)) {
        ++col;
        continue;
      }
      const int start = col;
      while (col < matrix.size && matrix.at(col, row)) ++col;
      op.rects.push_back(Box{x + start * module, y + row * module, (col - start) * module, module});
    }
  }
  return op;
}

}  // namespace intake::pdf
