#include "pdf/pdf_page_images.hpp"

#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

#include <fmt/format.h>

namespace intake::pdf {
namespace {

// poppler's ARGB32 is one native-endian 32-bit word per pixel, 0xAARRGGBB.
void copy_argb32_to_rgba(const poppler::image& page, RgbaImage& out) {
  out.width = page.width();
  out.height = page.height();
  out.pixels.resize(static_cast<std::size_t>(out.width) * out.height * 4);
  const char* rows = page.const_data();
  std::uint8_t* to = out.pixels.data();
  for (int y = 0; y < out.height; ++y) {
    const char* row = rows + static_cast<std::size_t>(y) * page.bytes_per_row();
    for (int x = 0; x < out.width; ++x) {
      std::uint32_t argb;
      std::memcpy(&argb, row + x * 4, 4);
      *to++ = static_cast<std::uint8_t>(argb >> 16);
      *to++ = static_cast<std::uint8_t>(argb >> 8);
      *to++ = static_cast<std::uint8_t>(argb);
      *to++ = 255;  // paper is opaque, whatever poppler left in the unused byte
    }
  }
}

// The page image poppler returned is ours alone (nothing else shares it), so data() gives its
// buffer without a copy: zero it before poppler frees it.
void wipe_poppler_image(poppler::image& page) {
  if (!page.is_valid()) return;
  secure_wipe(page.data(), static_cast<std::size_t>(page.bytes_per_row()) * page.height());
}

Result<RgbaImage> render_one_page(const poppler::document& document, const poppler::page_renderer& renderer,
                                  int index, int page_width_px) {
  std::unique_ptr<poppler::page> page(document.create_page(index));
  if (!page) return Error{fmt::format("Page {} of the PDF could not be read.", index + 1)};
  const poppler::rectf box = page->page_rect(poppler::crop_box);
  if (!(box.width() > 0.0) || !(box.height() > 0.0))
    return Error{fmt::format("Page {} of the PDF has no size.", index + 1)};
  // The page box is in points (1/72 inch): this resolution makes the page page_width_px wide.
  const double dpi = page_width_px * 72.0 / box.width();
  poppler::image picture = renderer.render_page(page.get(), dpi, dpi);
  if (!picture.is_valid() || picture.format() != poppler::image::format_argb32 || picture.width() <= 0 ||
      picture.height() <= 0) {
    wipe_poppler_image(picture);
    return Error{fmt::format("Page {} of the PDF could not be drawn.", index + 1)};
  }
  RgbaImage image;
  copy_argb32_to_rgba(picture, image);
  wipe_poppler_image(picture);
  return image;
}

}  // namespace

Result<std::vector<RgbaImage>> render_pdf_pages(std::span<const std::uint8_t> pdf, int page_width_px) {
  if (page_width_px < kMinPageWidthPx || page_width_px > kMaxPageWidthPx)
    return Error{fmt::format("A page width of {} pixels is outside {} to {}.", page_width_px, kMinPageWidthPx,
                             kMaxPageWidthPx)};
  if (!poppler::page_renderer::can_render()) return Error{"This poppler library cannot draw PDF pages."};
  if (pdf.empty() || pdf.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    return Error{"The PDF is empty or too large to show."};
  // load_from_raw_data reads the caller's bytes in place (a memory stream): no file, no copy.
  std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(
      reinterpret_cast<const char*>(pdf.data()), static_cast<int>(pdf.size())));
  if (!document) return Error{"The PDF could not be opened for display."};
  if (document->is_locked()) return Error{"The PDF is password-protected, so it cannot be shown."};
  const int count = document->pages();
  if (count <= 0) return Error{"The PDF has no pages."};

  poppler::page_renderer renderer;
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_hinting, true);
  renderer.set_image_format(poppler::image::format_argb32);
  renderer.set_paper_color(0xffffffff);

  std::vector<RgbaImage> pages;
  pages.reserve(count);
  for (int index = 0; index < count; ++index) {
    auto page = render_one_page(*document, renderer, index, page_width_px);
    if (!page) {
      secure_wipe(pages);
      return page.error();
    }
    pages.push_back(std::move(*page));
  }
  return pages;
}

}  // namespace intake::pdf
