// Which days the queue shows: a few presets, then a first and last day moved a day or a week
// at a time. Nothing is typed, and no day after today can be chosen.
#include <imgui.h>

#include <algorithm>

#include "ui/staff/day_text.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

struct Preset {
  const char* id;
  int first_offset;  // days before today
  int last_offset;
};
constexpr Preset kPresets[] = {{"today", 0, 0}, {"yesterday", 1, 1}, {"last_7", 6, 0}, {"last_30", 29, 0}};

// "− week", "− day", the day, "+ day", "+ week" on one line; returns the day moved.
CalendarDate day_stepper(UiFrame& frame, std::string_view id, const CalendarDate& day,
                         const CalendarDate& today, DateOrder order) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, id);
  const ImVec2 size(m.tx(170.f), m.tx(96.f));
  const float gap = m.px(16.f), text_width = m.tx(420.f);
  const ImVec2 row = ImGui::GetCursorScreenPos();
  CalendarDate moved = day;
  // Buttons placed absolutely on one line; the day's text is drawn between them last.
  auto place = [&](float x) { ImGui::SetCursorScreenPos(ImVec2(row.x + x, row.y)); };
  place(0.f);
  if (touch_button(frame, "minus_week", frame.t("staff.days.minus_week"), size)) moved = add_days(day, -7);
  place(size.x + gap);
  if (touch_button(frame, "minus_day", frame.t("staff.days.minus_day"), size)) moved = add_days(day, -1);
  const float text_x = 2 * (size.x + gap) + gap;
  ButtonOptions later;
  later.enabled = day < today;
  place(text_x + text_width + gap);
  if (touch_button(frame, "plus_day", frame.t("staff.days.plus_day"), size, later)) moved = add_days(day, 1);
  place(text_x + text_width + gap + size.x + gap);
  if (touch_button(frame, "plus_week", frame.t("staff.days.plus_week"), size, later))
    moved = add_days(day, 7);
  const std::string shown = day_text(frame, order, day);
  const ImVec2 shown_size = text_size(frame.fonts.heading, shown);
  text_at(frame,
          ImVec2(row.x + text_x + (text_width - shown_size.x) * 0.5f, row.y + (size.y - shown_size.y) * 0.5f),
          shown, frame.fonts.heading, theme::kText);
  ImGui::SetCursorScreenPos(ImVec2(row.x, row.y + size.y + ImGui::GetStyle().ItemSpacing.y));
  return std::min(moved, today);
}

}  // namespace

StaffAction draw_staff_days_screen(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "days");
  const CalendarDate today = context.today;
  heading(frame, frame.t("staff.days.title"));
  muted_text(frame, days_text(frame, context.date_order, state.days.first, state.days.last, today));
  ImGui::Dummy(ImVec2(0, m.px(16.f)));

  {
    ScopedId presets(frame, "preset");
    bool first = true;
    for (const Preset& preset : kPresets) {
      if (!first) ImGui::SameLine(0, m.px(20.f));
      first = false;
      const CalendarDate from = add_days(today, -preset.first_offset),
                         to = add_days(today, -preset.last_offset);
      ButtonOptions options;
      options.kind = ButtonKind::Choice;
      options.selected = state.days.first == from && state.days.last == to;
      if (touch_button(frame, preset.id, frame.t(std::string("staff.days.") + preset.id),
                       ImVec2(m.tx(300.f), m.tx(96.f)), options)) {
        state.days.first = from;
        state.days.last = to;
      }
    }
  }
  ImGui::Dummy(ImVec2(0, m.px(24.f)));
  text_block(frame, frame.t("staff.days.from"), frame.fonts.body_bold, theme::kText);
  state.days.first = day_stepper(frame, "from", state.days.first, today, context.date_order);
  if (state.days.last < state.days.first) state.days.last = state.days.first;
  ImGui::Dummy(ImVec2(0, m.px(16.f)));
  text_block(frame, frame.t("staff.days.to"), frame.fonts.body_bold, theme::kText);
  state.days.last = day_stepper(frame, "to", state.days.last, today, context.date_order);
  if (state.days.last < state.days.first) state.days.first = state.days.last;

  ImGui::Dummy(ImVec2(0, m.px(40.f)));
  const ImVec2 button(m.tx(360.f), m.tx(96.f));
  const bool cancel = touch_button(frame, "cancel", frame.t("staff.cancel"), button);
  ImGui::SameLine(0, m.px(24.f));
  ButtonOptions show_options;
  show_options.kind = ButtonKind::Primary;
  if (touch_button(frame, "show", frame.t("staff.days.show"), button, show_options)) {
    state.queue.filter.first_day = state.days.first;
    state.queue.filter.last_day = state.days.last;
    state.queue.page = 0;
    state.queue.stale = true;
    state.screen = StaffScreen::Queue;
  }
  if (cancel) state.screen = StaffScreen::Queue;
  return StaffAction::none;
}

}  // namespace intake::ui
