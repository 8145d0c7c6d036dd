#include "ui/screens/guardian_screen.hpp"

#include <imgui.h>

#include "session/identity_check.hpp"
#include "ui/journey_context.hpp"
#include "ui/screens/identity_notes.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/field_row.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {
namespace {

const char* const kRelationships[] = {"mother", "father", "legal_guardian", "other"};

}  // namespace

void draw_guardian_screen(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  if (!journey.session.guardian) journey.session.guardian.emplace();
  GuardianIdentity& guardian = *journey.session.guardian;
  const auto problems = check_guardian(guardian);
  const StepNumber step = step_number(context);
  draw_step_header(frame, frame.t("guardian.title"), fmt_step(frame, step.number, step.total));
  {
    ScrolledPage view(frame, "content", journey.scroll,
                      step_page_size(frame, journey.focus.covered_height(frame.metrics)));
    body_text(frame, frame.t("guardian.explain"));
    ImGui::Dummy(ImVec2(0, frame.metrics.px(8.f)));
    field_row(
        frame, journey.field_host(),
        {"guardian_name", frame.t("guardian.name"), KeyboardLayout::Letters, 80,
         journey.show_missing ? identity_problem_text(frame, problems, IdentityField::guardian_name) : "",
         false, 0.f},
        guardian.name);
    text_block(frame, frame.t("guardian.relationship"), frame.fonts.body_bold, theme::kText);
    const float gap = frame.metrics.px(20.f);
    const int columns = frame.metrics.one_column() ? 1 : frame.metrics.portrait ? 2 : 4;
    const float width = (ImGui::GetContentRegionAvail().x - gap * (columns - 1)) / columns;
    int index = 0;
    for (const char* relationship : kRelationships) {
      if (index % columns != 0) ImGui::SameLine(0, gap);
      ButtonOptions options;
      options.kind = ButtonKind::Choice;
      options.selected = guardian.relationship == relationship;
      if (touch_button(frame, std::string("relationship_") + relationship,
                       frame.t(std::string("guardian.relationship.") + relationship),
                       ImVec2(width, frame.metrics.box_for_text(kButtonHeightPx)), options))
        guardian.relationship = relationship;
      ++index;
    }
    if (journey.show_missing) {
      std::string missing = identity_problem_text(frame, problems, IdentityField::guardian_relationship);
      if (!missing.empty())
        problem_note(frame, journey.field_host(), missing, ImGui::GetCursorPosY() - frame.metrics.tx(140.f));
    }
  }
  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("nav.next"), problems.empty());
  if (nav.back) go_to_step(context, JourneyStep::AboutYou, frame.now);
  if (nav.next) {
    if (!problems.empty()) {
      journey.show_missing = true;
      journey.reveal_problem = true;
    } else {
      go_to_step(context, JourneyStep::Questions, frame.now);
      journey.screens.questions.page = 0;
    }
  }
}

}  // namespace intake::ui
