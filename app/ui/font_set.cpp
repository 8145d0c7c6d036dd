#include "ui/font_set.hpp"

#include <imgui.h>

#include <system_error>

namespace intake::ui {

namespace {

// For text from anywhere: names, answers, notes.
const ImWchar* any_name_glyph_ranges() {
  static const ImWchar ranges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
      0x0100, 0x024F,  // Latin Extended-A and -B
      0x0300, 0x036F,  // combining diacritics (typed decomposed text still shows)
      0x0370, 0x03FF,  // Greek
      0x0400, 0x052F,  // Cyrillic + Supplement
      0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese)
      0x2000, 0x206F,  // punctuation: dashes, quotes, ellipsis
      0x20AC, 0x20AC,  // euro
      0x2190, 0x21FF,  // arrows
      0x2713, 0x2717,  // check marks
      0,
  };
  return ranges;
}

// For the screens' own strings (English, Spanish) and what the on-screen keyboards type.
const ImWchar* screen_text_glyph_ranges() {
  static const ImWchar ranges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1 Supplement
      0x0100, 0x024F,  // Latin Extended-A and -B (the accents keyboard page: ł, ő, ơ, ư ...)
      0x2000, 0x206F,  // punctuation: dashes, quotes, ellipsis, ‹ ›
      0x20AC, 0x20AC,  // euro
      0x2190, 0x21FF,  // arrows
      0x2713, 0x2717,  // check marks
      0,
  };
  return ranges;
}

// Horizontal oversampling smooths small text at fractional positions; at large sizes it only
// doubles the atlas.
constexpr float kOversampleBelowPx = 36.f;

}  // namespace

Result<FontSet> build_font_set(ImFontAtlas& atlas, const std::filesystem::path& fonts_dir,
                               const UiMetrics& metrics) {
  const auto regular = fonts_dir / "NotoSans-Regular.ttf";
  const auto bold = fonts_dir / "NotoSans-Bold.ttf";
  std::error_code ec;
  for (const auto& path : {regular, bold})
    if (!std::filesystem::is_regular_file(path, ec))
      return Error{"The kiosk font " + path.string() + " is missing; run deploy/build again."};

  atlas.Clear();
  // The texture as tall as its glyphs need: rounded up to a power of two it can be almost twice
  // that, and every byte of it is kept in memory by the driver.
  atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  auto add = [&](const std::filesystem::path& path, float size, const ImWchar* ranges) {
    ImFontConfig config;
    const float pixels = metrics.tx(size);
    config.OversampleH = pixels < kOversampleBelowPx ? 2 : 1;
    config.OversampleV = 1;
    return atlas.AddFontFromFileTTF(path.c_str(), pixels, &config, ranges);
  };
  FontSet fonts;
  fonts.body = add(regular, kBodyTextPx, any_name_glyph_ranges());
  fonts.body_bold = add(bold, kBodyTextPx, any_name_glyph_ranges());
  fonts.small = add(regular, kSmallTextPx, any_name_glyph_ranges());
  fonts.heading = add(bold, kHeadingTextPx, screen_text_glyph_ranges());
  fonts.title = add(bold, kTitleTextPx, screen_text_glyph_ranges());
  if (!fonts.body || !fonts.body_bold || !fonts.small || !fonts.heading || !fonts.title)
    return Error{"The kiosk fonts in " + fonts_dir.string() + " could not be loaded."};
  if (!atlas.Build()) return Error{"The kiosk font atlas could not be built."};
  // The TrueType files (a copy per font) are only needed to build; the glyphs stay.
  atlas.ClearInputData();
  fonts.built_for_scale = metrics.scale * metrics.text_scale;
  return fonts;
}

}  // namespace intake::ui
