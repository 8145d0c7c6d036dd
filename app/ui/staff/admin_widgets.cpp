#include "ui/staff/admin_widgets.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

float admin_button_height(const UiFrame& frame) { return frame.metrics.tx(84.f); }
float admin_primary_height(const UiFrame& frame) { return frame.metrics.tx(100.f); }

bool admin_title_row(UiFrame& frame, std::string_view title, std::string_view button_id,
                     std::string_view button_label) {
  const UiMetrics& m = frame.metrics;
  const float width = ImGui::GetContentRegionAvail().x;
  const float button_width = m.tx(300.f);
  const ImVec2 top = ImGui::GetCursorPos();
  text_block(frame, title, frame.fonts.heading, theme::kText, width - button_width - m.px(32.f));
  const ImVec2 after = ImGui::GetCursorPos();
  ImGui::SetCursorPos(ImVec2(top.x + width - button_width, top.y));
  ButtonOptions options;
  options.font = frame.fonts.body_bold;
  const bool tapped =
      touch_button(frame, button_id, button_label, ImVec2(button_width, admin_button_height(frame)), options);
  const float bottom = std::max(after.y, ImGui::GetCursorPosY());
  ImGui::SetCursorPos(ImVec2(after.x, bottom));
  return tapped;
}

void admin_outcome(UiFrame& frame, const StaffState& state) {
  if (!state.admin_message.empty()) attention_note(frame, state.admin_message);
  if (!state.admin_notice.empty())
    text_block(frame, state.admin_notice, frame.fonts.body_bold, theme::kPrimary);
}

}  // namespace intake::ui
