#pragma once
// The ImGui font atlas for the current scale: Noto Sans regular and bold at the sizes the screens
// use. One atlas for the size in use, rebuilt when it changes; the atlas is most of the kiosk's
// memory, so each font holds only the glyphs its text can need:
//  - body, body_bold and small draw names and answers that may come from anywhere (a record
//    submitted through the CLI, a staff member's name): Latin, Latin Extended (incl. Vietnamese),
//    combining marks, Greek and Cyrillic;
//  - heading and title (the large sizes) draw only the screens' own strings and what the
//    on-screen keyboard can type (a patient's first name, a clinic name): Latin and Latin
//    Extended-A/-B, punctuation, arrows and check marks. Never draw a stored name with them.
#include <filesystem>
#include <string>

#include "common/result.hpp"
#include "ui/ui_metrics.hpp"

struct ImFont;
struct ImFontAtlas;

namespace intake::ui {

struct FontSet {
  ImFont* body = nullptr;
  ImFont* body_bold = nullptr;
  ImFont* small = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
  float built_for_scale = 0.f;  // scale * text_scale the atlas was built for
};

// Clears the atlas and adds every font for metrics. The caller (platform or test driver)
// uploads the atlas texture afterwards.
Result<FontSet> build_font_set(ImFontAtlas& atlas, const std::filesystem::path& fonts_dir,
                               const UiMetrics& metrics);

}  // namespace intake::ui
