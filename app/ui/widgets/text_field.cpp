#include "ui/widgets/text_field.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "ui/imgui_scope.hpp"
#include "ui/probe_layout.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

namespace {

constexpr float kBoxHeightPx = 88.f;  // holds body text with room for a fingertip

void draw_label(UiFrame& frame, const TextFieldView& view, float width) {
  if (view.label.empty()) return;  // ImGui reads an empty view's null pointer as a C string
  text_block(frame, view.label, frame.fonts.body_bold, theme::kText, width);
  if (!view.optional) return;
  const std::string& optional = frame.t("keyboard.field_optional");
  const ImFont* font = frame.fonts.body;
  const float label_width = ImGui::GetItemRectSize().x;
  const float optional_width = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, optional.c_str()).x;
  // Beside the label when it fits on the same line, otherwise beneath it.
  if (label_width + frame.metrics.px(12.f) + optional_width <= width)
    ImGui::SameLine(0.f, frame.metrics.px(12.f));
  text_block(frame, optional, frame.fonts.body, theme::kMutedText);
}

}  // namespace

bool text_field(UiFrame& frame, std::string_view id, const TextFieldView& view, float width) {
  if (width <= 0.f) width = ImGui::GetContentRegionAvail().x;
  ScopedGroup group;
  draw_label(frame, view, width);
  // The label belongs to its box: keep them closer than two unrelated items.
  if (!view.label.empty())
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y + frame.metrics.px(10.f));

  const std::string imgui_id(id);
  const ImVec2 size(width, std::max(frame.metrics.tx(kBoxHeightPx), frame.metrics.px(kMinTouchTargetPx)));
  const bool tapped = ImGui::InvisibleButton(imgui_id.c_str(), size);
  const bool held = ImGui::IsItemActive();
  const bool visible = ImGui::IsItemVisible();
  record_last_item(frame, id, view.label, true, view.focused);
  frame.probe.items.back().field = true;
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float rounding = frame.metrics.px(12.f);
  draw->AddRectFilled(min, max, held ? theme::kSecondaryPressed : theme::kSurface, rounding);
  // Focus shows as a thick border in the primary colour plus the caret, not colour alone.
  draw->AddRect(min, max, view.focused ? theme::kPrimary : theme::kBorder, rounding, 0,
                frame.metrics.px(view.focused ? 5.f : 2.f));

  const bool empty = view.value.empty();
  ImFont* font = frame.fonts.body;
  const float pad = frame.metrics.px(22.f);
  // A hint that does not fit the box is left out rather than cut ("Toque aquí para esc"): the
  // label above says what goes in.
  const bool hint_fits =
      !view.placeholder.empty() && font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, view.placeholder.data(),
                                                       view.placeholder.data() + view.placeholder.size())
                                           .x <= (max.x - min.x) - 2 * pad;
  const std::string_view shown = empty ? (hint_fits ? view.placeholder : std::string_view()) : view.value;
  // (CalcTextSizeA reads a null end as "until the terminator": never pass it an empty view.)
  const ImVec2 extent = shown.empty() ? ImVec2(0.f, font->FontSize)
                                      : font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, shown.data(),
                                                            shown.data() + shown.size());
  const float room = (max.x - min.x) - 2 * pad;
  // A long value shows its end, where the caret is: the start slides out to the left.
  const float text_x = min.x + pad - (!empty && extent.x > room ? extent.x - room : 0.f);
  const float text_y = (min.y + max.y - font->FontSize) * 0.5f;
  {
    ScopedClipRect clip(draw, ImVec2(min.x + pad * 0.5f, min.y), ImVec2(max.x - pad * 0.5f, max.y));
    if (!shown.empty())
      draw->AddText(font, font->FontSize, ImVec2(text_x, text_y), empty ? theme::kMutedText : theme::kText,
                    shown.data(), shown.data() + shown.size());
    if (view.focused) {
      const float caret_x =
          empty ? min.x + pad : std::min(text_x + extent.x, max.x - pad) + frame.metrics.px(3.f);
      draw->AddRectFilled(ImVec2(caret_x, text_y),
                          ImVec2(caret_x + frame.metrics.px(3.f), text_y + font->FontSize), theme::kPrimary);
    }
  }
  if (visible && !shown.empty()) {
    // The box holds the words: a hint must fit whole, a long value shows its end on purpose.
    ProbeText record{std::string(shown), {min.x, min.y, max.x, max.y}};
    record.layout = layout_in_current_window(min, max);
    record.layout.container = {min.x + pad * 0.5f, min.y, max.x - pad * 0.5f, max.y};
    const float shown_x0 = empty ? text_x : std::max(text_x, min.x + pad * 0.5f);
    record.layout.words = {shown_x0, text_y,
                           std::min(text_x + extent.x, empty ? text_x + extent.x : max.x - pad * 0.5f),
                           text_y + font->FontSize};
    record.layout.text_px = font->FontSize;
    frame.probe.add(std::move(record));
  }

  if (!view.note.empty()) {
    // attention_note fills the available width; keep it under this field when fields stand
    // side by side.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float saved_right = window->ContentRegionRect.Max.x;
    window->ContentRegionRect.Max.x = std::min(saved_right, min.x + width);
    attention_note(frame, view.note);
    window->ContentRegionRect.Max.x = saved_right;
  }
  return tapped;
}

}  // namespace intake::ui
