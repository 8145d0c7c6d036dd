#include "ui/kiosk_ui.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/screen_frame.hpp"
#include "ui/screens/welcome_screen.hpp"
#include "ui/theme.hpp"
#include "ui/ui_frame.hpp"

namespace intake::ui {

KioskUi::KioskUi(KioskUiOptions options)
    : options_(std::move(options)), strings_(UiStrings::load_embedded()) {
  std::erase_if(options_.languages, [&](const std::string& code) { return !strings_.has_language(code); });
  if (options_.languages.empty()) options_.languages = {"en"};
  language_ = options_.languages.front();
}

void KioskUi::set_language(const std::string& code) {
  if (std::find(options_.languages.begin(), options_.languages.end(), code) !=
      options_.languages.end())
    language_ = code;
}

Result<bool> KioskUi::prepare_fonts(float width, float height) {
  UiMetrics wanted = metrics_for_window(width, height, larger_text_);
  metrics_ = wanted;
  if (fonts_.body != nullptr && fonts_.built_for_scale == wanted.scale * wanted.text_scale)
    return false;
  ImGuiIO& io = ImGui::GetIO();
  auto fonts = build_font_set(*io.Fonts, options_.fonts_dir, wanted);
  if (!fonts) return fonts.error();
  fonts_ = *fonts;
  io.FontDefault = fonts_.body;
  theme::apply_imgui_style(ImGui::GetStyle(), wanted.scale);
  settle_frames_ = 3;
  return true;
}

FrameResult KioskUi::frame(float width, float height, double now) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = last_now_ < 0 ? 1.f / 60.f : static_cast<float>(std::max(now - last_now_, 1e-4));
  last_now_ = now;
  io.IniFilename = nullptr;  // nothing about the session is ever written to imgui.ini
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_IsTouchScreen;

  const bool had_input = pointer_.has_pending() || keys_.has_pending();
  pointer_.begin_frame(io);
  keys_.begin_frame(io);

  probe_.clear();
  ImGui::NewFrame();
  UiFrame frame{metrics_, fonts_, strings_, language_, probe_, pointer_, now};
  const bool larger_before = larger_text_;
  const std::string language_before = language_;
  const Screen screen_before = screen_;
  draw_current_screen(frame);
  ImGui::Render();

  FrameResult result;
  if (had_input || larger_text_ != larger_before || language_ != language_before ||
      screen_ != screen_before || pointer_.is_down())
    settle_frames_ = 3;
  if (frame.animating) settle_frames_ = std::max(settle_frames_, 1);
  result.needs_another_frame = settle_frames_ > 0 || pointer_.has_pending() || keys_.has_pending();
  if (settle_frames_ > 0) --settle_frames_;
  return result;
}

void KioskUi::draw_current_screen(UiFrame& frame) {
  ScreenChrome chrome;
  switch (screen_) {
    case Screen::Welcome: {
      ScreenWindow window(frame, "welcome", larger_text_, chrome);
      WelcomeView view{options_.clinic_name, options_.languages, language_};
      WelcomeActions actions = draw_welcome_screen(frame, view);
      if (!actions.choose_language.empty()) language_ = actions.choose_language;
      break;
    }
  }
  if (chrome.larger_text_tapped) larger_text_ = !larger_text_;
}

}  // namespace intake::ui
