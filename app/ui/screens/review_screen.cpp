#include "ui/screens/review_screen.hpp"

#include <imgui.h>

#include <algorithm>

#include "submission/answer_display.hpp"
#include "ui/journey_context.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/field_row.hpp"
#include "ui/widgets/journey_chrome.hpp"
#include "ui/widgets/scroll_view.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

namespace intake::ui {

namespace {

void summary_line(UiFrame& frame, std::string_view label, std::string_view value) {
  text_block(frame, label, frame.fonts.small, theme::kMutedText);
  text_block(frame, value.empty() ? std::string_view(frame.t("review.not_given")) : value,
             frame.fonts.body_bold, theme::kText);
}

// A group title with its Edit button on the right; returns true when Edit is tapped.
bool group_header(UiFrame& frame, std::string_view id, std::string_view title) {
  ImGui::Dummy(ImVec2(0, frame.metrics.px(16.f)));
  ButtonOptions options;
  options.kind = ButtonKind::Secondary;
  options.font = frame.fonts.body_bold;
  const std::string& edit_label = frame.t("review.edit");
  const float edit_width = std::max(frame.metrics.tx(200.f), button_width_for(frame, edit_label, options));
  const float beside = ImGui::GetContentRegionAvail().x - edit_width - frame.metrics.px(24.f);
  // Edit on the right of the title, or under it when the title's longest word needs the room.
  const bool stacked = longest_word_width(frame.fonts.heading, title) > beside;
  const float y = ImGui::GetCursorPosY();
  text_block(frame, title, frame.fonts.heading, theme::kText, stacked ? 0.f : beside);
  const float after = ImGui::GetCursorPosY();
  if (!stacked) ImGui::SetCursorPos(ImVec2(ImGui::GetWindowContentRegionMax().x - edit_width, y));
  const bool edit = touch_button(frame, std::string("edit_") + std::string(id), edit_label,
                                 ImVec2(edit_width, frame.metrics.box_for_text(72.f)), options);
  ImGui::SetCursorPosY(std::max(after, ImGui::GetCursorPosY()));
  return edit;
}

}  // namespace

void draw_review_screen(UiFrame& frame, JourneyContext& context) {
  PatientJourney& journey = context.journey;
  const IntakeSession& session = journey.session;
  const forms::Evaluation evaluation = evaluate_journey(context);
  const std::vector<submission::AnswerLine> lines =
      submission::answer_lines(context.form, evaluation, frame.language);
  const StepNumber step = step_number(context);
  draw_step_header(frame, frame.t("review.title"), fmt_step(frame, step.number, step.total));
  std::optional<JourneyStep> edit_step;
  std::size_t edit_page = 0;
  {
    ScrolledPage view(frame, "content", journey.scroll, ImVec2(0, content_height_above_nav(frame, 0.f)));
    muted_text(frame, frame.t("review.intro"));
    if (group_header(frame, "about", frame.t("about.title"))) edit_step = JourneyStep::AboutYou;
    summary_line(frame, frame.t("about.given_name"), session.patient.given_name);
    summary_line(frame, frame.t("about.family_name"), session.patient.family_name);
    const auto birth = session.patient.birth_date();
    summary_line(frame, frame.t("about.date_of_birth"),
                 birth ? submission::date_text(*birth, frame.language) : "");
    summary_line(frame, frame.t("about.phone"), session.patient.phone);
    summary_line(frame, frame.t("about.email"), session.patient.email);
    if (session.guardian) {
      if (group_header(frame, "guardian", frame.t("guardian.title"))) edit_step = JourneyStep::Guardian;
      summary_line(frame, frame.t("guardian.name"), session.guardian->name);
      summary_line(frame, frame.t("guardian.relationship"),
                   frame.t("guardian.relationship." + session.guardian->relationship));
    }
    for (std::size_t p = 0; p < context.form.pages.size(); ++p) {
      const forms::Page& page = context.form.pages[p];
      if (group_header(frame, "page_" + page.id, forms::localized(page.title, frame.language))) {
        edit_step = JourneyStep::Questions;
        edit_page = p;
      }
      for (const std::string& id : page.question_ids) {
        // The same lines, in the same words, as the signed PDF will print.
        for (const auto& line : lines)
          if (line.question_id == id) summary_line(frame, line.question, line.answer);
      }
    }
    if (group_header(frame, "consent", frame.t("review.consent"))) edit_step = JourneyStep::Consent;
    summary_line(frame, frame.t("review.initials"), session.consent.initials);
    summary_line(frame, frame.t("consent.photo_title"),
                 session.consent.photo_consent
                     ? frame.t(*session.consent.photo_consent ? "consent.photo_yes" : "consent.photo_no")
                     : "");
  }
  NavActions nav = draw_nav_bar(frame, frame.t("nav.back"), frame.t("review.continue"));
  if (edit_step) {
    go_to_step(context, *edit_step, frame.now);
    journey.screens.questions.page = edit_page;
    // Changed answers are certified again when the patient signs.
    journey.session.consent.certified = false;
  } else if (nav.back) {
    go_to_step(context, JourneyStep::Consent, frame.now);
  } else if (nav.next) {
    go_to_step(context, JourneyStep::Signature, frame.now);
  }
}

}  // namespace intake::ui
