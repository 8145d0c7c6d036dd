#include "ui/widgets/keyboard_key.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "ui/theme.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

namespace {

// Function keys (shift, backspace, accents) sit on a darker fill than letters, as on a phone,
// so the letters stand out; text on both is far above 4.5:1.
constexpr ImU32 kFunctionFill = theme::rgb(0xD3, 0xD8, 0xDC);
constexpr ImU32 kFunctionPressed = theme::rgb(0xA9, 0xB3, 0xBA);
constexpr ImU32 kCharacterPressed = theme::rgb(0xB9, 0xD3, 0xD2);

void draw_shift(ImDrawList* draw, ImVec2 c, float s, ImU32 color, bool filled, float line) {
  // An upward arrow: a triangle head over a stem; filled when shift is on.
  const ImVec2 tip(c.x, c.y - s * 0.5f), left(c.x - s * 0.5f, c.y), right(c.x + s * 0.5f, c.y);
  const ImVec2 stem_min(c.x - s * 0.22f, c.y), stem_max(c.x + s * 0.22f, c.y + s * 0.45f);
  if (filled) {
    draw->AddTriangleFilled(tip, right, left, color);
    draw->AddRectFilled(stem_min, stem_max, color);
    return;
  }
  const std::array<ImVec2, 7> outline{
      tip, right, ImVec2(stem_max.x, c.y), stem_max, ImVec2(stem_min.x, stem_max.y), stem_min, left};
  draw->AddPolyline(outline.data(), static_cast<int>(outline.size()), color, ImDrawFlags_Closed, line);
}

void draw_backspace(ImDrawList* draw, ImVec2 c, float s, ImU32 color, float line) {
  // A key-cap pointing left with a cross in it.
  const float w = s * 1.3f, h = s * 0.8f;
  const float l = c.x - w * 0.5f, r = c.x + w * 0.5f, t = c.y - h * 0.5f, b = c.y + h * 0.5f;
  const std::array<ImVec2, 5> outline{ImVec2(l, c.y), ImVec2(l + h * 0.5f, t), ImVec2(r, t), ImVec2(r, b),
                                      ImVec2(l + h * 0.5f, b)};
  draw->AddPolyline(outline.data(), static_cast<int>(outline.size()), color, ImDrawFlags_Closed, line);
  const float cx = c.x + h * 0.2f, k = h * 0.22f;
  draw->AddLine(ImVec2(cx - k, c.y - k), ImVec2(cx + k, c.y + k), color, line);
  draw->AddLine(ImVec2(cx - k, c.y + k), ImVec2(cx + k, c.y - k), color, line);
}

// The finger hides the key it presses: show the character large just above it, as phones do.
void draw_preview(const UiFrame& frame, std::string_view shown, ImVec2 key_min, ImVec2 key_max) {
  ImFont* font = frame.fonts.title;
  const ImVec2 text =
      font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, shown.data(), shown.data() + shown.size());
  const float pad = frame.metrics.px(16.f);
  const float width = std::max((key_max.x - key_min.x) * 1.2f, text.x + 2 * pad);
  const float height = std::max((key_max.y - key_min.y) * 1.25f, text.y + 2 * pad);
  const float screen_width = ImGui::GetIO().DisplaySize.x;
  float x0 = (key_min.x + key_max.x - width) * 0.5f;
  x0 = std::clamp(x0, 0.f, std::max(0.f, screen_width - width));
  const float y1 = key_min.y - frame.metrics.px(8.f);
  const ImVec2 min(x0, y1 - height), max(x0 + width, y1);
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const float rounding = frame.metrics.px(14.f);
  const float shadow = frame.metrics.px(4.f);
  draw->AddRectFilled(ImVec2(min.x + shadow, min.y + shadow), ImVec2(max.x + shadow, max.y + shadow),
                      theme::rgb(0, 0, 0, 60), rounding);
  draw->AddRectFilled(min, max, theme::kSurface, rounding);
  draw->AddRect(min, max, theme::kPrimary, rounding, 0, frame.metrics.px(3.f));
  draw->AddText(font, font->FontSize,
                ImVec2((min.x + max.x - text.x) * 0.5f, (min.y + max.y - text.y) * 0.5f), theme::kText,
                shown.data(), shown.data() + shown.size());
}

}  // namespace

bool keyboard_key(UiFrame& frame, std::string_view id, const KeyFace& face, ImVec2 size) {
  const std::string imgui_id(id);
  const bool tapped = ImGui::InvisibleButton(imgui_id.c_str(), size);
  const bool held = ImGui::IsItemActive();
  record_last_item(frame, id, face.probe_label, true, face.on);
  frame.probe.items.back().spoken = false;  // the keyboard is not read out key by key

  ImU32 fill = theme::kSurface, text = theme::kText, border = theme::kBorder;
  switch (face.look) {
    case KeyLook::Character: fill = held ? kCharacterPressed : theme::kSurface; break;
    case KeyLook::Function:
      fill = held ? kFunctionPressed : (face.on ? theme::kSelected : kFunctionFill);
      border = face.on ? theme::kPrimary : theme::kBorder;
      break;
    case KeyLook::Done:
      fill = held ? theme::kPrimaryPressed : theme::kPrimary;
      text = theme::kOnPrimary;
      border = fill;
      break;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  if (held) {
    // Pressed keys also sink a little, so the press shows even under a finger's edge.
    const float inset = frame.metrics.px(3.f);
    min = ImVec2(min.x + inset, min.y + inset);
    max = ImVec2(max.x - inset, max.y - inset);
  }
  const float rounding = frame.metrics.px(12.f);
  draw->AddRectFilled(min, max, fill, rounding);
  if (border != fill)
    draw->AddRect(min, max, border, rounding, 0, frame.metrics.px(face.on || held ? 4.f : 1.5f));

  const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
  const float icon = std::min(max.x - min.x, max.y - min.y) * 0.42f;
  const float line = frame.metrics.px(3.f);
  if (face.icon == KeyIcon::Shift) {
    draw_shift(draw, centre, icon, text, face.on, line);
    return tapped;
  }
  if (face.icon == KeyIcon::Backspace) {
    draw_backspace(draw, centre, icon, text, line);
    return tapped;
  }
  if (face.shown.empty()) return tapped;
  if (held && face.look == KeyLook::Character) draw_preview(frame, face.shown, min, max);
  // Single characters get the large font; words fall back to smaller fonts until they fit.
  const float room = (max.x - min.x) - frame.metrics.px(12.f);
  ImFont* font = frame.fonts.heading;
  for (ImFont* candidate : {frame.fonts.heading, frame.fonts.body_bold, frame.fonts.small}) {
    font = candidate;
    const ImVec2 fits = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, face.shown.data(),
                                            face.shown.data() + face.shown.size());
    if (fits.x <= room && (face.shown.size() <= 4 || candidate != frame.fonts.heading)) break;
  }
  const ImVec2 extent = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, face.shown.data(),
                                            face.shown.data() + face.shown.size());
  draw->AddText(font, font->FontSize, ImVec2(centre.x - extent.x * 0.5f, centre.y - extent.y * 0.5f), text,
                face.shown.data(), face.shown.data() + face.shown.size());
  return tapped;
}

}  // namespace intake::ui
