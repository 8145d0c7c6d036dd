// One record for staff: identity and flags (every role), then every answer with the flagged
// ones highlighted, consent version and reviews (practitioners and admins). A practitioner
// records a review with a countersignature; practitioners and admins export the PDFs.
#include "ui/staff/record_screen.hpp"

#include <fmt/format.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "staff/patient_copy.hpp"
#include "staff/staff_queue.hpp"
#include "staff/staff_review.hpp"
#include "store/record_read.hpp"
#include "submission/json_wipe.hpp"
#include "submission/session_json.hpp"
#include "ui/staff/export_screen.hpp"
#include "ui/staff/record_document_view.hpp"
#include "ui/staff/record_header.hpp"
#include "ui/staff/review_panel.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/staff/visit_history_panel.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

bool sees_answers(store::StaffRole role) { return role != store::StaffRole::front_desk; }

void section_title(UiFrame& frame, std::string_view text) {
  ImGui::Dummy(ImVec2(0, frame.metrics.px(12.f)));
  text_block(frame, text, frame.fonts.heading, theme::kPrimary);
}

void label_value(UiFrame& frame, std::string_view label, std::string_view value) {
  text_block(frame, std::string(label) + ": " + std::string(value), frame.fonts.body, theme::kText);
}

// The patient's signature as drawn, scaled into a box of the given width (aspect kept).
void draw_stored_signature(UiFrame& frame, const std::string& signature_json, float width) {
  const UiMetrics& m = frame.metrics;
  nlohmann::json stored = nlohmann::json::parse(signature_json, nullptr, false);
  auto drawing = submission::signature_from_json(stored, "signature");
  submission::wipe_json(stored);
  if (!drawing || drawing->width <= 0.f || drawing->height <= 0.f) return;
  const float scale = width / drawing->width;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 size(width, drawing->height * scale);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), theme::kSurface, m.px(8.f));
  draw->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), theme::kBorder, m.px(8.f));
  for (const Stroke& stroke : drawing->strokes) {
    std::vector<ImVec2> points;
    for (const StrokePoint& point : stroke)
      points.emplace_back(at.x + point.x * scale, at.y + point.y * scale);
    if (points.size() >= 2)
      draw->AddPolyline(points.data(), static_cast<int>(points.size()), theme::kText, 0, m.px(2.5f));
  }
  ImGui::Dummy(size);
}

std::string treatment_name(const UiFrame& frame, const StaffContext& context, const std::string& form_id) {
  const forms::Form* form = context.catalog ? context.catalog->find(form_id) : nullptr;
  if (!form) return form_id;
  return forms::localized(form->treatment.empty() ? form->title : form->treatment, frame.language);
}

void draw_details(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const store::Record& record = *state.record.open;
  const UiMetrics& m = frame.metrics;
  section_title(frame, frame.t("staff.record.identity"));
  const int age = staff::age_on(record.patient.date_of_birth, context.today);
  label_value(frame, frame.t("staff.record.date_of_birth"),
              date_text(frame, context, record.patient.date_of_birth) +
                  (age >= 0 ? "  (" + fmt::format(fmt::runtime(frame.t("staff.queue.age")), age) + ")" : ""));
  label_value(frame, frame.t("staff.record.phone"), record.patient.phone);
  if (!record.patient.email.empty()) label_value(frame, frame.t("staff.record.email"), record.patient.email);
  if (record.guardian)
    label_value(frame, frame.t("staff.record.guardian"),
                record.guardian->name + " (" + record.guardian->relationship + ")");
  label_value(frame, frame.t("staff.record.checked_in"), stored_time_text(frame, context, record.created_at));
  draw_visit_history(frame, state, context);

  section_title(frame, frame.t("staff.record.flags"));
  if (record.flags.empty()) body_text(frame, frame.t("staff.queue.no_flags"));
  for (const store::RecordFlag& flag : record.flags) {
    flag_chip(frame, flag_label(frame, context, record.form_id, flag.code), flag.severity);
    text_block(frame, flag_message(frame, context, record.form_id, flag.code, flag.staff_message),
               frame.fonts.body, theme::kText);
    ImGui::Dummy(ImVec2(0, m.px(6.f)));
  }

  if (!sees_answers(state.member->role)) {
    ImGui::Dummy(ImVec2(0, m.px(12.f)));
    muted_text(frame, frame.t("staff.record.front_desk_limit"));
    return;
  }
  section_title(frame, frame.t("staff.record.answers"));
  if (!state.record.problem.empty()) attention_note(frame, state.record.problem);
  const float width = ImGui::GetContentRegionAvail().x;
  for (const auto& line : state.record.answers) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    {
      ScopedGroup group;
      ScopedIndent indent(m.px(16.f));
      text_block(frame, line.question, frame.fonts.small, theme::kMutedText, width - m.px(32.f));
      text_block(frame, line.answer, line.flag_level > 0 ? frame.fonts.body_bold : frame.fonts.body,
                 theme::kText, width - m.px(32.f));
    }
    if (line.flag_level > 0) {
      // Flagged answers: a severity-coloured bar and a tinted background, plus the word.
      const ImVec2 end = ImGui::GetItemRectMax();
      ImDrawList* draw = ImGui::GetWindowDrawList();
      draw->AddRectFilled(at, ImVec2(at.x + m.px(6.f), end.y),
                          severity_colour(static_cast<intake::Severity>(line.flag_level)));
      text_at(
          frame, ImVec2(at.x + width - m.tx(160.f), at.y),
          frame.t(std::string("staff.severity.") + to_string(static_cast<intake::Severity>(line.flag_level))),
          frame.fonts.small, severity_colour(static_cast<intake::Severity>(line.flag_level)));
    }
    ImGui::Dummy(ImVec2(0, m.px(6.f)));
  }

  section_title(frame, frame.t("staff.record.consent"));
  label_value(frame, frame.t("staff.record.form_version"),
              fmt::format(fmt::runtime(frame.t("staff.record.form_and_version")),
                          treatment_name(frame, context, record.form_id), record.form_version));
  label_value(frame, frame.t("staff.record.signed_at"), recorded_time_text(frame, context, record.signed_at));
  label_value(frame, frame.t("staff.record.photo_consent"),
              frame.t(record.photo_consent ? "staff.yes" : "staff.no"));
  text_block(frame, frame.t("staff.record.signature"), frame.fonts.body, theme::kText);
  draw_stored_signature(frame, record.signature_json, std::min(width, m.tx(600.f)));
  section_title(frame, frame.t("staff.record.pdfs"));
  for (const auto& pdf : record.pdfs) body_text(frame, version_text(frame, context, pdf));
  for (const auto& review : record.reviews)
    label_value(frame, frame.t("staff.record.reviewed_by"),
                fmt::format(fmt::runtime(frame.t("staff.record.review_line")), review.reviewer_name,
                            recorded_time_text(frame, context, review.reviewed_at),
                            decision_text(frame, review.decision)));
}

// Straight to the clinic's printer: the patient leaves with what they signed and the aftercare.
void print_copy(UiFrame& frame, StaffState& state, const StaffContext& context) {
  auto options = staff::clinic_print_options(*state.store);
  const staff::PatientCopySource source{*context.catalog, context.fonts_dir, context.credentials_dir};
  const Status printed = options ? staff::print_patient_copy(*state.store, state.record.open->id, source,
                                                             *options, "staff:" + state.member->name)
                                 : Status(options.error());
  // A failure says what to do next, in the staff's language when the core gave it a key.
  set_notice(state, printed ? frame.t("staff.copy.printed") : error_text(frame, printed.error()),
             printed.ok());
}

}  // namespace

void RecordState::close() {
  if (open) store::secure_wipe(*open);
  open.reset();
  staff::wipe_answer_lines(answers);
  if (history)
    for (store::EarlierVisit& visit : history->earlier) {
      secure_wipe(visit.note);
      secure_wipe(visit.reaction);
    }
  history.reset();
  secure_wipe(problem);
  scroll.reset();
  decision.reset();
  secure_wipe(note);
  for (auto& [code, reason] : reasons) secure_wipe(reason);
  reasons.clear();
  reasons_tried = false;
  reveal_reasons = 0;
  review_scroll.reset();
  review_fixed_height = 0.f;
  clear_signature(countersignature);
  countersignature = SignaturePadState{};
  document.close();  // every page texture released; the pixels were wiped when uploaded
}

StaffAction draw_staff_record_screen(UiFrame& frame, StaffState& state, const StaffContext& context) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "record");
  const float width = ImGui::GetContentRegionAvail().x;
  const bool may_export = sees_answers(state.member->role);

  // Top bar, one row: back, the patient's name and status, and the export to a folder.
  const ImVec2 bar = ImGui::GetCursorScreenPos();
  ButtonOptions back_options;
  back_options.font = frame.fonts.body_bold;
  ImGui::SetCursorScreenPos(ImVec2(bar.x, bar.y + m.tx(36.f)));
  const bool back = touch_button(frame, "back", frame.t("staff.record.back"), ImVec2(m.tx(280.f), m.tx(84.f)),
                                 back_options);
  const float title_x = bar.x + m.tx(280.f) + m.px(32.f);
  text_at(frame, ImVec2(title_x, bar.y + m.tx(30.f)),
          state.record.open->patient.given_name + " " + state.record.open->patient.family_name,
          frame.fonts.heading, theme::kText);
  {  // Under the name: who this is (two Carmens differ by birth date) and where the record stands.
    const store::Record& record = *state.record.open;
    const int age = staff::age_on(record.patient.date_of_birth, context.today);
    std::string line = fmt::format(fmt::runtime(frame.t("staff.queue.born")),
                                   date_text(frame, context, record.patient.date_of_birth));
    if (age >= 0) line += " (" + fmt::format(fmt::runtime(frame.t("staff.queue.age")), age) + ")";
    line += "   ·   " + (record.reviews.empty() ? frame.t("staff.status.submitted")
                                                : decision_text(frame, record.reviews.back().decision));
    text_at(frame, ImVec2(title_x, bar.y + m.tx(84.f)), line, frame.fonts.small, theme::kMutedText);
  }
  {  // Right of the title: the patient's copy (any role: it goes to the patient) and the export.
    const ImVec2 size(m.tx(360.f), m.tx(84.f));
    float x = bar.x + width - size.x;
    if (may_export) {
      ImGui::SetCursorScreenPos(ImVec2(x, bar.y + m.tx(36.f)));
      if (touch_button(frame, "export", frame.t("staff.record.export"), size, back_options))
        open_export(
            state, state.record.open->id,
            fmt::format(fmt::runtime(frame.t("staff.export.record_what")),
                        state.record.open->patient.given_name + " " + state.record.open->patient.family_name,
                        state.record.open->id),
            context);
      x -= size.x + m.px(20.f);
    }
    ImGui::SetCursorScreenPos(ImVec2(x, bar.y + m.tx(36.f)));
    if (touch_button(frame, "print_copy", frame.t("staff.copy.print"), size, back_options))
      print_copy(frame, state, context);
  }
  ImGui::SetCursorScreenPos(ImVec2(bar.x, bar.y + m.tx(136.f)));
  const float panel_width = std::min(m.tx(620.f), width * 0.4f);
  const float details_width = width - panel_width - m.px(40.f);
  // The header sits over the details only: the review panel beside it starts under the top bar,
  // so its choices, reasons, pad and Save all fit a 1080-line screen.
  const ImVec2 panel_top = ImGui::GetCursorPos();
  const float bottom = panel_top.y + ImGui::GetContentRegionAvail().y - m.px(8.f);
  if (state.record.open) draw_record_header(frame, state, context, details_width);
  ImGui::Dummy(ImVec2(0, m.px(4.f)));
  const float height = ImGui::GetContentRegionAvail().y - m.px(8.f);
  const ImVec2 body_top = ImGui::GetCursorPos();
  // The left column: the details, or the stored PDF's pages (record_document_view.cpp).
  const ImVec2 column = draw_record_column_tabs(frame, state, ImVec2(details_width, height));
  if (state.record.open && state.record.document.open) {
    draw_record_document(frame, state, context, column);
  } else {
    ScrollView view(frame, "details", state.record.scroll, column);
    if (state.record.open) draw_details(frame, state, context);
  }
  ImGui::SetCursorPos(ImVec2(body_top.x + details_width + m.px(40.f), panel_top.y));
  {
    ScopedGroup group;
    {
      ScopedWrap wrap(ImGui::GetCursorPosX() + panel_width);
      notice_line(frame, state);
    }
    if (state.record.open)
      draw_review_panel(frame, state, context, panel_width, bottom - ImGui::GetCursorPosY());
  }

  if (back || !state.record.open) {
    state.close_record();
    state.screen = StaffScreen::Queue;
    state.queue.stale = true;
  }
  return StaffAction::none;
}

}  // namespace intake::ui
