#include "ui/screens/about_you_screen.hpp"

#include <imgui.h>

#include "common/secure_memory.hpp"
#include "session/identity_check.hpp"
#include "ui/imgui_scope.hpp"
#include "ui/journey_context.hpp"
#include "ui/screens/identity_notes.hpp"
#include "ui/widgets/field_row.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"

namespace intake::ui {

void draw_about_you_screen(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  AboutYouState& state = journey.screens.about_you;
  PatientIdentity& patient = journey.session.patient;
  const auto birth = draft_date(state.birth_date);
  patient.date_of_birth = birth ? to_iso(*birth) : "";
  // Year typed but not yet a real date: say so only once all three parts are there.
  const auto problems = check_patient_identity(patient, context.today);
  auto note = [&](IdentityField field) {
    return journey.show_missing ? identity_problem_text(frame, problems, field) : std::string();
  };
  // All three parts typed but no such day (31 February): say so as soon as it is typed.
  const bool impossible_date = !state.birth_date.day.empty() && !state.birth_date.month.empty() &&
                               state.birth_date.year.size() == 4 && !birth;
  std::string birth_note =
      impossible_date ? frame.t("identity.date_of_birth.invalid") : note(IdentityField::date_of_birth);

  const StepNumber step = step_number(context);
  draw_step_header(frame, frame.t("about.title"), fmt_step(frame, step.number, step.total));
  {
    ScrolledPage view(frame, "content", journey.scroll,
                      step_page_size(frame, journey.focus.covered_height(frame.metrics)));
    muted_text(frame, frame.t("about.intro"));
    const float gap = frame.metrics.px(24.f);
    const float row = ImGui::GetContentRegionAvail().x;
    // Side by side only in landscape at 100%: larger text gives each field the whole width.
    const bool side_by_side = !frame.metrics.portrait && !frame.metrics.one_column();
    const float half = side_by_side ? (row - gap) * 0.5f : row;
    const float y = ImGui::GetCursorPosY();
    {
      ScopedGroup group;
      field_row(frame, journey.field_host(),
                {"given_name", frame.t("about.given_name"), KeyboardLayout::Letters, 60,
                 note(IdentityField::given_name), false, half},
                patient.given_name);
    }
    if (side_by_side) {
      ImGui::SameLine(0, gap);
      ImGui::SetCursorPosY(y);
    }
    {
      ScopedGroup group;
      field_row(frame, journey.field_host(),
                {"family_name", frame.t("about.family_name"), KeyboardLayout::Letters, 60,
                 note(IdentityField::family_name), false, half},
                patient.family_name);
    }
    date_row(frame, journey.field_host(), "birth", frame.t("about.date_of_birth"), state.birth_date,
             birth_note);
    field_row(
        frame, journey.field_host(),
        {"phone", frame.t("about.phone"), KeyboardLayout::Phone, 20, note(IdentityField::phone), false, half},
        patient.phone);
    field_row(
        frame, journey.field_host(),
        {"email", frame.t("about.email"), KeyboardLayout::Email, 100, note(IdentityField::email), true, 0.f},
        patient.email);
  }
  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("nav.next"), problems.empty());
  if (nav.back) go_to_step(context, JourneyStep::Welcome, frame.now);
  if (nav.next) {
    if (!problems.empty()) {
      journey.show_missing = true;
      journey.reveal_problem = true;
      journey.focus.clear();
    } else {
      const bool minor = patient_is_minor(context);
      if (!minor && journey.session.guardian) {
        // Corrected to an adult's date of birth: no guardian is recorded.
        secure_wipe(journey.session.guardian->name);
        journey.session.guardian.reset();
      }
      go_to_step(context, minor ? JourneyStep::Guardian : JourneyStep::Questions, frame.now);
      journey.screens.questions.page = 0;
    }
  }
}

}  // namespace intake::ui
