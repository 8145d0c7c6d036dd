#include "ui/screens/welcome_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/check_in_estimate.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

// One big button per treatment, stacked, each as easy to hit as "Start check-in".
void draw_treatment_choice(UiFrame& frame, const WelcomeView& view, WelcomeActions& actions,
                           float content_width, const ButtonOptions& options) {
  const UiMetrics& m = frame.metrics;
  centered_text(frame, frame.t("welcome.choose_treatment"), frame.fonts.heading, theme::kText, content_width);
  centered_text(frame, frame.t("welcome.choose_treatment_help"), frame.fonts.small, theme::kMutedText,
                content_width);
  ImGui::Dummy(ImVec2(0, m.tx(12.f)));
  const float width = std::min(content_width, m.tx(820.f));
  const float x = ImGui::GetCursorPosX() + (content_width - width) * 0.5f;
  for (const TreatmentChoice& treatment : view.treatments) {
    ImGui::SetCursorPosX(x);
    if (touch_button(frame, "treatment_" + treatment.form_id, treatment.name,
                     ImVec2(width, m.box_for_text(110.f, kHeadingTextPx)), options)) {
      actions.start = true;
      actions.start_form = treatment.form_id;
    }
    ImGui::Dummy(ImVec2(0, m.tx(6.f)));
  }
}

}  // namespace

WelcomeActions draw_welcome_screen(UiFrame& frame, const WelcomeView& view, ScrollState& scroll,
                                   WelcomeState& state) {
  WelcomeActions actions;
  const UiMetrics& m = frame.metrics;
  const float view_height = ImGui::GetContentRegionAvail().y;
  ScrolledPage page(frame, "content", scroll, ImVec2(0.f, view_height));
  const float content_width = std::min(ImGui::GetContentRegionAvail().x, m.tx(1100.f));
  const float left = (ImGui::GetWindowWidth() - content_width) * 0.5f;

  // Centre the block when it fits (as measured last frame); portrait screens get it a little
  // above centre.
  const float room = view_height - state.block_height;
  if (state.block_height > 0.f && room > 0.f) ImGui::SetCursorPosY(room * (m.portrait ? 0.38f : 0.45f));

  ImGui::SetCursorPosX(left);
  {
    ScopedGroup group;
    centered_text(frame, view.clinic_name, frame.fonts.title, theme::kPrimary, content_width);
    ImGui::Dummy(ImVec2(0, m.tx(8.f)));
    centered_text(frame, frame.t("welcome.greeting"), frame.fonts.heading, theme::kText, content_width);
    // The range measured at a brisk and a slow reader's pace (check_in_estimate.hpp).
    const std::string intro = format_text(
        frame.t("welcome.intro"),
        {{"low", std::to_string(kCheckInMinutes.low)}, {"high", std::to_string(kCheckInMinutes.high)}});
    centered_text(frame, intro, frame.fonts.body, theme::kMutedText, content_width);
    ImGui::Dummy(ImVec2(0, m.tx(28.f)));

    const float start_width = std::min(content_width, m.tx(640.f));
    ButtonOptions start_options;
    start_options.kind = ButtonKind::Primary;
    start_options.enabled = view.available;
    start_options.font = frame.fonts.heading;
    if (view.treatments.size() > 1) {
      draw_treatment_choice(frame, view, actions, content_width, start_options);
    } else {
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (content_width - start_width) * 0.5f);
      actions.start = touch_button(frame, "start", frame.t("welcome.start"),
                                   ImVec2(start_width, m.box_for_text(130.f, kHeadingTextPx)), start_options);
    }
    ImGui::Dummy(ImVec2(0, m.tx(24.f)));

    centered_text(frame, frame.t("welcome.language"), frame.fonts.small, theme::kMutedText, content_width);
    const float gap = m.px(24.f);
    const float language_width = std::min(content_width, m.tx(300.f));
    const float row_width = view.languages.size() * language_width +
                            (view.languages.empty() ? 0 : (view.languages.size() - 1) * gap);
    // In a row when they fit, else one under the other.
    const bool in_a_row = row_width <= content_width;
    const float row_x = ImGui::GetCursorPosX();
    for (std::size_t i = 0; i < view.languages.size(); ++i) {
      const std::string& code = view.languages[i];
      if (in_a_row && i > 0)
        ImGui::SameLine(0, gap);
      else
        ImGui::SetCursorPosX(row_x + (content_width - (in_a_row ? row_width : language_width)) * 0.5f);
      ButtonOptions options;
      options.kind = ButtonKind::Choice;
      options.selected = code == view.current_language;
      if (touch_button(frame, "language_" + code, frame.strings.get(code, "language.name"),
                       ImVec2(language_width, m.box_for_text(88.f)), options))
        actions.choose_language = code;
    }
    ImGui::Dummy(ImVec2(0, m.tx(36.f)));
    centered_text(frame, frame.t(view.available ? "welcome.privacy" : "welcome.unavailable"),
                  view.available ? frame.fonts.small : frame.fonts.body_bold,
                  view.available ? theme::kMutedText : theme::kAttention, content_width);
  }
  state.block_height = ImGui::GetItemRectSize().y;
  return actions;
}

}  // namespace intake::ui
