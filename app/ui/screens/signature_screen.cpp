#include "ui/screens/signature_screen.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

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
  ButtonOptions clear;
  clear.kind = ButtonKind::Secondary;
  clear.enabled = !pad.drawing.empty();
  const std::string& clear_label = frame.t("sign.clear");
  const float clear_width = std::max(m.tx(240.f), button_width_for(frame, clear_label, clear));
  const float gap = m.px(24.f);
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float smallest_pad = m.px(220.f);
  const float top = ImGui::GetCursorPosY();
  const float column_height = content_height_above_nav(frame, 0.f) - spacing;
  // Above the pad, asked once and here: what is consented to, then that the answers are true,
  // both from the form's files in the words the PDF prints; and the intent to sign
  // electronically beside the pad (under the name, or with the words when there is no room).
  const std::string statement = guardian
                                    ? std::string()
                                    : forms::consent_statement(context.form, evaluate_journey(context).kept,
                                                               frame.language, context.clinic_name);
  const std::string above = guardian ? frame.t("sign.guardian_explain")
                                     : forms::localized(context.form.certification, frame.language);
  const std::string intent = forms::localized(context.form.signature_intent, frame.language);
  ImFont* bold = frame.fonts.body_bold;
  ImFont* small = frame.fonts.small;
  // Under the pad, the signature's manifestation: the printed name, the date and what it means.
  const std::string meaning = date_in_words(frame, context.today) + "  ·  " +
                              frame.t(guardian ? "sign.meaning_guardian" : "sign.meaning");
  auto text_height = [&](ImFont* font, const std::string& text, float width) {
    return text.empty() ? 0.f : font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y + spacing;
  };

  // Where each part goes for a pad of a given width: the words either above the pad, or (large
  // text on a landscape screen, where words above would leave the pad too small) in a column of
  // their own to its left.
  struct Layout {
    float pad_width = 0.f;
    float words_width = 0.f;  // the name and date under the pad
    bool clear_beside = false;
    float below = 0.f;  // under the pad: the name and date, the intent when it goes there, Clear when apart
    bool intent_below = false;
    bool words_fit = true;  // the pad keeps its smallest height, and the words above it need no scrolling
  };
  auto layout_with = [&](float pad_width, float room_for_pad_and_below, float above_height,
                         bool clear_beside) {
    Layout l;
    l.pad_width = pad_width;
    l.clear_beside = clear_beside;
    l.words_width = l.clear_beside ? pad_width - clear_width - gap : pad_width;
    const float manifestation =
        text_height(bold, name, l.words_width) + text_height(small, meaning, l.words_width);
    l.below = l.clear_beside ? std::max(manifestation, m.box_for_text(80.f) + spacing)
                             : manifestation + m.box_for_text(80.f) + gap;
    const float intent_height = text_height(small, intent, l.words_width);
    l.intent_below = above_height + intent_height + smallest_pad + l.below <= room_for_pad_and_below;
    if (l.intent_below) l.below += intent_height;
    // Words in a column of their own (above_height 0) take the intent with them.
    const float intent_above = l.intent_below || above_height == 0.f ? 0.f : intent_height;
    l.words_fit = above_height + intent_above + smallest_pad + l.below <= room_for_pad_and_below;
    return l;
  };
  // Clear stands beside the name when that leaves the name most of the pad's width, or when
  // only that leaves the pad its smallest height.
  auto layout_for = [&](float pad_width, float room_for_pad_and_below, float above_height) {
    const float beside_width = pad_width - clear_width - gap;
    const Layout l =
        layout_with(pad_width, room_for_pad_and_below, above_height, beside_width >= pad_width * 0.6f);
    if (l.words_fit || l.clear_beside || beside_width < pad_width * 0.4f) return l;
    const Layout beside = layout_with(pad_width, room_for_pad_and_below, above_height, true);
    return beside.words_fit ? beside : l;
  };
  auto words_height = [&](float width) {
    return text_height(bold, statement, width) + text_height(frame.fonts.body, above, width);
  };
  Layout layout = layout_for(std::min(wrap, m.px(1500.f)), column_height, words_height(wrap));
  const bool two_columns = !layout.words_fit && ImGui::GetWindowWidth() > ImGui::GetWindowHeight();
  // The words' column takes a little under half the width, less when the pad and its name
  // need more room beside them (the smallest landscape screens).
  float words_column = 0.f;
  if (two_columns) {
    for (const float share : {0.42f, 0.36f, 0.30f}) {
      words_column = std::floor(wrap * share);
      layout = layout_for(wrap - words_column - gap, column_height, 0.f);
      if (layout.words_fit) break;
    }
  }

  auto draw_above = [&] {
    if (!statement.empty()) text_block(frame, statement, bold, theme::kText);
    muted_text(frame, above);
    if (!layout.intent_below && !intent.empty()) text_block(frame, intent, small, theme::kMutedText);
  };
  float pad_x = ImGui::GetCursorPosX() + (wrap - layout.pad_width) * 0.5f;
  if (two_columns) {
    const float left = ImGui::GetCursorPosX();
    {
      ScrolledPage words(frame, "above_pad", journey.scroll, ImVec2(words_column, column_height));
      draw_above();
    }
    pad_x = left + words_column + gap;
    ImGui::SetCursorPos(ImVec2(pad_x, top));
  } else if (layout.words_fit) {
    draw_above();
  } else {
    // Portrait with large text: the words scroll in their own view above the pad.
    {
      ScrolledPage words(frame, "above_pad", journey.scroll,
                         ImVec2(0.f, std::max(m.px(80.f), column_height - layout.below - smallest_pad)));
      draw_above();
    }
    ImGui::Dummy(ImVec2(0.f, 0.f));  // the usual spacing before the pad
  }
  const float available = content_height_above_nav(frame, 0.f) - layout.below;
  const float pad_width = layout.pad_width;
  const float pad_height = std::clamp(pad_width * 0.36f, smallest_pad, std::max(smallest_pad, available));
  ImGui::SetCursorPosX(pad_x);
  draw_signature_pad(frame, "pad", pad, ImVec2(pad_width, pad_height), frame.t("sign.hint"));

  // Signature manifestation under the pad: printed name, date, and what the signature means, with
  // Clear on the right; with large text on a narrow screen, Clear goes under the words.
  ImGui::SetCursorPosX(pad_x);
  const float row_y = ImGui::GetCursorPosY();
  text_block(frame, name, frame.fonts.body_bold, theme::kText, layout.words_width);
  ImGui::SetCursorPosX(pad_x);
  text_block(frame, meaning, small, theme::kMutedText, layout.words_width);
  if (layout.intent_below && !intent.empty()) {
    ImGui::SetCursorPosX(pad_x);
    text_block(frame, intent, small, theme::kMutedText, layout.words_width);
  }
  if (layout.clear_beside)
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
