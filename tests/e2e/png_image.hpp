#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace intake::testing {

struct PngImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;
  bool loaded() const { return width > 0 && height > 0; }
  std::size_t distinct_colors() const;
  // Share of pixels that differ from the most common colour (the background).
  double foreground_share() const;
};

PngImage load_png(const std::string& path);

}  // namespace intake::testing
