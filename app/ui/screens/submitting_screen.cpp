#include "ui/screens/submitting_screen.hpp"

#include <imgui.h>

#include <cmath>

#include "ui/theme.hpp"
#include "ui/widgets/message_block.hpp"

namespace intake::ui {

void draw_submitting_screen(UiFrame& frame, JourneyContext&) {
  message_block(frame, frame.t("submitting.title"), {frame.t("submitting.line")});
  // A spinner shows the kiosk is working, not frozen.
  const UiMetrics& m = frame.metrics;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre(ImGui::GetWindowPos().x + ImGui::GetWindowWidth() * 0.5f,
                      ImGui::GetWindowPos().y + ImGui::GetCursorPosY() + m.px(90.f));
  const float radius = m.px(46.f);
  const float start = static_cast<float>(std::fmod(frame.now * 4.0, 2.0 * M_PI));
  draw->PathArcTo(centre, radius, start, start + 4.2f, 40);
  draw->PathStroke(theme::kPrimary, 0, m.px(9.f));
  frame.animating = true;
}

}  // namespace intake::ui
