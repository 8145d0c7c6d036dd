#include "ui/screens/signature_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "forms/consent_words.hpp"
#include "session/signature_check.hpp"
#include "ui/journey_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/field_row.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/signature_pad.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

void SignatureState::wipe() {
  clear_signature(pad);
  clear_signature(guardian_pad);
  secure_wipe(problem);
}

bool draw_signature_screen(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  SignatureState& state = journey.screens.signature;
  const bool guardian = journey.step == JourneyStep::GuardianSignature;
  SignaturePadState& pad = guardian ? state.guardian_pad : state.pad;
  const std::string name = guardian && journey.session.guardian ? journey.session.guardian->name
                                                                : journey.session.patient.full_name();
  const StepNumber step = step_number(context);
  draw_step_header(frame, frame.t(guardian ? "sign.guardian_title" : "sign.title"),
                   fmt_step(frame, step.number, step.total));
  const float wrap = ImGui::GetContentRegionAvail().x;
  if (!guardian) {
    // What the signature means, asked once and here: what is consented to, then that the answers
    // are true. Both come from the form's files, in the words the PDF prints.
    const std::string statement = forms::consent_statement(context.form, evaluate_journey(context).kept,
                                                           frame.language, context.clinic_name);
    if (!statement.empty()) text_block(frame, statement, frame.fonts.body_bold, theme::kText, wrap);
    muted_text(frame, forms::localized(context.form.certification, frame.language));
  } else {
    muted_text(frame, frame.t("sign.guardian_explain"));
  }

  const UiMetrics& m = frame.metrics;
  const float pad_width = std::min(wrap, m.px(1500.f));
  // The intent to sign electronically goes beside the pad, under the name: the pad leaves room.
  const std::string intent = forms::localized(context.form.signature_intent, frame.language);
  ImFont* small = frame.fonts.small;
  const float intent_height =
      intent.empty() ? 0.f
                     : small->CalcTextSizeA(small->FontSize, FLT_MAX, pad_width * 0.6f, intent.c_str()).y +
                           ImGui::GetStyle().ItemSpacing.y;
  const float available =
      ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - nav_bar_height(m) - m.tx(150.f) - intent_height;
  const float pad_height = std::clamp(pad_width * 0.36f, m.px(220.f), std::max(m.px(220.f), available));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (wrap - pad_width) * 0.5f);
  const float pad_x = ImGui::GetCursorPosX();
  draw_signature_pad(frame, "pad", pad, ImVec2(pad_width, pad_height), frame.t("sign.hint"));

  // Signature manifestation beside the pad: printed name, date, and what the signature means.
  ImGui::SetCursorPosX(pad_x);
  const float row_y = ImGui::GetCursorPosY();
  text_block(frame, name, frame.fonts.body_bold, theme::kText, pad_width * 0.6f);
  ImGui::SetCursorPosX(pad_x);
  text_block(frame,
             date_in_words(frame, context.today) + "  ·  " +
                 frame.t(guardian ? "sign.meaning_guardian" : "sign.meaning"),
             frame.fonts.small, theme::kMutedText, pad_width * 0.6f);
  if (!intent.empty()) {
    ImGui::SetCursorPosX(pad_x);
    text_block(frame, intent, frame.fonts.small, theme::kMutedText, pad_width * 0.6f);
  }
  ImGui::SetCursorPos(ImVec2(pad_x + pad_width - m.tx(240.f), row_y));
  ButtonOptions clear;
  clear.kind = ButtonKind::Secondary;
  clear.enabled = !pad.drawing.empty();
  if (touch_button(frame, "clear", frame.t("sign.clear"), ImVec2(m.tx(240.f), m.tx(80.f)), clear)) {
    clear_signature(pad);
    state.problem.clear();
  }
  if (!state.problem.empty()) {
    ImGui::SetCursorPosX(pad_x);
    attention_note(frame, state.problem);
  }

  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("sign.done"), !pad.drawing.empty());
  if (nav.back) {
    go_to_step(context, guardian ? JourneyStep::Signature : JourneyStep::Review, frame.now);
    return false;
  }
  if (!nav.next) return false;
  if (!check_signature(pad.drawing)) {
    state.problem = frame.t(pad.drawing.empty() ? "sign.empty" : "sign.too_small");
    return false;
  }
  if (guardian) {
    journey.session.guardian_signature = pad.drawing;
    return true;
  }
  journey.session.signature = pad.drawing;
  journey.session.signed_at = context.clock.offset_now();
  // Signing under the certification is the patient certifying their answers.
  journey.session.consent.certified = true;
  if (journey.session.guardian) {
    go_to_step(context, JourneyStep::GuardianSignature, frame.now);
    return false;
  }
  return true;
}

}  // namespace intake::ui
