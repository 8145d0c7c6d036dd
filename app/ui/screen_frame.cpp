#include "ui/screen_frame.hpp"

#include <imgui.h>

#include "ui/theme.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

ScreenWindow::ScreenWindow(UiFrame& frame, const char* screen_id, bool larger_text,
                           ScreenChrome& chrome)
    : window_(screen_id, ImVec2(frame.metrics.width, frame.metrics.height),
              ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                  ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse),
      path_(frame, screen_id) {

  // "Larger text" sits in the top-right corner of every screen.
  const ImVec2 start = ImGui::GetCursorPos();
  const float width = frame.metrics.tx(260.f);
  ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - width, start.y));
  ButtonOptions options;
  options.kind = ButtonKind::Choice;
  options.selected = larger_text;
  options.checkbox = true;
  options.font = frame.fonts.body;
  chrome.larger_text_tapped = touch_button(frame, "larger_text", frame.t("common.larger_text"),
                                           ImVec2(width, frame.metrics.tx(72.f)), options);
  ImGui::SetCursorPos(start);
}

}  // namespace intake::ui
