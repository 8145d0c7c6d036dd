#include "ui/staff/staff_widgets.hpp"

#include <algorithm>

#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

bool pin_pad(UiFrame& frame, std::string& pin, float width) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "pin");
  const float gap = m.px(16.f);
  const float key_width = (width - 2 * gap) / 3.f;
  const float key_height = m.tx(100.f);

  // The PIN itself is never shown, only how many digits are in: one filled circle per digit.
  const float box_height = m.tx(84.f);
  const ImVec2 box = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(box, ImVec2(box.x + width, box.y + box_height), theme::kSurface, m.px(12.f));
  draw->AddRect(box, ImVec2(box.x + width, box.y + box_height), theme::kBorder, m.px(12.f), 0, m.px(2.f));
  const float radius = m.tx(12.f), spacing = m.tx(40.f);
  const float first_x = box.x + width * 0.5f - spacing * (static_cast<float>(pin.size()) - 1.f) * 0.5f;
  for (std::size_t i = 0; i < pin.size(); ++i)
    draw->AddCircleFilled(ImVec2(first_x + spacing * static_cast<float>(i), box.y + box_height * 0.5f),
                          radius, theme::kText);
  ImGui::Dummy(ImVec2(width, box_height));
  ImGui::Dummy(ImVec2(0, m.px(8.f)));

  static constexpr const char* kKeys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"};
  bool ok = false;
  for (int i = 0; i < 12; ++i) {
    if (i % 3 != 0) ImGui::SameLine(0, gap);
    const std::string key = kKeys[i];
    ButtonOptions options;
    options.font = frame.fonts.title;
    std::string label = key;
    if (key == "clear") {
      label = frame.t("staff.pin.clear");
      options.font = frame.fonts.heading;
    } else if (key == "ok") {
      label = frame.t("staff.pin.ok");
      options.kind = ButtonKind::Primary;
      options.font = frame.fonts.heading;
      options.enabled = store::is_valid_pin(pin);
    }
    if (touch_button(frame, "key_" + key, label, ImVec2(key_width, key_height), options)) {
      if (key == "clear") {
        secure_wipe(pin);
      } else if (key == "ok") {
        ok = true;
      } else if (pin.size() < 8) {
        pin += key;
      }
    }
    if (i % 3 == 2) ImGui::Dummy(ImVec2(0, gap - ImGui::GetStyle().ItemSpacing.y));
  }
  return ok;
}

ImU32 severity_colour(intake::Severity severity) {
  switch (severity) {
    case intake::Severity::stop: return theme::rgb(0xA3, 0x1B, 0x1B);    // white text 7:1
    case intake::Severity::review: return theme::rgb(0x8A, 0x4B, 0x00);  // white text 6:1
    case intake::Severity::note: return theme::rgb(0x2F, 0x4B, 0x6E);    // white text 9:1
  }
  return theme::kBorder;
}

namespace {

std::string chip_text(const UiFrame& frame, std::string_view label, intake::Severity severity) {
  return frame.t(std::string("staff.severity.") + to_string(severity)) + "  " + std::string(label);
}

}  // namespace

float flag_chip_width(const UiFrame& frame, std::string_view label, intake::Severity severity) {
  return text_size(frame.fonts.small, chip_text(frame, label, severity)).x + 2 * frame.metrics.px(14.f);
}

void status_pill(UiFrame& frame, ImVec2 at, std::string_view text, ImU32 colour) {
  const UiMetrics& m = frame.metrics;
  const ImVec2 size = text_size(frame.fonts.body_bold, text);
  const ImVec2 pad(m.px(16.f), m.px(6.f));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(at.x + size.x + 2 * pad.x, at.y + size.y + 2 * pad.y);
  draw->AddRectFilled(at, end, theme::kSurface, m.px(22.f));
  draw->AddRect(at, end, colour, m.px(22.f), 0, m.px(2.5f));
  text_at(frame, ImVec2(at.x + pad.x, at.y + pad.y), text, frame.fonts.body_bold, colour);
}

void flag_chip(UiFrame& frame, std::string_view label, intake::Severity severity) {
  const UiMetrics& m = frame.metrics;
  const std::string text = chip_text(frame, label, severity);
  const ImVec2 size = text_size(frame.fonts.small, text);
  const ImVec2 pad(m.px(14.f), m.px(6.f));
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size.x + 2 * pad.x, at.y + size.y + 2 * pad.y),
                                            severity_colour(severity), m.px(18.f));
  text_at(frame, ImVec2(at.x + pad.x, at.y + pad.y), text, frame.fonts.small, theme::kOnPrimary);
  ImGui::SetCursorScreenPos(at);
  ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
}

void set_notice(StaffState& state, std::string text, bool ok) {
  secure_wipe(state.notice);
  state.notice = std::move(text);
  state.notice_is_problem = !ok;
}

void notice_line(UiFrame& frame, const StaffState& state) {
  if (state.notice.empty()) return;
  if (state.notice_is_problem)
    attention_note(frame, state.notice);
  else
    text_block(frame, state.notice, frame.fonts.body_bold, theme::kPrimary);
}

void text_at(UiFrame& frame, ImVec2 position, std::string_view text, ImFont* font, ImU32 colour) {
  const ImVec2 keep = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(position);
  {
    ScopedGroup group;
    text_block(frame, text, font, colour, 100000.f);
  }
  ImGui::SetCursorScreenPos(keep);
}

void staff_text_input(UiFrame& frame, StaffState& state, std::string_view id, std::string_view label,
                      std::string& value, float width, bool optional, KeyboardLayout layout,
                      std::string_view note) {
  constexpr std::size_t kMaxLength = 200;
  TextFieldView view;
  view.label = label;
  view.value = value;
  view.placeholder = frame.t("field.tap_to_type");
  view.focused = state.focus.is_focused(id);
  view.optional = optional;
  view.note = note;
  if (text_field(frame, id, view, width)) state.focus.focus(id);
  state.focus.add({std::string(id), &value, layout, kMaxLength});
}

bool staff_cancel_button(UiFrame& frame) {
  ButtonOptions options;
  options.font = frame.fonts.body_bold;
  return touch_button(frame, "cancel", frame.t("staff.cancel"),
                      ImVec2(frame.metrics.tx(300.f), frame.metrics.tx(84.f)), options);
}

}  // namespace intake::ui
