#include <imgui.h>

#include <algorithm>

#include "common/secure_memory.hpp"
#include "session/identity_check.hpp"
#include "ui/screens/journey_screens.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/field_row.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

namespace {

std::string problem_text(const UiFrame& frame, const std::vector<IdentityProblem>& problems,
                         IdentityField field) {
  for (const auto& problem : problems) {
    if (problem.field != field) continue;
    std::string key = std::string("identity.") + to_string(field) + ".";
    switch (problem.kind) {
      case IdentityProblemKind::missing: key += "missing"; break;
      case IdentityProblemKind::invalid: key += "invalid"; break;
      case IdentityProblemKind::in_future: key += "future"; break;
      case IdentityProblemKind::too_old: key += "too_old"; break;
    }
    return frame.t(key);
  }
  return {};
}

const char* const kRelationships[] = {"mother", "father", "legal_guardian", "other"};

}  // namespace

void draw_about_you_screen(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  PatientIdentity& patient = journey.session.patient;
  patient.date_of_birth = draft_date(journey.birth_date);
  // Year typed but not yet a real date: say so only once all three parts are there.
  const auto problems = check_patient_identity(patient, context.today);
  auto note = [&](IdentityField field) {
    return journey.show_missing ? problem_text(frame, problems, field) : std::string();
  };
  // All three parts typed but no such day (31 February): say so as soon as it is typed.
  const bool impossible_date = !journey.birth_date.day.empty() && !journey.birth_date.month.empty() &&
                               journey.birth_date.year.size() == 4 && !patient.date_of_birth;
  std::string birth_note = impossible_date ? frame.t("identity.date_of_birth.invalid")
                                           : note(IdentityField::date_of_birth);

  const StepNumber step = step_number(context);
  draw_step_header(frame, frame.t("about.title"),
                   fmt_step(frame, step.number, step.total));
  {
    ScrollView view(frame, "content", journey.scroll,
                    ImVec2(0, content_height_above_nav(frame, keyboard_height(frame.metrics, journey.keyboard_layout) * journey.keyboard.slide)));
    muted_text(frame, frame.t("about.intro"));
    const float gap = frame.metrics.px(24.f);
    const float row = ImGui::GetContentRegionAvail().x;
    const bool side_by_side = !frame.metrics.portrait;
    const float half = side_by_side ? (row - gap) * 0.5f : row;
    const float y = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    field_row(frame, journey, {"given_name", frame.t("about.given_name"), KeyboardLayout::Letters, 60,
                               note(IdentityField::given_name), false, half},
              patient.given_name);
    ImGui::EndGroup();
    if (side_by_side) {
      ImGui::SameLine(0, gap);
      ImGui::SetCursorPosY(y);
    }
    ImGui::BeginGroup();
    field_row(frame, journey, {"family_name", frame.t("about.family_name"), KeyboardLayout::Letters,
                               60, note(IdentityField::family_name), false, half},
              patient.family_name);
    ImGui::EndGroup();
    date_row(frame, journey, "birth", frame.t("about.date_of_birth"), journey.birth_date, birth_note);
    field_row(frame, journey, {"phone", frame.t("about.phone"), KeyboardLayout::Phone, 20,
                               note(IdentityField::phone), false, half},
              patient.phone);
    field_row(frame, journey, {"email", frame.t("about.email"), KeyboardLayout::Email, 100,
                               note(IdentityField::email), true, 0.f},
              patient.email);
  }
  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("nav.next"), problems.empty());
  if (nav.back) go_to_step(context, JourneyStep::Welcome, frame.now);
  if (nav.next) {
    if (!problems.empty()) {
      journey.show_missing = true;
      journey.reveal_problem = true;
      journey.focused_field.clear();
      journey.keyboard.visible = false;
    } else {
      const bool minor = patient_is_minor(context);
      if (!minor && journey.session.guardian) {
        // Corrected to an adult's date of birth: no guardian is recorded.
        secure_wipe(journey.session.guardian->name);
        journey.session.guardian.reset();
      }
      go_to_step(context, minor ? JourneyStep::Guardian : JourneyStep::Questions, frame.now);
      journey.page = 0;
    }
  }
}

void draw_guardian_screen(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  if (!journey.session.guardian) journey.session.guardian.emplace();
  GuardianIdentity& guardian = *journey.session.guardian;
  const auto problems = check_guardian(guardian);
  const StepNumber step = step_number(context);
  draw_step_header(frame, frame.t("guardian.title"), fmt_step(frame, step.number, step.total));
  {
    ScrollView view(frame, "content", journey.scroll,
                    ImVec2(0, content_height_above_nav(frame, keyboard_height(frame.metrics, journey.keyboard_layout) * journey.keyboard.slide)));
    body_text(frame, frame.t("guardian.explain"));
    ImGui::Dummy(ImVec2(0, frame.metrics.px(8.f)));
    field_row(frame, journey,
              {"guardian_name", frame.t("guardian.name"), KeyboardLayout::Letters, 80,
               journey.show_missing ? problem_text(frame, problems, IdentityField::guardian_name) : "",
               false, 0.f},
              guardian.name);
    text_block(frame, frame.t("guardian.relationship"), frame.fonts.body_bold, theme::kText);
    const float gap = frame.metrics.px(20.f);
    const int columns = frame.metrics.portrait ? 2 : 4;
    const float width = (ImGui::GetContentRegionAvail().x - gap * (columns - 1)) / columns;
    int index = 0;
    for (const char* relationship : kRelationships) {
      if (index % columns != 0) ImGui::SameLine(0, gap);
      ButtonOptions options;
      options.kind = ButtonKind::Choice;
      options.selected = guardian.relationship == relationship;
      if (touch_button(frame, std::string("relationship_") + relationship,
                       frame.t(std::string("guardian.relationship.") + relationship),
                       ImVec2(width, frame.metrics.tx(kButtonHeightPx)), options))
        guardian.relationship = relationship;
      ++index;
    }
    if (journey.show_missing) {
      std::string missing = problem_text(frame, problems, IdentityField::guardian_relationship);
      if (!missing.empty()) problem_note(frame, journey, missing, ImGui::GetCursorPosY() - frame.metrics.tx(140.f));
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
      journey.page = 0;
    }
  }
}

}  // namespace intake::ui
