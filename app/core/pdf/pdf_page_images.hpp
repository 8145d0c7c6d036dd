#pragma once
// The pages of a PDF held in memory as pictures, for staff to read on screen exactly as stored.
// poppler-cpp reads the bytes where they are: no file, no copy on disk.
#include <cstdint>
#include <span>
#include <vector>

#include "common/result.hpp"
#include "common/rgba_image.hpp"

namespace intake::pdf {

// Limits that keep one page a texture every OpenGL 3.3 driver takes (A4 at the largest width
// is about 3400 px tall) and a bad caller from asking for gigabytes.
inline constexpr int kMinPageWidthPx = 64;
inline constexpr int kMaxPageWidthPx = 2400;

// Renders every page at page_width_px wide (the height follows the page's shape), opaque, on
// white paper, antialiased. The caller keeps `pdf` alive during the call and wipes it, and
// wipes the images (secure_wipe) when they are no longer shown.
//
// poppler's own working memory (decoded streams, its drawing buffer) is freed without being
// zeroed; only what this function hands back, and its own copies, are wiped.
Result<std::vector<RgbaImage>> render_pdf_pages(std::span<const std::uint8_t> pdf, int page_width_px);

}  // namespace intake::pdf
