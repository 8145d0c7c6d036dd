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
#include "ui/widgets/scroll_view.hpp"
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
  const UiMetrics& m = frame.metrics;
  const float pad_width = std::min(wrap, m.px(1500.f));
  ButtonOptions clear;
  clear.kind = ButtonKind::Secondary;
  clear.enabled = !pad.drawing.empty();
  const std::string& clear_label = frame.t("sign.clear");
  const float clear_width = std::max(m.tx(240.f), button_width_for(frame, clear_label, clear));
  const float gap = m.px(24.f);
  const bool beside = pad_width - clear_width - gap >= pad_width * 0.6f;
  const float words_width = beside ? pad_width - clear_width - gap : pad_width;
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  // The intent to sign electronically, beside the pad: under the name, or above the pad when
  // there is no room below.
  const std::string intent = forms::localized(context.form.signature_intent, frame.language);
  ImFont* small = frame.fonts.small;
  const float intent_height =
      intent.empty()
          ? 0.f
          : small->CalcTextSizeA(small->FontSize, FLT_MAX, words_width, intent.c_str()).y + spacing;
  // Above the pad, asked once and here: what is consented to, then that the answers are true,
  // both from the form's files in the words the PDF prints.
  const std::string statement = guardian
                                    ? std::string()
                                    : forms::consent_statement(context.form, evaluate_journey(context).kept,
                                                               frame.language, context.clinic_name);
  const std::string above = guardian ? frame.t("sign.guardian_explain")
                                     : forms::localized(context.form.certification, frame.language);
  ImFont* bold = frame.fonts.body_bold;
  float above_height =
      (statement.empty()
           ? 0.f
           : bold->CalcTextSizeA(bold->FontSize, FLT_MAX, wrap, statement.c_str()).y + spacing) +
      frame.fonts.body->CalcTextSizeA(frame.fonts.body->FontSize, FLT_MAX, wrap, above.c_str()).y + spacing;
  // Under the pad: the name and date (about 150 px at 1080p), and Clear when it stands apart.
  float below = m.tx(150.f) + (beside ? 0.f : m.box_for_text(80.f) + gap);
  const float smallest_pad = m.px(220.f);
  const float room = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - nav_bar_height(m) - below - spacing;
  // The intent goes under the name when everything fits, else with the words above the pad.
  const bool intent_below = above_height + intent_height + smallest_pad <= room;
  if (intent_below)
    below += intent_height;
  else
    above_height += intent_height;
  const bool words_fit = intent_below || above_height + smallest_pad <= room;
  auto draw_above = [&] {
    if (!statement.empty()) text_block(frame, statement, bold, theme::kText);
    muted_text(frame, above);
    if (!intent_below && !intent.empty()) text_block(frame, intent, small, theme::kMutedText);
  };
  // The words take what they need; when that leaves the pad less than its smallest height
  // (large text on a landscape screen), they scroll in their own view instead.
  if (words_fit) {
    draw_above();
  } else {
    {
      ScrolledPage words(frame, "above_pad", journey.scroll,
                         ImVec2(0.f, std::max(m.px(80.f), room - smallest_pad)));
      draw_above();
    }
    ImGui::Dummy(ImVec2(0.f, 0.f));  // the usual spacing before the pad
  }
  const float available = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - nav_bar_height(m) - below;
  const float pad_height = std::clamp(pad_width * 0.36f, smallest_pad, std::max(smallest_pad, available));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (wrap - pad_width) * 0.5f);
  const float pad_x = ImGui::GetCursorPosX();
  draw_signature_pad(frame, "pad", pad, ImVec2(pad_width, pad_height), frame.t("sign.hint"));

  // Signature manifestation under the pad: printed name, date, and what the signature means, with
  // Clear on the right; with large text on a narrow screen, Clear goes under the words.
  ImGui::SetCursorPosX(pad_x);
  const float row_y = ImGui::GetCursorPosY();
  text_block(frame, name, frame.fonts.body_bold, theme::kText, words_width);
  ImGui::SetCursorPosX(pad_x);
  text_block(frame,
             date_in_words(frame, context.today) + "  ·  " +
                 frame.t(guardian ? "sign.meaning_guardian" : "sign.meaning"),
             frame.fonts.small, theme::kMutedText, words_width);
  if (intent_below && !intent.empty()) {
    ImGui::SetCursorPosX(pad_x);
    text_block(frame, intent, small, theme::kMutedText, words_width);
  }
  if (beside)
    ImGui::SetCursorPos(ImVec2(pad_x + pad_width - clear_width, row_y));
  else
    ImGui::SetCursorPosX(pad_x);
  if (touch_button(frame, "clear", clear_label, ImVec2(clear_width, m.box_for_text(80.f)), clear)) {
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
