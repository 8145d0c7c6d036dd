// The screens between the questions and the end: the gentle word before consent, saving,
// thank you, and the front-desk message when saving failed.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/screens/journey_screens.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

namespace {

// A centred column of text for the calm, full-screen messages.
void message_block(UiFrame& frame, std::string_view title, std::initializer_list<std::string_view> lines) {
  const UiMetrics& m = frame.metrics;
  const float width = std::min(ImGui::GetContentRegionAvail().x, m.tx(1100.f));
  const float left = (ImGui::GetWindowWidth() - width) * 0.5f;
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), m.height * 0.22f));
  ImGui::SetCursorPosX(left);
  ImGui::BeginGroup();
  centered_text(frame, title, frame.fonts.title, theme::kPrimary, width);
  ImGui::Dummy(ImVec2(0, m.px(16.f)));
  for (std::string_view line : lines) {
    centered_text(frame, line, frame.fonts.body, theme::kText, width);
    ImGui::Dummy(ImVec2(0, m.px(8.f)));
  }
  ImGui::EndGroup();
}

bool centered_button(UiFrame& frame, std::string_view id, std::string_view label, ButtonKind kind) {
  const UiMetrics& m = frame.metrics;
  const float width = std::min(ImGui::GetContentRegionAvail().x, m.tx(560.f));
  ImGui::Dummy(ImVec2(0, m.px(24.f)));
  ImGui::SetCursorPosX((ImGui::GetWindowWidth() - width) * 0.5f);
  ButtonOptions options;
  options.kind = kind;
  return touch_button(frame, id, label, ImVec2(width, m.tx(kButtonHeightPx + 16.f)), options);
}

}  // namespace

void draw_before_consent_screen(UiFrame& frame, JourneyContext& context) {
  // Kind and general on purpose: no diagnosis and no list of reasons on a public screen.
  message_block(frame, frame.t("before_consent.title"),
                {frame.t("before_consent.line1"), frame.t("before_consent.line2")});
  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("before_consent.continue"));
  if (nav.back) {
    go_to_step(context, JourneyStep::Questions, frame.now);
    context.journey.page = context.form.pages.size() - 1;
  } else if (nav.next) {
    go_to_step(context, JourneyStep::Consent, frame.now);
  }
}

void draw_submitting_screen(UiFrame& frame, JourneyContext&) {
  message_block(frame, frame.t("submitting.title"), {frame.t("submitting.line")});
  // A spinner shows the kiosk is working, not frozen.
  const UiMetrics& m = frame.metrics;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre(ImGui::GetWindowPos().x + ImGui::GetWindowWidth() * 0.5f,
                      ImGui::GetWindowPos().y + ImGui::GetCursorPosY() + m.px(90.f));
  const float radius = m.px(46.f);
  const float start = static_cast<float>(std::fmod(frame.now * 4.0, 2.0 * M_PI));
  draw->PathArcTo(centre, radius, start, start + 4.2f, 40);
  draw->PathStroke(theme::kPrimary, 0, m.px(9.f));
  frame.animating = true;
}

bool draw_thank_you_screen(UiFrame& frame, JourneyContext& context) {
  const std::string title =
      format_text(frame.t("thanks.title"), {{"name", context.journey.session.patient.given_name}});
  message_block(frame, title, {frame.t("thanks.line1"), frame.t("thanks.line2")});
  return centered_button(frame, "finish", frame.t("thanks.finish"), ButtonKind::Primary);
}

FrontDeskActions draw_front_desk_screen(UiFrame& frame, JourneyContext&) {
  message_block(frame, frame.t("front_desk.title"),
                {frame.t("front_desk.line1"), frame.t("front_desk.line2")});
  FrontDeskActions actions;
  actions.retry = centered_button(frame, "retry", frame.t("front_desk.retry"), ButtonKind::Secondary);
  ImGui::Dummy(ImVec2(0.f, frame.metrics.px(24.f)));
  actions.staff = centered_button(frame, "staff", frame.t("front_desk.staff"), ButtonKind::Secondary);
  return actions;
}

}  // namespace intake::ui
