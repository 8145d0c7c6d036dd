#include "ui/screen_frame.hpp"

#include <imgui.h>

#include <string>

#include "ui/theme.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

ScreenWindow::ScreenWindow(UiFrame& frame, const char* screen_id, bool larger_text, ScreenChrome& chrome)
    : window_(screen_id, ImVec2(frame.metrics.width, frame.metrics.height),
              ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                  ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse),
      path_(frame, screen_id) {
  // "Larger text" sits in the top-right corner of every screen; help and read aloud start on
  // the left and wrap onto a second row when the screen is narrow.
  const ImVec2 start = ImGui::GetCursorPos();
  const UiMetrics& m = frame.metrics;
  const float height = m.tx(72.f);
  const float gap = m.px(16.f);
  const float larger_width = m.tx(260.f);
  const float right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SetCursorPos(ImVec2(right - larger_width, start.y));
  ButtonOptions larger;
  larger.kind = ButtonKind::Choice;
  larger.selected = larger_text;
  larger.checkbox = true;
  larger.font = frame.fonts.body;
  chrome.larger_text_tapped =
      touch_button(frame, "larger_text", frame.t("common.larger_text"), ImVec2(larger_width, height), larger);

  float x = start.x;
  float y = start.y;
  const float row_end = right - larger_width - gap;
  auto place = [&](float width) {
    if (x > start.x && x + width > row_end) {
      x = start.x;
      y += height + gap;
    }
    ImGui::SetCursorPos(ImVec2(x, y));
    x += width + gap;
  };
  auto button = [&](const char* id, const std::string& label, float width, ButtonKind kind,
                    bool selected = false, bool checkbox = false) {
    place(m.tx(width));
    ButtonOptions options;
    options.kind = kind;
    options.selected = selected;
    options.checkbox = checkbox;
    options.font = frame.fonts.body;
    return touch_button(frame, id, label, ImVec2(m.tx(width), height), options);
  };
  if (chrome.offer_help)
    chrome.help_tapped = button("need_help", frame.t("help.button"), 260.f, ButtonKind::Secondary);
  if (chrome.offer_read_aloud) {
    std::string label = frame.t("speech.read_aloud");
    if (chrome.read_aloud_on && chrome.no_speaker) label += ": " + frame.t("speech.no_speaker");
    chrome.read_aloud_tapped =
        button("speech_switch", label, chrome.no_speaker && chrome.read_aloud_on ? 560.f : 320.f,
               ButtonKind::Choice, chrome.read_aloud_on, true);
    if (chrome.read_aloud_on) {
      chrome.repeat_tapped = button("speech_repeat", frame.t("speech.repeat"), 180.f, ButtonKind::Secondary);
      chrome.stop_tapped = button("speech_stop", frame.t("speech.stop"), 170.f, ButtonKind::Secondary);
      if (button("speech_quieter", frame.t("speech.volume_down"), 190.f, ButtonKind::Secondary))
        chrome.volume_step = -1;
      if (button("speech_louder", frame.t("speech.volume_up"), 190.f, ButtonKind::Secondary))
        chrome.volume_step = +1;
    }
  }
  const bool bar_used = chrome.offer_help || chrome.offer_read_aloud;
  ImGui::SetCursorPos(bar_used ? ImVec2(start.x, y + height + gap) : start);
}

}  // namespace intake::ui
