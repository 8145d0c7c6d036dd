#include "png_image.hpp"

#include <stb_image.h>

#include <algorithm>
#include <unordered_map>

namespace intake::testing {

PngImage load_png(const std::string& path) {
  PngImage image;
  int channels = 0;
  unsigned char* pixels = stbi_load(path.c_str(), &image.width, &image.height, &channels, 4);
  if (pixels == nullptr) return {};
  image.rgba.assign(pixels, pixels + static_cast<std::size_t>(image.width) * image.height * 4);
  stbi_image_free(pixels);
  return image;
}

namespace {
std::unordered_map<std::uint32_t, std::size_t> histogram(const PngImage& image) {
  std::unordered_map<std::uint32_t, std::size_t> counts;
  for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4)
    ++counts[image.rgba[i] << 16 | image.rgba[i + 1] << 8 | image.rgba[i + 2]];
  return counts;
}
}  // namespace

std::size_t PngImage::distinct_colors() const { return histogram(*this).size(); }

double PngImage::foreground_share() const {
  auto counts = histogram(*this);
  std::size_t most = 0;
  for (auto& [color, count] : counts) most = std::max(most, count);
  const double total = static_cast<double>(width) * height;
  return total > 0 ? 1.0 - most / total : 0.0;
}

}  // namespace intake::testing
