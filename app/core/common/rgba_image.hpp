#pragma once
// A picture in memory as 8-bit RGBA, rows top to bottom with no padding (width * 4 bytes per
// row). Used for PDF pages shown on screen; they hold patient data, so they are wiped.
#include <cstdint>
#include <vector>

#include "common/secure_memory.hpp"

namespace intake {

struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // width * height * 4 bytes
};

inline void secure_wipe(RgbaImage& image) {
  secure_wipe(image.pixels);
  image.width = 0;
  image.height = 0;
}

inline void secure_wipe(std::vector<RgbaImage>& images) {
  for (RgbaImage& image : images) secure_wipe(image);
  images.clear();
}

}  // namespace intake
