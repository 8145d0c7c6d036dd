#include "ui/screen_frame.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

ScreenWindow::ScreenWindow(UiFrame& frame, const char* screen_id, TextSize text_size, ScreenChrome& chrome)
    : window_(screen_id, ImVec2(frame.metrics.width, frame.metrics.height),
              ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                  ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse),
      path_(frame, screen_id) {
  // The text size sits in the top-right corner of every screen; help and read aloud start on
  // the left and wrap onto further rows when the screen is narrow or the text large. Every
  // button is as wide as its words on one line, so a label never wraps or is cut ("Más alto").
  const ImVec2 start = ImGui::GetCursorPos();
  const UiMetrics& m = frame.metrics;
  const float height = std::max(m.px(kMinTouchTargetPx), frame.fonts.body->FontSize + m.px(42.f));
  const float gap = m.px(16.f);
  const float right = ImGui::GetWindowContentRegionMax().x;
  auto options_for = [&](ButtonKind kind, bool selected, bool checkbox) {
    ButtonOptions options;
    options.kind = kind;
    options.selected = selected;
    options.checkbox = checkbox;
    options.font = frame.fonts.body;
    return options;
  };
  auto width_for = [&](const std::string& label, const ButtonOptions& options) {
    return std::min(right - start.x, std::max(m.px(150.f), button_width_for(frame, label, options)));
  };

  const ButtonOptions size_options = options_for(ButtonKind::Choice, text_size != TextSize::normal, false);
  const std::string size_label =
      format_text(frame.t("common.text_size"), {{"percent", std::to_string(text_size_percent(text_size))}});
  const float size_width = width_for(size_label, size_options);
  ImGui::SetCursorPos(ImVec2(right - size_width, start.y));
  chrome.text_size_tapped =
      touch_button(frame, "text_size", size_label, ImVec2(size_width, height), size_options);

  float x = start.x;
  float y = start.y;
  float row_end = right - size_width - gap;  // the first row leaves room for the text size
  bool first_on_row = true;
  auto button = [&](const char* id, const std::string& label, ButtonKind kind, bool selected = false,
                    bool checkbox = false) {
    const ButtonOptions options = options_for(kind, selected, checkbox);
    const float width = width_for(label, options);
    if (!first_on_row && x + width > row_end) {
      x = start.x;
      y += height + gap;
      row_end = right;
    } else if (first_on_row && x + width > row_end && y == start.y) {
      // Not even the first button fits beside the text size: start under it.
      y += height + gap;
      row_end = right;
    }
    ImGui::SetCursorPos(ImVec2(x, y));
    x += width + gap;
    first_on_row = false;
    return touch_button(frame, id, label, ImVec2(width, height), options);
  };
  if (chrome.offer_help)
    chrome.help_tapped = button("need_help", frame.t("help.button"), ButtonKind::Secondary);
  if (chrome.offer_read_aloud) {
    std::string label = frame.t("speech.read_aloud");
    if (chrome.read_aloud_on && chrome.no_speaker) label += ": " + frame.t("speech.no_speaker");
    chrome.read_aloud_tapped = button("speech_switch", label, ButtonKind::Choice, chrome.read_aloud_on, true);
    if (chrome.read_aloud_on) {
      chrome.repeat_tapped = button("speech_repeat", frame.t("speech.repeat"), ButtonKind::Secondary);
      chrome.stop_tapped = button("speech_stop", frame.t("speech.stop"), ButtonKind::Secondary);
      if (button("speech_quieter", frame.t("speech.volume_down"), ButtonKind::Secondary))
        chrome.volume_step = -1;
      if (button("speech_louder", frame.t("speech.volume_up"), ButtonKind::Secondary))
        chrome.volume_step = +1;
    }
  }
  // The screen starts under the bar (and under the text size when that is all there is).
  ImGui::SetCursorPos(ImVec2(start.x, y + height + gap));
}

}  // namespace intake::ui
