#include "ui/font_set.hpp"

#include <imgui.h>

#include <system_error>

namespace intake::ui {

namespace {

const ImWchar* kiosk_glyph_ranges() {
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
  ImFontConfig config;
  config.OversampleH = 2;
  config.OversampleV = 1;
  auto add = [&](const std::filesystem::path& path, float size) {
    return atlas.AddFontFromFileTTF(path.c_str(), metrics.tx(size), &config, kiosk_glyph_ranges());
  };
  FontSet fonts;
  fonts.body = add(regular, kBodyTextPx);
  fonts.body_bold = add(bold, kBodyTextPx);
  fonts.small = add(regular, kSmallTextPx);
  fonts.heading = add(bold, kHeadingTextPx);
  fonts.title = add(bold, kTitleTextPx);
  if (!fonts.body || !fonts.body_bold || !fonts.small || !fonts.heading || !fonts.title)
    return Error{"The kiosk fonts in " + fonts_dir.string() + " could not be loaded."};
  if (!atlas.Build()) return Error{"The kiosk font atlas could not be built."};
  fonts.built_for_scale = metrics.scale * metrics.text_scale;
  return fonts;
}

}  // namespace intake::ui
