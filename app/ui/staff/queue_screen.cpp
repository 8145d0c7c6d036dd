// The queue: today's check-ins (or a search's results), stop flags first, then review, then
// the rest, a page at a time (the store pages with offset/limit over indexes, so it stays
// instant with 100,000 records).
#include <imgui.h>
#include <fmt/format.h>

#include <algorithm>

#include "store/record_read.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

void load_queue(StaffState& state) {
  state.queue_stale = false;
  state.queue_problem.clear();
  const auto today = staff::local_day_in_utc(std::chrono::system_clock::now());
  const auto query = staff::queue_query(state.filter, today, state.page * kQueuePageSize, kQueuePageSize);
  auto total = store::count_records(*state.store, query);
  auto rows = store::list_records(*state.store, query);
  for (auto& row : state.rows) {
    secure_wipe(row.given_name);
    secure_wipe(row.family_name);
  }
  state.rows.clear();
  if (!total || !rows) {
    state.queue_problem = !total ? total.error().message : rows.error().message;
    return;
  }
  state.total = *total;
  state.rows = std::move(*rows);
}

void open_record(StaffState& state, const std::string& record_id, const StaffContext& context,
                 const std::string& language) {
  state.close_record();
  auto record = store::view_record(*state.store, record_id, "staff:" + state.member->name);
  if (!record) {
    state.queue_problem = record.error().message;
    return;
  }
  state.record = std::move(*record);
  if (context.catalog != nullptr) {
    auto lines = staff::record_answer_lines(*state.record, *context.catalog, language);
    if (lines) state.answers = std::move(*lines);
    else state.record_problem = lines.error().message;
  }
  state.screen = StaffScreen::Record;
  state.focused_field.clear();
  state.keyboard.visible = false;
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

// One row: a large touch target with the patient's name, time, age, flag chips and status.
bool queue_row(UiFrame& frame, const store::RecordSummary& row, const StaffContext& context, float width) {
  const UiMetrics& m = frame.metrics;
  const float height = m.tx(104.f);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::PushID(row.id.c_str());
  const bool tapped = ImGui::InvisibleButton("row", ImVec2(width, height));
  const bool pressed = ImGui::IsItemActive();
  ImGui::PopID();
  const std::string name = row.given_name + " " + row.family_name;
  record_last_item(frame, "row_" + row.id, name, true, false);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 edge = row.flag_level > 0 ? severity_colour(static_cast<store::FlagSeverity>(row.flag_level)) : theme::kBorder;
  draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), pressed ? theme::kSecondaryPressed : theme::kSurface,
                      m.px(12.f));
  draw->AddRectFilled(at, ImVec2(at.x + m.px(12.f), at.y + height), edge, m.px(12.f), ImDrawFlags_RoundCornersLeft);
  draw->AddRect(at, ImVec2(at.x + width, at.y + height), theme::kBorder, m.px(12.f), 0, m.px(1.5f));

  const float pad = m.px(28.f);
  const int age = staff::age_on(row.date_of_birth, context.today);
  text_at(frame, ImVec2(at.x + pad, at.y + m.px(12.f)), name, frame.fonts.body_bold, theme::kText);
  const std::string details = staff::local_clock_time(row.created_at) + "   " +
                              (age >= 0 ? fmt::format(fmt::runtime(frame.t("staff.queue.age")), age) : std::string());
  text_at(frame, ImVec2(at.x + pad, at.y + height * 0.5f + m.px(4.f)), details, frame.fonts.small, theme::kMutedText);

  const ImVec2 keep = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(at.x + width * 0.36f, at.y + m.px(14.f)));
  float used = 0.f;
  for (std::size_t i = 0; i < row.flags.size() && used < width * 0.4f; ++i) {
    if (i > 0) ImGui::SameLine(0, m.px(10.f));
    const float before = ImGui::GetCursorScreenPos().x;
    flag_chip(frame, row.flags[i].first, row.flags[i].second);
    used += ImGui::GetItemRectMax().x - before;
  }
  if (row.flags.empty()) text_at(frame, ImGui::GetCursorScreenPos(), frame.t("staff.queue.no_flags"),
                                 frame.fonts.small, theme::kMutedText);
  const std::string status = frame.t(row.status == store::RecordStatus::reviewed ? "staff.status.reviewed"
                                                                                  : "staff.status.submitted");
  text_at(frame, ImVec2(at.x + width * 0.8f, at.y + height * 0.3f), status, frame.fonts.body_bold,
          row.status == store::RecordStatus::reviewed ? theme::kPrimary : theme::kAttention);
  ImGui::SetCursorScreenPos(keep);
  return tapped;
}

}  // namespace

StaffAction draw_staff_queue_screen(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "queue");
  if (state.queue_stale) load_queue(state);
  const float width = ImGui::GetContentRegionAvail().x;

  // Title, who is signed in, sign out.
  const ImVec2 top = ImGui::GetCursorPos();
  heading(frame, frame.t(state.filter.search.empty() ? "staff.queue.title" : "staff.queue.results"));
  text_block(frame,
             fmt::format(fmt::runtime(frame.t("staff.signed_in_as")), state.member->name,
                         frame.t(std::string("staff.role.") + store::to_string(state.member->role))),
             frame.fonts.small, theme::kMutedText);
  const ImVec2 after_title = ImGui::GetCursorPos();
  ImGui::SetCursorPos(ImVec2(top.x + width - m.tx(300.f), top.y));  // one row with the admin buttons
  ButtonOptions sign_out_options;
  sign_out_options.font = frame.fonts.body_bold;
  const bool sign_out = touch_button(frame, "sign_out", frame.t("staff.sign_out"), ImVec2(m.tx(300.f), m.tx(84.f)),
                                     sign_out_options);
  draw_admin_buttons(frame, state, ImVec2(top.x + width - m.tx(300.f) - m.px(20.f), top.y));  // admins only
  ImGui::SetCursorPos(after_title);

  // Search and filters.
  const std::string search_before = state.filter.search;
  const float search_width = width * 0.44f;
  const ImVec2 filters_top = ImGui::GetCursorPos();
  staff_text_input(frame, state, "search", frame.t("staff.queue.search"), state.filter.search, search_width);
  const float below_search = ImGui::GetCursorPosY();
  ImGui::SetCursorPos(ImVec2(filters_top.x + search_width + m.px(32.f), below_search - m.tx(84.f) - ImGui::GetStyle().ItemSpacing.y));
  bool changed = filter_toggle(frame, "flagged_only", frame.t("staff.queue.flagged_only"), state.filter.flagged_only,
                               m.tx(300.f));
  ImGui::SameLine(0, m.px(20.f));
  changed |= filter_toggle(frame, "unreviewed", frame.t("staff.queue.unreviewed"), state.filter.unreviewed_only,
                           m.tx(300.f));
  if (changed || state.filter.search != search_before) {
    state.page = 0;
    state.queue_stale = true;
  }
  ImGui::Dummy(ImVec2(0, m.px(8.f)));

  if (!state.queue_problem.empty()) attention_note(frame, state.queue_problem);
  const std::int64_t pages = std::max<std::int64_t>(1, (state.total + kQueuePageSize - 1) / kQueuePageSize);
  text_block(frame, fmt::format(fmt::runtime(frame.t("staff.queue.count")), state.total), frame.fonts.small,
             theme::kMutedText);
  std::string open_id;
  {
    ScopedId rows(frame, "rows");
    if (state.rows.empty()) body_text(frame, frame.t("staff.queue.empty"));
    for (const auto& row : state.rows)
      if (queue_row(frame, row, context, width)) open_id = row.id;
  }
  if (pages > 1) {
    ImGui::Dummy(ImVec2(0, m.px(8.f)));
    ButtonOptions options;
    options.enabled = state.page > 0;
    if (touch_button(frame, "previous_page", frame.t("staff.queue.previous"), ImVec2(m.tx(300.f), m.tx(84.f)), options)) {
      --state.page;
      state.queue_stale = true;
    }
    ImGui::SameLine(0, m.px(24.f));
    text_block(frame, fmt::format(fmt::runtime(frame.t("staff.queue.page")), state.page + 1, pages), frame.fonts.body,
               theme::kText, m.tx(300.f));
    ImGui::SameLine(0, m.px(24.f));
    options.enabled = state.page + 1 < pages;
    if (touch_button(frame, "next_page", frame.t("staff.queue.next"), ImVec2(m.tx(300.f), m.tx(84.f)), options)) {
      ++state.page;
      state.queue_stale = true;
    }
  }
  if (!open_id.empty()) open_record(state, open_id, context, frame.language);
  return sign_out ? StaffAction::close : StaffAction::none;
}

std::string* staff_focused_value(StaffState& state) {
  if (state.focused_field.empty()) return nullptr;
  if (std::string* admin_field = admin_focused_value(state)) return admin_field;
  if (state.screen == StaffScreen::SignIn || state.screen == StaffScreen::FirstAdmin)
    return state.focused_field == "name" ? &state.name : nullptr;
  if (state.screen == StaffScreen::Queue) return state.focused_field == "search" ? &state.filter.search : nullptr;
  if (state.focused_field == "note") return &state.note;
  if (state.focused_field == "folder") return &state.export_folder;
  return nullptr;
}

}  // namespace intake::ui
