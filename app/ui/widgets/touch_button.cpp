#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "ui/imgui_scope.hpp"
#include "ui/probe_layout.hpp"
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
  record.layout = layout_in_current_window(item.Min, item.Max);
  frame.probe.add(std::move(record));
}

namespace {

// Where a label goes on a button of `size`: the width its words wrap at and how far in from the
// left edge they may start. Choice tiles and tick boxes keep room for the tick on the left, ticked
// or not, so a label never reflows (or runs off the edge) when it is chosen.
struct LabelRoom {
  float wrap_width;
  float text_left;  // from the button's left edge
  float tick;       // the tick box's side (0: none)
  float margins;    // the width that is not for words
};

LabelRoom label_room(const UiFrame& frame, const ButtonOptions& options, const ImFont* font, float width) {
  const float padding = frame.metrics.px(20.f);
  if (options.kind == ButtonKind::Choice || options.checkbox) {
    const float tick = font->FontSize * 0.9f;
    const float text_left = padding + tick + padding * 0.6f;
    // Centred words keep the same margin on the right as on the left, so they stay centred.
    const float right = options.checkbox ? padding : text_left;
    return {std::max(1.f, width - text_left - right), text_left, tick, text_left + right};
  }
  return {std::max(1.f, width - 2 * padding), padding, 0.f, 2 * padding};
}

}  // namespace

float button_width_for(const UiFrame& frame, std::string_view label, const ButtonOptions& options) {
  const ImFont* font = options.font ? options.font : frame.fonts.body_bold;
  const std::string_view shown = visible_part(label);
  const float words =
      font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, shown.data(), shown.data() + shown.size()).x;
  const LabelRoom room = label_room(frame, options, font, 0.f);
  return std::ceil(words + room.margins + frame.metrics.px(4.f));
}

bool touch_button(UiFrame& frame, std::string_view id, std::string_view label, ImVec2 size,
                  const ButtonOptions& options) {
  const std::string imgui_id(id);
  ImFont* font = options.font ? options.font : frame.fonts.body_bold;
  const std::string_view shown = visible_part(label);
  size = ImGui::CalcItemSize(size, 0.f, 0.f);
  size.y = std::max(size.y, frame.metrics.px(kMinTouchTargetPx));
  // A label that needs more lines than the button holds makes the button taller: words are never
  // cut off at the bottom.
  const LabelRoom room = label_room(frame, options, font, size.x);
  const ImVec2 label_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, room.wrap_width, shown.data(),
                                                shown.data() + shown.size());
  size.y = std::max(size.y, label_size.y + 2 * frame.metrics.px(14.f));
  const bool clicked = [&] {
    ScopedDisabled disabled(!options.enabled);
    return ImGui::InvisibleButton(imgui_id.c_str(), size);
  }();
  const bool held = options.enabled && ImGui::IsItemActive();
  record_last_item(frame, id, label, options.enabled, options.selected);
  ProbeItem& record = frame.probe.items.back();
  record.choice = options.kind == ButtonKind::Choice || options.checkbox;

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

  const bool ticked = options.selected && options.kind == ButtonKind::Choice;
  if (ticked || options.checkbox) {
    // A box with a tick keeps "selected" visible without relying on colour alone; an empty box
    // says "tap to confirm" on statements.
    const ImVec2 tick_at(min.x + frame.metrics.px(20.f), (min.y + max.y - room.tick) * 0.5f);
    const ImVec2 tick_end(tick_at.x + room.tick, tick_at.y + room.tick);
    const float tick = room.tick;
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
  }
  // Statements to confirm read from the left, after their box; other labels are centred in the
  // room they have.
  const float room_left = min.x + room.text_left;
  const ImVec2 at(options.checkbox ? room_left : room_left + (room.wrap_width - label_size.x) * 0.5f,
                  (min.y + max.y - label_size.y) * 0.5f);
  draw->AddText(font, font->FontSize, at, text, shown.data(), shown.data() + shown.size(), room.wrap_width);
  record.layout.words = {at.x, at.y, at.x + label_size.x, at.y + label_size.y};
  record.layout.broken_word = splits_a_word(font, shown, room.wrap_width);
  record.layout.text_px = font->FontSize;
  return clicked && options.enabled;
}

}  // namespace intake::ui
