#include "pdf/utf8_text.hpp"

namespace intake::pdf {

std::vector<CodePoint> decode_utf8(std::string_view text) {
  std::vector<CodePoint> out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 1;
    char32_t value = 0xFFFD;
    char32_t minimum = 0;
    if (lead < 0x80) {
      value = lead;
    } else if ((lead >> 5) == 0x6) {
      length = 2, value = lead & 0x1F, minimum = 0x80;
    } else if ((lead >> 4) == 0xE) {
      length = 3, value = lead & 0x0F, minimum = 0x800;
    } else if ((lead >> 3) == 0x1E) {
      length = 4, value = lead & 0x07, minimum = 0x10000;
    } else {
      out.push_back({0xFFFD, i, 1});
      ++i;
      continue;
    }
    bool valid = i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next >> 6) != 0x2) valid = false;
      else value = (value << 6) | (next & 0x3F);
    }
    if (!valid || (length > 1 && value < minimum) || value > 0x10FFFF ||
        (value >= 0xD800 && value <= 0xDFFF)) {
      out.push_back({0xFFFD, i, 1});
      ++i;
      continue;
    }
    out.push_back({value, i, length});
    i += length;
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_combining_mark(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F);
}

}  // namespace intake::pdf
