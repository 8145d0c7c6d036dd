#pragma once
// What a page picture looks like, roughly: a printed page is mostly white paper with some dark
// text. Shared by the core test of the page pictures and the record view's UI test.
#include <cstddef>
#include <cstdint>

#include "common/rgba_image.hpp"

namespace intake::testing {

namespace detail {
template <class Test>
double pixel_share(const RgbaImage& image, Test test) {
  const std::size_t pixels = static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height);
  if (pixels == 0 || image.pixels.size() != pixels * 4) return 0.0;
  std::size_t hits = 0;
  for (std::size_t i = 0; i < pixels; ++i) hits += test(&image.pixels[i * 4]) ? 1 : 0;
  return static_cast<double>(hits) / static_cast<double>(pixels);
}
}  // namespace detail

// Pixels darker than mid-grey: text, lines, the signature.
inline double dark_share(const RgbaImage& image) {
  return detail::pixel_share(image, [](const std::uint8_t* p) { return p[0] + p[1] + p[2] < 3 * 128; });
}
// Near-white pixels: paper.
inline double white_share(const RgbaImage& image) {
  return detail::pixel_share(image,
                             [](const std::uint8_t* p) { return p[0] > 245 && p[1] > 245 && p[2] > 245; });
}
// Every pixel opaque, as a page on paper must be.
inline bool opaque(const RgbaImage& image) {
  return detail::pixel_share(image, [](const std::uint8_t* p) { return p[3] == 255; }) == 1.0;
}

}  // namespace intake::testing
