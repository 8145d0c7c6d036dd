#include "ui/widgets/field_row.hpp"

#include <imgui.h>

#include <algorithm>

#include "submission/answer_display.hpp"
#include "ui/imgui_scope.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field.hpp"

namespace intake::ui {

void field_row(UiFrame& frame, FieldHost host, const FieldSpec& spec, std::string& value) {
  const float width = spec.width > 0.f ? spec.width : ImGui::GetContentRegionAvail().x;
  const float y0 = ImGui::GetCursorPosY();
  TextFieldView view;
  view.label = spec.label;
  view.value = value;
  view.placeholder = spec.hint.empty() ? std::string_view(frame.t("field.tap_to_type")) : spec.hint;
  view.note = spec.note;
  view.focused = host.focus.is_focused(spec.id);
  view.optional = spec.optional;
  if (text_field(frame, spec.id, view, width)) host.focus.focus(spec.id);
  host.focus.add({spec.id, &value, spec.layout, spec.max_length, y0, ImGui::GetCursorPosY()});
  if (!spec.note.empty() && host.reveal_problem) {
    scroll_to_reveal(host.scroll, y0 - frame.metrics.px(80.f), ImGui::GetCursorPosY());
    host.reveal_problem = false;
  }
}

void problem_note(UiFrame& frame, FieldHost host, std::string_view text, float content_y0) {
  attention_note(frame, text);
  if (host.reveal_problem) {
    scroll_to_reveal(host.scroll, content_y0 - frame.metrics.px(20.f), ImGui::GetCursorPosY());
    host.reveal_problem = false;
  }
}

std::string date_in_words(const UiFrame& frame, const CalendarDate& date) {
  return submission::date_text(date, frame.language);  // the words the PDF prints
}

void date_row(UiFrame& frame, FieldHost host, const std::string& id_prefix, std::string_view label,
              DateDraft& draft, std::string_view note) {
  text_block(frame, label, frame.fonts.body_bold, theme::kText);
  const float gap = frame.metrics.px(24.f);
  const float total = std::min(ImGui::GetContentRegionAvail().x, frame.metrics.tx(900.f));
  const float small = (total - 2 * gap) * 0.28f;
  const float year = total - 2 * gap - 2 * small;
  const float y = ImGui::GetCursorPosY();
  // One numeric box of the three, each after the first beside the one before.
  bool first = true;
  auto box = [&](const char* part, std::string_view box_label, std::string_view hint, std::size_t digits,
                 float width, std::string& value) {
    if (!first) {
      ImGui::SameLine(0, gap);
      ImGui::SetCursorPosY(y);
    }
    first = false;
    ScopedGroup group;
    field_row(frame, host,
              {id_prefix + part, box_label, KeyboardLayout::Numeric, digits, "", false, width, hint}, value);
  };
  box("_day", frame.t("field.day"), frame.t("field.day_hint"), 2, small, draft.day);
  box("_month", frame.t("field.month"), frame.t("field.month_hint"), 2, small, draft.month);
  box("_year", frame.t("field.year"), frame.t("field.year_hint"), 4, year, draft.year);
  if (auto date = draft_date(draft)) {
    muted_text(frame, frame.t("field.date_is") + " " + date_in_words(frame, *date));
  }
  if (!note.empty()) problem_note(frame, host, note, y - frame.metrics.tx(50.f));
}

}  // namespace intake::ui
