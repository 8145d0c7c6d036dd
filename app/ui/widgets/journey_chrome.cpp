#include "ui/widgets/journey_chrome.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

std::string fmt_step(const UiFrame& frame, int number, int total) {
  return format_text(frame.t("nav.step"), {{"n", std::to_string(number)}, {"total", std::to_string(total)}});
}

void draw_step_header(UiFrame& frame, std::string_view title, std::string_view step_text) {
  // With large text and the keyboard up, the step and the title share one line in the body
  // font: the field being typed into keeps the room.
  if (frame.keyboard_up && frame.metrics.one_column()) {
    text_block(frame,
               step_text.empty() ? std::string(title) : std::string(step_text) + " · " + std::string(title),
               frame.fonts.body_bold, theme::kPrimary);
    return;
  }
  // The bar stands above the header, so the title has the whole width.
  if (!step_text.empty()) text_block(frame, step_text, frame.fonts.body_bold, theme::kPrimary);
  text_block(frame, title, frame.fonts.heading, theme::kText);
  ImGui::Dummy(ImVec2(0, frame.metrics.px(4.f)));
}

float nav_bar_height(const UiMetrics& metrics) {
  return metrics.box_for_text(kButtonHeightPx) + metrics.px(48.f);
}

NavActions draw_nav_bar(UiFrame& frame, std::string_view back_label, std::string_view next_label,
                        bool next_ready, bool next_enabled) {
  NavActions actions;
  const UiMetrics& m = frame.metrics;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button_height = m.box_for_text(kButtonHeightPx);
  const float y = ImGui::GetWindowHeight() - style.WindowPadding.y - button_height;
  const float left = style.WindowPadding.x;
  const float right = ImGui::GetWindowWidth() - style.WindowPadding.x;
  ButtonOptions back;
  back.kind = ButtonKind::Secondary;
  ButtonOptions next;
  next.kind = next_ready ? ButtonKind::Primary : ButtonKind::Secondary;
  next.enabled = next_enabled;
  // Two equal buttons; when Next's words need more than half the row (large text, a narrow
  // screen), Back shrinks to its own words and Next takes the rest, so neither label wraps.
  const float both = right - left - m.px(24.f);
  float back_width = std::min(both * 0.5f, m.tx(480.f));
  float next_width = back_width;
  const float next_needs = button_width_for(frame, next_label, next);
  if (next_needs > next_width) {
    if (!back_label.empty())
      back_width = std::min(back_width, std::max(button_width_for(frame, back_label, back), m.px(200.f)));
    next_width = std::min(back_label.empty() ? both : both - back_width, next_needs);
  }

  // A thin rule separates the bar from the scrolling content.
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetWindowPos();
  draw->AddLine(ImVec2(origin.x, origin.y + y - m.px(24.f)),
                ImVec2(origin.x + ImGui::GetWindowWidth(), origin.y + y - m.px(24.f)), theme::kDisabledFill,
                m.px(2.f));
  if (!back_label.empty()) {
    ImGui::SetCursorPos(ImVec2(left, y));
    actions.back = touch_button(frame, "back", back_label, ImVec2(back_width, button_height), back);
  }
  if (!next_label.empty()) {
    ImGui::SetCursorPos(ImVec2(right - next_width, y));
    actions.next = touch_button(frame, "next", next_label, ImVec2(next_width, button_height), next);
  }
  return actions;
}

float content_height_above_nav(UiFrame& frame, float keyboard_height) {
  const float bottom = ImGui::GetWindowHeight() - nav_bar_height(frame.metrics) - frame.metrics.px(12.f);
  const float without_keyboard = bottom - ImGui::GetCursorPosY();
  const float keyboard_overlap = std::max(0.f, keyboard_height - nav_bar_height(frame.metrics));
  return std::max(frame.metrics.px(120.f), without_keyboard - keyboard_overlap);
}

ImVec2 step_page_size(UiFrame& frame, float keyboard_height) {
  return ImVec2(0.f, content_height_above_nav(frame, keyboard_height));
}

}  // namespace intake::ui
