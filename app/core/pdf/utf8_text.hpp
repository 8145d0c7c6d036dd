#pragma once
// UTF-8 decoding for layout and font subsetting. Invalid bytes decode as U+FFFD, never crash.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace intake::pdf {

// One decoded code point and the byte range it came from.
struct CodePoint {
  char32_t value;
  std::size_t offset;
  std::size_t length;
};

std::vector<CodePoint> decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);

// Combining marks stay glued to their base letter when a long word has to be broken.
bool is_combining_mark(char32_t code_point);

}  // namespace intake::pdf
