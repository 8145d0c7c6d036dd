#include "ui/widgets/message_block.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/imgui_scope.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"

namespace intake::ui {

void message_block(UiFrame& frame, std::string_view title, std::initializer_list<std::string_view> lines) {
  const UiMetrics& m = frame.metrics;
  const float width = std::min(ImGui::GetContentRegionAvail().x, m.tx(1100.f));
  const float left = (ImGui::GetWindowWidth() - width) * 0.5f;
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), m.height * 0.22f));
  ImGui::SetCursorPosX(left);
  ScopedGroup group;
  centered_text(frame, title, frame.fonts.title, theme::kPrimary, width);
  ImGui::Dummy(ImVec2(0, m.px(16.f)));
  for (std::string_view line : lines) {
    centered_text(frame, line, frame.fonts.body, theme::kText, width);
    ImGui::Dummy(ImVec2(0, m.px(8.f)));
  }
}

bool centered_button(UiFrame& frame, std::string_view id, std::string_view label, ButtonKind kind) {
  const UiMetrics& m = frame.metrics;
  const float width = std::min(ImGui::GetContentRegionAvail().x, m.tx(560.f));
  ImGui::Dummy(ImVec2(0, m.px(24.f)));
  ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
  ButtonOptions options;
  options.kind = kind;
  return touch_button(frame, id, label, ImVec2(width, m.box_for_text(kButtonHeightPx + 16.f)), options);
}

}  // namespace intake::ui
