#pragma once
// The one screen a kiosk shows after its crash loop: "out of order, please see the front desk"
// in every language the kiosk has, on a plain background. It needs only the fonts: no forms, no
// store, no keys, so whatever broke the kiosk cannot break this screen too.
#include <filesystem>

#include "common/result.hpp"
#include "ui/font_set.hpp"
#include "ui/ui_strings.hpp"

namespace intake::ui {

class OutOfOrderScreen {
 public:
  explicit OutOfOrderScreen(std::filesystem::path fonts_dir);
  // Rebuilds the font atlas when the window size changed; true when the caller must upload it.
  Result<bool> prepare_fonts(float width, float height);
  void frame(float width, float height);

 private:
  std::filesystem::path fonts_dir_;
  UiStrings strings_;
  FontSet fonts_;
  UiMetrics metrics_;
};

}  // namespace intake::ui
