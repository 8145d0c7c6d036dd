// The queue: today's check-ins (or a search's results), stop flags first, then review, then
// the rest, a page at a time (the store pages with offset/limit over indexes, so it stays
// instant with 100,000 records).
#include "ui/staff/queue_screen.hpp"

#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "store/record_read.hpp"
#include "ui/staff/day_text.hpp"
#include "ui/staff/export_screen.hpp"
#include "ui/staff/fhir_delivery_line.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/staff/visit_history_panel.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

constexpr float kRowHeight = 96.f;  // at 1080p: four rows and the filters fit a 1920x1080 screen

void load_queue(const UiFrame& frame, StaffState& state, const CalendarDate& today) {
  state.queue.stale = false;
  state.queue.problem.clear();
  const auto query = staff::queue_query(state.queue.filter, today, state.queue.page * state.queue.page_size,
                                        state.queue.page_size);
  auto total = store::count_records(*state.store, query);
  auto rows = store::list_records(*state.store, query);
  for (auto& row : state.queue.rows) {
    secure_wipe(row.given_name);
    secure_wipe(row.family_name);
  }
  state.queue.rows.clear();
  if (!total || !rows) {
    state.queue.problem = error_text(frame, !total ? total.error() : rows.error());
    return;
  }
  // A page of names is a read of patient data: recorded before it is shown.
  if (auto st = staff::audit_queue_view(*state.store, "staff:" + state.member->name, state.queue.filter,
                                        state.queue.page, rows->size());
      !st) {
    for (auto& row : *rows) {
      secure_wipe(row.given_name);
      secure_wipe(row.family_name);
    }
    state.queue.problem = error_text(frame, st.error());
    return;
  }
  state.queue.total = *total;
  state.queue.rows = std::move(*rows);
  auto visits = store::visit_numbers(*state.store, state.queue.rows);
  state.queue.row_visits = visits ? std::move(*visits) : std::vector<int>(state.queue.rows.size(), 1);
}

void open_record(const UiFrame& frame, StaffState& state, const std::string& record_id,
                 const StaffContext& context) {
  const std::string& language = frame.language;
  state.close_record();
  auto record = store::view_record(*state.store, record_id, "staff:" + state.member->name);
  if (!record) {
    state.queue.problem = error_text(frame, record.error());
    return;
  }
  state.record.open = std::move(*record);
  load_visit_history(frame, state);
  if (context.catalog != nullptr) {
    auto lines = staff::record_answer_lines(*state.record.open, *context.catalog, language);
    if (lines)
      state.record.answers = std::move(*lines);
    else
      state.record.problem = error_text(frame, lines.error());
  }
  state.screen = StaffScreen::Record;
  state.focus.clear();
}

bool filter_toggle(UiFrame& frame, std::string_view id, std::string_view label, bool& value, float width) {
  ButtonOptions options;
  options.kind = ButtonKind::Choice;
  options.checkbox = true;
  options.selected = value;
  options.font = frame.fonts.body;
  if (!touch_button(frame, id, label, ImVec2(width, frame.metrics.tx(84.f)), options)) return false;
  value = !value;
  return true;
}

// The row's status, right: "Not reviewed" as an outlined pill (never filled like a flag chip),
// or after a review the decision in words, coloured as it matters to the front desk.
void row_status(UiFrame& frame, const store::RecordSummary& row, ImVec2 at, float height) {
  const UiMetrics& m = frame.metrics;
  if (row.status != store::RecordStatus::reviewed || !row.decision) {
    const float pill_height = frame.fonts.body_bold->FontSize + m.px(12.f);
    status_pill(frame, ImVec2(at.x, at.y + (height - pill_height) * 0.5f), frame.t("staff.status.submitted"),
                theme::kText);
    return;
  }
  const ImU32 colour = *row.decision == intake::ReviewDecision::not_treated
                           ? severity_colour(intake::Severity::stop)
                           : theme::kPrimary;
  text_at(frame, ImVec2(at.x, at.y + m.px(12.f)), frame.t("staff.status.reviewed"), frame.fonts.small,
          theme::kMutedText);
  text_at(frame, ImVec2(at.x, at.y + height * 0.5f), decision_text(frame, *row.decision),
          frame.fonts.body_bold, colour);
}

// Every flag as a chip with its staff label, on up to two lines within `room`; what does not
// fit is counted at the end ("+2 more").
void row_flags(UiFrame& frame, const store::RecordSummary& row, const StaffContext& context, ImVec2 at,
               float room) {
  const UiMetrics& m = frame.metrics;
  if (row.flags.empty()) {
    text_at(frame, ImVec2(at.x, at.y + m.px(6.f)), frame.t("staff.queue.no_flags"), frame.fonts.small,
            theme::kMutedText);
    return;
  }
  constexpr int kLines = 2;
  const float gap = m.px(10.f);
  const float line_height = frame.fonts.small->FontSize + m.px(12.f) + m.px(6.f);
  const auto more_text = [&](std::size_t count) {
    return fmt::format(fmt::runtime(frame.t("staff.queue.more_flags")), count);
  };
  float x = at.x, y = at.y;
  int line = 0;
  for (std::size_t i = 0; i < row.flags.size(); ++i) {
    const auto& [code, severity] = row.flags[i];
    const std::string label = flag_label(frame, context, row.form_id, code);
    const float chip = flag_chip_width(frame, label, severity);
    const std::size_t after = row.flags.size() - i - 1;
    const float more = after > 0 ? gap + text_size(frame.fonts.small, more_text(after)).x : 0.f;
    auto fits = [&] { return x + chip + (line == kLines - 1 ? more : 0.f) <= at.x + room; };
    if (!fits() && x > at.x && line < kLines - 1) {
      ++line;
      x = at.x;
      y += line_height;
    }
    if (!fits()) {
      text_at(frame, ImVec2(x, y + m.px(6.f)), more_text(row.flags.size() - i), frame.fonts.small,
              theme::kText);
      return;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    flag_chip(frame, label, severity);
    x += chip + gap;
  }
}

// One row: a large touch target with the patient's name and date of birth, when they checked in
// and how long they have waited, every flag in words and the status or decision.
// with_date: the rows span several days (a range, a search), so each says which day.
bool queue_row(UiFrame& frame, const store::RecordSummary& row, int visit, const StaffContext& context,
               float width, bool with_date) {
  const UiMetrics& m = frame.metrics;
  const float height = m.tx(kRowHeight);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  bool tapped = false, pressed = false;
  {
    ScopedImGuiId id(row.id);  // the probe names the row itself (record_last_item below)
    tapped = ImGui::InvisibleButton("row", ImVec2(width, height));
    pressed = ImGui::IsItemActive();
  }
  const std::string name = row.given_name + " " + row.family_name;
  record_last_item(frame, "row_" + row.id, name, true, false);
  const ImVec2 keep = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const bool reviewed = row.status == store::RecordStatus::reviewed;
  // The edge says what still needs a practitioner; a reviewed row's flags are dealt with.
  const ImU32 edge = row.flag_level > 0 && !reviewed
                         ? severity_colour(static_cast<intake::Severity>(row.flag_level))
                         : theme::kBorder;
  draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height),
                      pressed ? theme::kSecondaryPressed : theme::kSurface, m.px(12.f));
  draw->AddRectFilled(at, ImVec2(at.x + m.px(12.f), at.y + height), edge, m.px(12.f),
                      ImDrawFlags_RoundCornersLeft);
  draw->AddRect(at, ImVec2(at.x + width, at.y + height), theme::kBorder, m.px(12.f), 0, m.px(1.5f));

  const float pad = m.px(28.f);
  text_at(frame, ImVec2(at.x + pad, at.y + m.px(12.f)), name, frame.fonts.body_bold, theme::kText);
  if (visit > 1) {  // a returning patient: earlier visits are on the record screen
    const float name_width = text_size(frame.fonts.body_bold, name).x;
    text_at(frame, ImVec2(at.x + pad + name_width + m.px(20.f), at.y + m.px(16.f)),
            fmt::format(fmt::runtime(frame.t("staff.queue.returning")), visit), frame.fonts.small,
            theme::kPrimary);
  }
  // Two Carmens differ by their dates of birth; the day's rows by how long each has waited.
  const int age = staff::age_on(row.date_of_birth, context.today);
  std::string details =
      fmt::format(fmt::runtime(frame.t("staff.queue.born")), date_text(frame, context, row.date_of_birth));
  if (age >= 0) details += " (" + fmt::format(fmt::runtime(frame.t("staff.queue.age")), age) + ")";
  const std::string checked_in = with_date ? stored_time_text(frame, context, row.created_at)
                                           : stored_clock_or_day(frame, context, row.created_at);
  if (!checked_in.empty()) details += "   ·   " + checked_in;
  if (const std::string waiting = waiting_text(frame, context, row.created_at); !waiting.empty() && !reviewed)
    details += ", " + waiting;
  text_at(frame, ImVec2(at.x + pad, at.y + height * 0.5f + m.px(4.f)), details, frame.fonts.small,
          theme::kMutedText);

  row_flags(frame, row, context, ImVec2(at.x + width * 0.40f, at.y + m.px(12.f)), width * 0.38f);
  row_status(frame, row, ImVec2(at.x + width * 0.80f, at.y), height);
  ImGui::SetCursorScreenPos(keep);
  return tapped;
}

// The days shown, one day earlier or later, or "Choose days"; and the export of those days for
// those who may export. A search looks through every day, so the row says so instead.
void day_row(UiFrame& frame, StaffState& state, const StaffContext& context, float width) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "days");
  const ImVec2 button(m.tx(120.f), m.tx(84.f));
  if (!state.queue.filter.search.empty()) {
    ImGui::Dummy(ImVec2(0, (button.y - ImGui::GetTextLineHeight()) * 0.5f));
    muted_text(frame, frame.t("staff.queue.every_day"));
    ImGui::Dummy(ImVec2(0, (button.y - ImGui::GetTextLineHeight()) * 0.5f));
    return;
  }
  const staff::DayRange days = staff::shown_days(state.queue.filter, context.today);
  const std::int64_t length = to_day_number(days.last) - to_day_number(days.first) + 1;
  auto shift = [&](std::int64_t by) {
    state.queue.filter.first_day = add_days(days.first, by);
    state.queue.filter.last_day = add_days(days.last, by);
    state.queue.page = 0;
    state.queue.stale = true;
  };
  // Every button placed absolutely on one line: text drawn between them must not shift them.
  const ImVec2 row = ImGui::GetCursorScreenPos();
  const float label_width = m.tx(640.f);
  ImGui::SetCursorScreenPos(row);
  if (touch_button(frame, "earlier", frame.t("staff.queue.earlier"), button)) shift(-length);
  float x = row.x + button.x + m.px(16.f) + label_width + m.px(16.f);
  ImGui::SetCursorScreenPos(ImVec2(x, row.y));
  ButtonOptions later;
  later.enabled = days.last < context.today;
  if (touch_button(frame, "later", frame.t("staff.queue.later"), button, later)) {
    const std::int64_t room = to_day_number(context.today) - to_day_number(days.last);
    shift(std::min(length, room));
  }
  x += button.x + m.px(24.f);
  ImGui::SetCursorScreenPos(ImVec2(x, row.y));
  if (touch_button(frame, "choose", frame.t("staff.queue.choose_days"), ImVec2(m.tx(300.f), button.y))) {
    state.days.first = days.first;
    state.days.last = days.last;
    state.screen = StaffScreen::Days;
  }
  if (state.member->role != store::StaffRole::front_desk) {  // PDFs hold answers: as for the record view
    ImGui::SetCursorScreenPos(ImVec2(row.x + width - m.tx(360.f), row.y));
    ButtonOptions options;
    options.enabled = state.queue.total > 0;
    if (touch_button(frame, "export", frame.t("staff.queue.export_days"), ImVec2(m.tx(360.f), button.y),
                     options))
      open_export(state, "",
                  fmt::format(fmt::runtime(frame.t("staff.export.days_what")),
                              days_text(frame, context.date_order, days.first, days.last, context.today),
                              state.queue.total),
                  context);
  }
  const std::string shown = days_text(frame, context.date_order, days.first, days.last, context.today);
  const float text_height = text_size(frame.fonts.body_bold, shown).y;
  text_at(frame, ImVec2(row.x + button.x + m.px(24.f), row.y + (button.y - text_height) * 0.5f), shown,
          frame.fonts.body_bold, theme::kText);
  ImGui::SetCursorScreenPos(ImVec2(row.x, row.y + button.y + ImGui::GetStyle().ItemSpacing.y));
}

}  // namespace

void QueueState::wipe() {
  for (auto& row : rows) {
    secure_wipe(row.given_name);
    secure_wipe(row.family_name);
    secure_wipe(row.date_of_birth);
  }
  rows.clear();
  secure_wipe(filter.search);
}

StaffAction draw_staff_queue_screen(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "queue");
  const bool reload = state.queue.stale;
  if (reload) load_queue(frame, state, context.today);
  refresh_delivery_line(frame, state, context, reload);
  const float width = ImGui::GetContentRegionAvail().x;

  // Title, who is signed in, sign out.
  const ImVec2 top = ImGui::GetCursorPos();
  const bool only_today = !state.queue.filter.first_day || (state.queue.filter.first_day == context.today &&
                                                            state.queue.filter.last_day == context.today);
  heading(frame, frame.t(!state.queue.filter.search.empty() ? "staff.queue.results"
                         : only_today                       ? "staff.queue.title"
                                                            : "staff.queue.title_days"));
  text_block(frame,
             fmt::format(fmt::runtime(frame.t("staff.signed_in_as")), state.member->name,
                         frame.t(std::string("staff.role.") + to_string(state.member->role))),
             frame.fonts.small, theme::kMutedText);
  const ImVec2 after_title = ImGui::GetCursorPos();
  ImGui::SetCursorPos(ImVec2(top.x + width - m.tx(300.f), top.y));  // one row with the admin buttons
  ButtonOptions sign_out_options;
  sign_out_options.font = frame.fonts.body_bold;
  const bool sign_out = touch_button(frame, "sign_out", frame.t("staff.sign_out"),
                                     ImVec2(m.tx(300.f), m.tx(84.f)), sign_out_options);
  draw_admin_buttons(frame, state, ImVec2(top.x + width - m.tx(300.f) - m.px(20.f), top.y));  // admins only
  ImGui::SetCursorPos(after_title);

  // Search and filters.
  const std::string search_before = state.queue.filter.search;
  const float search_width = width * 0.44f;
  const ImVec2 filters_top = ImGui::GetCursorPos();
  staff_text_input(frame, state, "search", frame.t("staff.queue.search"), state.queue.filter.search,
                   search_width);
  const float below_search = ImGui::GetCursorPosY();
  ImGui::SetCursorPos(ImVec2(filters_top.x + search_width + m.px(32.f),
                             below_search - m.tx(84.f) - ImGui::GetStyle().ItemSpacing.y));
  bool changed = filter_toggle(frame, "flagged_only", frame.t("staff.queue.flagged_only"),
                               state.queue.filter.flagged_only, m.tx(300.f));
  ImGui::SameLine(0, m.px(20.f));
  changed |= filter_toggle(frame, "unreviewed", frame.t("staff.queue.unreviewed"),
                           state.queue.filter.unreviewed_only, m.tx(300.f));
  if (changed || state.queue.filter.search != search_before) {
    state.queue.page = 0;
    state.queue.stale = true;
  }
  ImGui::Dummy(ImVec2(0, m.px(8.f)));
  day_row(frame, state, context, width);
  ImGui::Dummy(ImVec2(0, m.px(4.f)));

  notice_line(frame, state);  // e.g. the clinic's details saved at first run
  for (const auto& problem : state.kiosk_problems) attention_note(frame, problem);
  if (!state.queue.problem.empty()) attention_note(frame, state.queue.problem);
  if (!state.queue.delivery.text.empty()) {
    ScopedId delivery(frame, "fhir_delivery");
    muted_text(frame, state.queue.delivery.text);
  }
  // The count, and on the same line the page buttons (right), so the rows get the rest.
  const ImVec2 line = ImGui::GetCursorScreenPos();
  const ImVec2 page_button(m.tx(260.f), m.tx(84.f));
  // As many rows as fit under that line, so no row is ever cut off at its edge. Known before
  // the page buttons are drawn: they count the pages of this size in this same frame (a screen
  // that sleeps until the next touch never shows a stale page count).
  const float pitch = m.tx(kRowHeight) + ImGui::GetStyle().ItemSpacing.y;
  const float room = ImGui::GetContentRegionAvail().y - page_button.y - ImGui::GetStyle().ItemSpacing.y;
  const std::int64_t fits =
      std::max<std::int64_t>(1, static_cast<std::int64_t>((room + ImGui::GetStyle().ItemSpacing.y) / pitch));
  if (fits != state.queue.page_size) {
    state.queue.page =
        state.queue.page * state.queue.page_size / fits;  // keep the first row shown on the page
    state.queue.page_size = fits;
    load_queue(frame, state, context.today);
  }
  text_at(frame, ImVec2(line.x, line.y + page_button.y * 0.5f - ImGui::GetTextLineHeight() * 0.5f),
          fmt::format(fmt::runtime(frame.t("staff.queue.count")), state.queue.total), frame.fonts.body,
          theme::kMutedText);
  const std::int64_t pages =
      std::max<std::int64_t>(1, (state.queue.total + state.queue.page_size - 1) / state.queue.page_size);
  if (pages > 1) {
    const float page_text_width = m.tx(240.f);
    float x = line.x + width - 2 * page_button.x - page_text_width - 2 * m.px(16.f);
    ImGui::SetCursorScreenPos(ImVec2(x, line.y));
    ButtonOptions options;
    options.enabled = state.queue.page > 0;
    if (touch_button(frame, "previous_page", frame.t("staff.queue.previous"), page_button, options)) {
      --state.queue.page;
      state.queue.stale = true;
    }
    x += page_button.x + m.px(16.f);
    const std::string page_text =
        fmt::format(fmt::runtime(frame.t("staff.queue.page")), state.queue.page + 1, pages);
    const float text_width = ImGui::CalcTextSize(page_text.c_str()).x;
    text_at(frame,
            ImVec2(x + (page_text_width - text_width) * 0.5f,
                   line.y + page_button.y * 0.5f - ImGui::GetTextLineHeight() * 0.5f),
            page_text, frame.fonts.body, theme::kText);
    x += page_text_width + m.px(16.f);
    ImGui::SetCursorScreenPos(ImVec2(x, line.y));
    options.enabled = state.queue.page + 1 < pages;
    if (touch_button(frame, "next_page", frame.t("staff.queue.next"), page_button, options)) {
      ++state.queue.page;
      state.queue.stale = true;
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(line.x, line.y + page_button.y + ImGui::GetStyle().ItemSpacing.y));
  std::string open_id;
  {
    ScopedId rows(frame, "rows");
    if (state.queue.rows.empty()) body_text(frame, frame.t("staff.queue.empty"));
    for (std::size_t i = 0; i < state.queue.rows.size(); ++i) {
      const auto& row = state.queue.rows[i];
      const int visit = i < state.queue.row_visits.size() ? state.queue.row_visits[i] : 1;
      if (queue_row(frame, row, visit, context, width, !only_today || !state.queue.filter.search.empty()))
        open_id = row.id;
    }
  }
  if (!open_id.empty()) open_record(frame, state, open_id, context);
  return sign_out ? StaffAction::close : StaffAction::none;
}

}  // namespace intake::ui
