#include "ui/staff/review_panel.hpp"

#include <fmt/format.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "staff/staff_review.hpp"
#include "store/record_read.hpp"
#include "submission/json_wipe.hpp"
#include "ui/staff/staff_screens.hpp"
#include "ui/staff/staff_text.hpp"
#include "ui/staff/staff_widgets.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

bool goes_ahead(const std::optional<intake::ReviewDecision>& decision) {
  return decision && *decision != intake::ReviewDecision::not_treated;
}

// How many frames the review panel keeps trying to bring the reasons into view.
constexpr int kRevealFrames = 3;

bool blank(const std::string& text) { return text.find_first_not_of(' ') == std::string::npos; }

std::string severity_word(const UiFrame& frame, intake::Severity severity) {
  return frame.t(std::string("staff.severity.") + to_string(severity));
}

// The reasons a stored review gave, by flag label: [{"code", "reason"}].
void draw_stored_reasons(UiFrame& frame, const StaffContext& context, const store::Record& record,
                         const store::Review& review) {
  nlohmann::json reasons = nlohmann::json::parse(review.reasons_json, nullptr, false);
  if (!reasons.is_array() || reasons.empty()) return;
  text_block(frame, frame.t("staff.review.reasons_given"), frame.fonts.body_bold, theme::kText);
  for (const auto& entry : reasons) {
    if (!entry.is_object() || !entry.contains("code") || !entry.contains("reason") ||
        !entry["code"].is_string() || !entry["reason"].is_string())
      continue;
    const std::string code = entry["code"].get<std::string>();
    std::string reason = entry["reason"].get<std::string>();
    body_text(frame, flag_label(frame, context, record.form_id, code) + ": " + reason);
    secure_wipe(reason);
  }
  submission::wipe_json(reasons);
}

void save_review(UiFrame& frame, StaffState& state, const StaffContext& context) {
  if (context.catalog == nullptr) {
    set_notice(state, frame.t("staff.review.no_forms"), false);
    return;
  }
  staff::ReviewRequest request;
  request.record_id = state.record.open->id;
  request.reviewer = *state.member;
  request.decision = *state.record.decision;
  request.note = state.record.note;
  if (goes_ahead(state.record.decision)) {
    // Refused here with the fields marked, as the core would refuse it.
    bool missing = false;
    for (const store::RecordFlag* flag : flags_needing_reasons(*state.record.open)) {
      const auto it = state.record.reasons.find(flag->code);
      if (it == state.record.reasons.end() || blank(it->second))
        missing = true;
      else
        request.reasons[flag->code] = it->second;
    }
    if (missing) {
      state.record.reasons_tried = true;
      state.record.reveal_reasons = kRevealFrames;  // the first field that needs one, into view
      frame.animating = true;
      set_notice(state, frame.t("staff.review.reasons_needed"), false);
      return;
    }
  }
  request.countersignature = state.record.countersignature.drawing;
  request.credentials_dir = context.credentials_dir;
  request.when = context.now;
  auto version = staff::record_review(*state.store, *context.catalog, context.fonts_dir, request);
  secure_wipe(request.note);
  for (auto& [code, reason] : request.reasons) secure_wipe(reason);
  if (!version) {
    set_notice(state, error_text(frame, version.error()), false);
    return;
  }
  // Show the record as stored now (status, the new PDF version, the review).
  const std::string id = state.record.open->id;
  state.close_record();
  auto record = store::view_record(*state.store, id, "staff:" + state.member->name);
  if (record) state.record.open = std::move(*record);
  if (record && context.catalog)
    if (auto lines = staff::record_answer_lines(*state.record.open, *context.catalog, frame.language))
      state.record.answers = std::move(*lines);
  state.queue.stale = true;
  set_notice(state, fmt::format(fmt::runtime(frame.t("staff.review.saved")), *version), true);
  if (!state.record.open) state.screen = StaffScreen::Queue;
}

void draw_reviewed(UiFrame& frame, const StaffState& state, const StaffContext& context) {
  const store::Record& record = *state.record.open;
  const store::Review& review = record.reviews.back();
  text_block(frame, decision_text(frame, review.decision), frame.fonts.heading,
             review.decision == intake::ReviewDecision::not_treated ? severity_colour(intake::Severity::stop)
                                                                    : theme::kPrimary);
  muted_text(frame, fmt::format(fmt::runtime(frame.t("staff.review.by_when")), review.reviewer_name,
                                recorded_time_text(frame, context, review.reviewed_at)));
  draw_stored_reasons(frame, context, record, review);
  if (!review.note.empty())
    body_text(frame, fmt::format(fmt::runtime(frame.t("staff.visits.note")), review.note));
}

// The decision, the reasons it needs and the note: the part of the panel that scrolls.
void draw_choices(UiFrame& frame, StaffState& state, const StaffContext& context, float width) {
  const UiMetrics& m = frame.metrics;
  static constexpr intake::ReviewDecision kDecisions[] = {intake::ReviewDecision::cleared,
                                                          intake::ReviewDecision::treat_with_changes,
                                                          intake::ReviewDecision::not_treated};
  for (auto decision : kDecisions) {
    ButtonOptions options;
    options.kind = ButtonKind::Choice;
    options.selected = state.record.decision == decision;
    options.font = frame.fonts.body_bold;
    if (touch_button(frame, to_string(decision), decision_text(frame, decision), ImVec2(width, m.tx(68.f)),
                     options)) {
      if (goes_ahead(decision) && !goes_ahead(state.record.decision))
        state.record.reveal_reasons = kRevealFrames;
      state.record.decision = decision;
    }
  }
  const auto needing = flags_needing_reasons(*state.record.open);
  if (goes_ahead(state.record.decision) && !needing.empty()) {
    ImGui::Dummy(ImVec2(0, m.px(6.f)));
    // The question and the first reason (or the first one still missing) are what to bring
    // into view: below the three decisions they start out of sight on a 1080-line screen.
    float reveal_top = ImGui::GetCursorPosY(), reveal_bottom = -1.f;
    text_block(frame, frame.t("staff.review.reasons_intro"), frame.fonts.body_bold, theme::kText, width);
    for (const store::RecordFlag* flag : needing) {
      std::string& reason = state.record.reasons[flag->code];
      const std::string label = severity_word(frame, flag->severity) + "  " +
                                flag_label(frame, context, state.record.open->form_id, flag->code);
      const bool missing = state.record.reasons_tried && blank(reason);
      const float field_top = ImGui::GetCursorPosY();
      staff_text_input(
          frame, state, "reason_" + flag->code, label, reason, width, false, KeyboardLayout::Text,
          missing ? std::string_view(frame.t("staff.review.reason_missing")) : std::string_view());
      if (reveal_bottom < 0.f && (missing || !state.record.reasons_tried)) {
        if (missing) reveal_top = field_top;
        reveal_bottom = ImGui::GetCursorPosY();
      }
    }
    const ScrollState& scroll = state.record.review_scroll;
    const bool in_view =
        scroll.offset <= reveal_top + 0.5f && (reveal_bottom <= scroll.offset + scroll.view_height + 0.5f ||
                                               reveal_bottom - reveal_top > scroll.view_height);
    if (state.record.reveal_reasons > 0 && reveal_bottom > 0.f && !in_view) {
      scroll_to_reveal(state.record.review_scroll, reveal_top, reveal_bottom);
      --state.record.reveal_reasons;
      frame.animating = true;  // the view moves on the next frame
    } else {
      state.record.reveal_reasons = 0;
    }
  } else {
    state.record.reveal_reasons = 0;
  }
  staff_text_input(frame, state, "note", frame.t("staff.review.note"), state.record.note, width, true,
                   KeyboardLayout::Text);
}

}  // namespace

std::vector<const store::RecordFlag*> flags_needing_reasons(const store::Record& record) {
  std::vector<const store::RecordFlag*> flags;
  for (const store::RecordFlag& flag : record.flags)
    if (flag.severity == intake::Severity::stop || flag.severity == intake::Severity::review)
      flags.push_back(&flag);
  return flags;
}

void draw_review_panel(UiFrame& frame, StaffState& state, const StaffContext& context, float width,
                       float height) {
  const UiMetrics& m = frame.metrics;
  ScopedId scope(frame, "review");
  const float top = ImGui::GetCursorPosY();
  text_block(frame, frame.t("staff.review.title"), frame.fonts.heading, theme::kPrimary);
  if (!store::staff_may(state.member->role, store::StaffPermission::record_review)) {
    body_text(frame, frame.t("staff.review.practitioners_only"));
    return;
  }
  if (!state.record.open->reviews.empty()) {
    // Reviewed: the decision stands in the PDF; show it rather than offer a second review.
    draw_reviewed(frame, state, context);
    return;
  }
  // Below the choices, always in view: who signs, the pad, Clear and Save.
  const float pad_height = m.tx(180.f);
  // The fixed part's height as drawn last frame (an estimate on the first).
  const float fixed = state.record.review_fixed_height > 0.f
                          ? state.record.review_fixed_height
                          : pad_height + m.tx(88.f) + 3 * ImGui::GetStyle().ItemSpacing.y;
  const float room = height - (ImGui::GetCursorPosY() - top) - fixed - ImGui::GetStyle().ItemSpacing.y;
  {
    ScrollView view(frame, "choices", state.record.review_scroll, ImVec2(width, std::max(room, m.tx(200.f))));
    draw_choices(frame, state, context, width - m.px(8.f));
  }
  const float fixed_top = ImGui::GetCursorPosY();
  // Who signs is said inside the pad, where the finger goes: one line less above it.
  draw_signature_pad(frame, "countersignature", state.record.countersignature, ImVec2(width, pad_height),
                     fmt::format(fmt::runtime(frame.t("staff.review.sign_as")), state.member->name));
  ButtonOptions clear_options;
  clear_options.kind = ButtonKind::Quiet;
  clear_options.enabled = !state.record.countersignature.drawing.empty();
  if (touch_button(frame, "clear_signature", frame.t("staff.review.clear"), ImVec2(m.tx(180.f), m.tx(88.f)),
                   clear_options))
    clear_signature(state.record.countersignature);
  ImGui::SameLine(0, m.px(20.f));
  ButtonOptions save_options;
  save_options.kind = ButtonKind::Primary;
  save_options.enabled = state.record.decision.has_value() && !state.record.countersignature.drawing.empty();
  if (touch_button(frame, "save_review", frame.t("staff.review.save"),
                   ImVec2(width - m.tx(180.f) - m.px(20.f), m.tx(88.f)), save_options)) {
    save_review(frame, state, context);
    return;  // the record was read again: nothing of the old one to measure
  }
  state.record.review_fixed_height = ImGui::GetCursorPosY() - fixed_top;
}

}  // namespace intake::ui
