#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <string>

#include "ui/imgui_scope.hpp"
#include "ui/theme.hpp"

namespace intake::ui {

void record_last_item(UiFrame& frame, std::string_view id, std::string_view label, bool enabled,
                      bool selected) {
  ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ImRect visible = item;
  visible.ClipWithFull(ImGui::GetCurrentWindow()->ClipRect);
  ProbeItem record;
  record.id_path = frame.id_path(id);
  record.label = std::string(visible_part(label));
  record.rect = {visible.Min.x, visible.Min.y, visible.Max.x, visible.Max.y};
  record.enabled = enabled;
  record.selected = selected;
  record.imgui_id = ImGui::GetItemID();
  record.visible = visible.GetWidth() > 0 && visible.GetHeight() > 0 && ImGui::IsItemVisible();
  frame.probe.add(std::move(record));
}

bool touch_button(UiFrame& frame, std::string_view id, std::string_view label, ImVec2 size,
                  const ButtonOptions& options) {
  const std::string imgui_id(id);
  size.y = std::max(size.y, frame.metrics.px(kMinTouchTargetPx));
  const bool clicked = [&] {
    ScopedDisabled disabled(!options.enabled);
    return ImGui::InvisibleButton(imgui_id.c_str(), size);
  }();
  const bool held = options.enabled && ImGui::IsItemActive();
  record_last_item(frame, id, label, options.enabled, options.selected);
  frame.probe.items.back().choice = options.kind == ButtonKind::Choice || options.checkbox;

  ImU32 fill = theme::kSecondary;
  ImU32 text = theme::kText;
  ImU32 border = theme::kBorder;
  switch (options.kind) {
    case ButtonKind::Primary:
      fill = held ? theme::kPrimaryPressed : theme::kPrimary;
      text = theme::kOnPrimary;
      border = fill;
      break;
    case ButtonKind::Secondary:
    case ButtonKind::Choice:
      fill = held ? theme::kSecondaryPressed : (options.selected ? theme::kSelected : theme::kSecondary);
      border = options.selected ? theme::kPrimary : theme::kBorder;
      break;
    case ButtonKind::Quiet:
      fill = held ? theme::kSecondaryPressed : theme::kBackground;
      border = held ? theme::kBorder : theme::kBackground;
      break;
  }
  if (!options.enabled) {
    fill = theme::kDisabledFill;
    text = theme::kDisabledText;
    border = theme::kDisabledFill;
  }

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const float rounding = frame.metrics.px(16.f);
  const float border_width = frame.metrics.px(options.selected ? 5.f : 2.5f);
  draw->AddRectFilled(min, max, fill, rounding);
  if (border != fill) draw->AddRect(min, max, border, rounding, 0, border_width);

  ImFont* font = options.font ? options.font : frame.fonts.body_bold;
  const std::string_view shown = visible_part(label);
  const float padding = frame.metrics.px(20.f);
  const float wrap_width = std::max(1.f, (max.x - min.x) - 2 * padding);
  ImVec2 text_size =
      font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap_width, shown.data(), shown.data() + shown.size());
  ImVec2 at((min.x + max.x - text_size.x) * 0.5f, (min.y + max.y - text_size.y) * 0.5f);
  const bool ticked = options.selected && options.kind == ButtonKind::Choice;
  if (ticked || options.checkbox) {
    // A box with a tick keeps "selected" visible without relying on colour alone; an empty box
    // says "tap to confirm" on statements.
    const float tick = font->FontSize * 0.9f;
    const ImVec2 tick_at(min.x + padding, (min.y + max.y - tick) * 0.5f);
    const ImVec2 tick_end(tick_at.x + tick, tick_at.y + tick);
    if (ticked) {
      draw->AddRectFilled(tick_at, tick_end, theme::kPrimary, frame.metrics.px(6.f));
      draw->AddPolyline(std::array<ImVec2, 3>{ImVec2(tick_at.x + tick * 0.22f, tick_at.y + tick * 0.52f),
                                              ImVec2(tick_at.x + tick * 0.42f, tick_at.y + tick * 0.72f),
                                              ImVec2(tick_at.x + tick * 0.78f, tick_at.y + tick * 0.28f)}
                            .data(),
                        3, theme::kOnPrimary, 0, frame.metrics.px(4.f));
    } else {
      draw->AddRect(tick_at, tick_end, theme::kBorder, frame.metrics.px(6.f), 0, frame.metrics.px(3.f));
    }
    const float text_left = tick_end.x + padding * 0.6f;
    if (options.checkbox) {
      const float text_width = std::max(1.f, max.x - padding - text_left);
      text_size =
          font->CalcTextSizeA(font->FontSize, FLT_MAX, text_width, shown.data(), shown.data() + shown.size());
      at = ImVec2(text_left, (min.y + max.y - text_size.y) * 0.5f);
      draw->AddText(font, font->FontSize, at, text, shown.data(), shown.data() + shown.size(), text_width);
      return clicked && options.enabled;
    }
    at.x = std::max(at.x, text_left);
  }
  draw->AddText(font, font->FontSize, at, text, shown.data(), shown.data() + shown.size(), wrap_width);
  return clicked && options.enabled;
}

}  // namespace intake::ui
