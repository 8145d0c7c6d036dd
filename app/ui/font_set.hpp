#pragma once
// The ImGui font atlas for the current scale: Noto Sans regular and bold at the sizes the screens
// use, with Latin, Latin Extended (incl. Vietnamese), Greek and Cyrillic glyphs.
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
