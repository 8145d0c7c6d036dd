#include <catch2/catch_test_macros.hpp>

#include "headless_kiosk.hpp"
#include "journey_steps.hpp"

using namespace intake;
using namespace intake::testing;
using ui::JourneyStep;

namespace {

void start(HeadlessKiosk& kiosk) {
  kiosk.settle();
  REQUIRE(kiosk.tap("welcome/start"));
  REQUIRE(kiosk.kiosk().step() == JourneyStep::AboutYou);
}

// From the first questionnaire page through the second to "Your skin", which has more questions
// than fit on the screen.
void go_to_your_skin_page(HeadlessKiosk& kiosk) {
  REQUIRE(reveal_and_tap(kiosk, "questions/q_treatment_areas/choice_face"));
  REQUIRE(reveal_and_tap(kiosk, "questions/q_previous_microneedling/no"));
  REQUIRE(kiosk.tap("questions/next"));
  REQUIRE(reveal_and_tap(kiosk, "questions/q_pregnant/no"));
  REQUIRE(reveal_and_tap(kiosk, "questions/q_breastfeeding/no"));
  REQUIRE(kiosk.tap("questions/next"));
  kiosk.settle();
}

}  // namespace

TEST_CASE("about you explains each missing field beside it instead of moving on", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start(kiosk);
  REQUIRE(kiosk.tap("about_you/next"));
  CHECK(kiosk.kiosk().step() == JourneyStep::AboutYou);
  CHECK(kiosk.shows("Please type your first name."));
  CHECK(kiosk.shows("Please type your date of birth"));
  drag_content(kiosk, 600.f);
  CHECK(kiosk.shows("Please type a mobile number"));
}

TEST_CASE("a date of birth that does not exist is explained, not accepted", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start(kiosk);
  PatientDetails details;
  details.day = "31";
  details.month = "2";
  fill_about_you(kiosk, details);
  CHECK(kiosk.kiosk().step() == JourneyStep::AboutYou);
  CHECK(kiosk.shows("That date does not exist"));
}

TEST_CASE("names with accents and non-Latin letters are kept as typed", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start(kiosk);
  PatientDetails details;
  details.given_name = "Ελένη";
  details.family_name = "Nguyễn";
  fill_about_you(kiosk, details);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Questions);
  CHECK(kiosk.kiosk().journey().session.patient.given_name == "Ελένη");
  CHECK(kiosk.kiosk().journey().session.patient.family_name == "Nguyễn");
}

TEST_CASE("questions show Step N of M and explain a required answer next to it", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Questions);
  CHECK(kiosk.shows("Step 2 of"));
  REQUIRE(kiosk.tap("questions/next"));
  CHECK(kiosk.kiosk().step() == JourneyStep::Questions);
  // The page's first question asks for areas: its own words, and how many are left.
  CHECK(kiosk.shows("Please choose at least one area to be treated."));
  CHECK(kiosk.shows("2 questions on this page still need an answer."));
}

TEST_CASE("the count of left-out answers follows the answers given", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  REQUIRE(reveal_and_tap(kiosk, "questions/q_treatment_areas/choice_face"));
  REQUIRE(kiosk.tap("questions/next"));
  CHECK(kiosk.kiosk().step() == JourneyStep::Questions);
  CHECK(kiosk.shows("1 question on this page still needs an answer."));
  CHECK_FALSE(kiosk.shows("Please choose at least one area"));
}

TEST_CASE("a page longer than the screen says more questions are below", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  go_to_your_skin_page(kiosk);
  CHECK(kiosk.shows("More questions below"));
}

TEST_CASE("the Your skin page scrolls by a drag, from its questions or from the cue under them",
          "[ui][journey][scroll]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  go_to_your_skin_page(kiosk);
  const ui::ProbeScroll* page = main_scroll_view(kiosk);
  REQUIRE(page != nullptr);
  REQUIRE(page->overflows());
  CHECK(page->bar);  // the scroll bar shows beside a page that overflows
  drag_content(kiosk, 400.f);
  CHECK(main_scroll_view(kiosk)->offset > 300.f);
  for (int i = 0; i < 5; ++i) drag_content(kiosk, -800.f);
  REQUIRE(main_scroll_view(kiosk)->offset == 0.f);

  // A finger that lands on "More questions below" (under the view) and moves up scrolls too.
  const ui::ProbeText* cue = nullptr;
  for (const auto& text : kiosk.kiosk().probe().texts)
    if (text.text.find("More questions below") != std::string::npos) cue = &text;
  REQUIRE(cue != nullptr);
  const float x = cue->rect.center_x(), y = cue->rect.center_y();
  REQUIRE(y > main_scroll_view(kiosk)->rect.y1);
  kiosk.drag(x, y, x, y - 300.f, 0.4, 8, 0.15);
  kiosk.settle();
  CHECK(main_scroll_view(kiosk)->offset > 200.f);
}

TEST_CASE("Back keeps every answer already given", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  answer_page_with_no(kiosk);
  REQUIRE(kiosk.kiosk().journey().screens.questions.page == 1);
  const auto answers_before = kiosk.kiosk().journey().session.answers.size();
  REQUIRE(answers_before > 0);
  REQUIRE(kiosk.tap("questions/back"));
  REQUIRE(kiosk.kiosk().journey().screens.questions.page == 0);
  REQUIRE(kiosk.tap("questions/back"));
  REQUIRE(kiosk.kiosk().step() == JourneyStep::AboutYou);
  CHECK(kiosk.shows("Ana"));
  CHECK(kiosk.kiosk().journey().session.answers.size() == answers_before);
  REQUIRE(kiosk.tap("about_you/next"));
  REQUIRE(kiosk.tap("questions/next"));  // page 1 still complete: moves on
  CHECK(kiosk.kiosk().journey().screens.questions.page == 1);
}

TEST_CASE("shown_when reveals a follow-up question live", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  CHECK(kiosk.find("questions/q_previous_reaction/text_previous_reaction") == nullptr);
  REQUIRE(reveal_and_tap(kiosk, "questions/q_previous_microneedling/yes"));
  CHECK(kiosk.find("questions/q_previous_reaction/text_previous_reaction") != nullptr);
  REQUIRE(reveal_and_tap(kiosk, "questions/q_previous_microneedling/no"));
  CHECK(kiosk.find("questions/q_previous_reaction/text_previous_reaction") == nullptr);
}

TEST_CASE("a stop flag brings a kind word, never the medical reason", "[ui][journey]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  // Page 1 as usual, then say yes to pregnancy on the next page.
  answer_page_with_no(kiosk);
  REQUIRE(reveal_and_tap(kiosk, "questions/q_pregnant/yes"));
  answer_questionnaire_with_no(kiosk);  // passes through "before consent"
  // Go back to see the message itself.
  REQUIRE(kiosk.tap("consent/back"));
  REQUIRE(kiosk.kiosk().step() == JourneyStep::BeforeConsent);
  // The form's own notice: kind, and true that treatment may not happen today.
  CHECK(kiosk.shows("a practitioner needs to speak with you before any treatment"));
  CHECK(kiosk.shows("treatment may not happen today"));
  CHECK_FALSE(kiosk.shows("Please carry on"));
  const std::string text = kiosk.screen_text();
  CHECK(text.find("regnan") == std::string::npos);
  CHECK(text.find("stop") == std::string::npos);
  REQUIRE(kiosk.tap("before_consent/next"));
  CHECK(kiosk.kiosk().step() == JourneyStep::Consent);
}

TEST_CASE("a minor is asked for a parent or guardian", "[ui][journey][minor]") {
  HeadlessKiosk kiosk;
  start(kiosk);
  PatientDetails teen;
  teen.year = "2010";
  fill_about_you(kiosk, teen);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Guardian);
  CHECK(kiosk.shows("must be here today"));
  REQUIRE(kiosk.tap("guardian/next"));
  CHECK(kiosk.shows("Please type the name of the parent or guardian."));
  tap_field_and_type(kiosk, "guardian/guardian_name", "Marta Díaz");
  close_keyboard(kiosk);
  REQUIRE(kiosk.tap("guardian/relationship_mother"));
  REQUIRE(kiosk.tap("guardian/next"));
  CHECK(kiosk.kiosk().step() == JourneyStep::Questions);
  REQUIRE(kiosk.kiosk().journey().session.guardian.has_value());
  CHECK(kiosk.kiosk().journey().session.guardian->relationship == "mother");
}

TEST_CASE("I have read this stays disabled until the consent was dragged to its end",
          "[ui][journey][consent]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  answer_questionnaire_with_no(kiosk);
  const ui::ProbeItem* read = kiosk.find("consent/next");
  REQUIRE(read != nullptr);
  CHECK_FALSE(read->enabled);
  CHECK(kiosk.shows("Read to the end to continue"));
  read_and_initial_consent(kiosk);
  CHECK(kiosk.kiosk().step() == JourneyStep::Review);
  CHECK(kiosk.kiosk().journey().session.consent.accepted);
  CHECK(kiosk.kiosk().journey().session.consent.initials == "AD");
  CHECK_FALSE(kiosk.kiosk().journey().session.consent.sections.empty());
}

TEST_CASE("the consent and every screen switch to Spanish", "[ui][journey][language]") {
  HeadlessKiosk kiosk;
  kiosk.settle();
  REQUIRE(kiosk.tap("Español"));
  REQUIRE(kiosk.tap("welcome/start"));
  CHECK(kiosk.shows("Sus datos"));
  fill_about_you(kiosk, {});
  CHECK(kiosk.shows("Paso 2 de"));
  answer_questionnaire_with_no(kiosk);
  CHECK(kiosk.shows("Lo he leído"));
  CHECK_FALSE(kiosk.shows("I have read this"));
}

TEST_CASE("a dot on the signature pad is refused with a message", "[ui][journey][signature]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  answer_questionnaire_with_no(kiosk);
  read_and_initial_consent(kiosk);
  continue_from_review(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Signature);
  const ui::ProbeItem* pad = kiosk.find("signature/pad");
  REQUIRE(pad != nullptr);
  kiosk.touch_down(pad->rect.center_x(), pad->rect.center_y());
  kiosk.step();
  kiosk.touch_up(pad->rect.center_x() + 2, pad->rect.center_y());
  kiosk.settle();
  REQUIRE(kiosk.tap("signature/next"));
  CHECK(kiosk.kiosk().step() == JourneyStep::Signature);
  CHECK(kiosk.shows("too small to be a signature"));
  REQUIRE(kiosk.tap("signature/clear"));
  CHECK(kiosk.kiosk().journey().screens.signature.pad.drawing.empty());
}

TEST_CASE("the signature screen says what is consented to, and the certification is asked once there",
          "[ui][journey][signature]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  answer_questionnaire_with_no(kiosk);
  read_and_initial_consent(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Review);
  CHECK_FALSE(kiosk.shows("true and complete"));  // nothing to tick on the review
  continue_from_review(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Signature);
  const std::string text = kiosk.screen_text();
  INFO(text);
  CHECK(kiosk.shows("I consent to micro-needling of my"));
  CHECK(kiosk.shows(std::string(" at ") + kiosk.kiosk().clinic_name() + "."));
  CHECK(kiosk.shows("true and complete to the best of my knowledge"));
  CHECK(kiosk.shows("your electronic signature"));
  CHECK(kiosk.shows("Sign and send"));
  CHECK_FALSE(kiosk.kiosk().journey().session.consent.certified);
  sign_on_pad(kiosk);
  REQUIRE(kiosk.tap("signature/next"));
  CHECK(kiosk.kiosk().step() != JourneyStep::Signature);
}

TEST_CASE("inactivity asks 'Are you still there?' and I'm here keeps everything",
          "[ui][journey][inactivity]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  kiosk.advance(89.0);
  CHECK_FALSE(kiosk.kiosk().still_there_showing());
  kiosk.advance(2.0);
  REQUIRE(kiosk.kiosk().still_there_showing());
  CHECK(kiosk.shows("Are you still there?"));
  REQUIRE(kiosk.tap("still_there/im_here"));
  CHECK_FALSE(kiosk.kiosk().still_there_showing());
  CHECK(kiosk.kiosk().step() == JourneyStep::Questions);
  CHECK(kiosk.kiosk().journey().session.patient.given_name == "Ana");
}

TEST_CASE("after the countdown everything entered is wiped and Welcome shows", "[ui][journey][inactivity]") {
  HeadlessKiosk kiosk;
  start(kiosk);
  PatientDetails details;
  details.given_name = "Zoë";
  details.family_name = "Łukasiewicz";
  fill_about_you(kiosk, details);
  answer_page_with_no(kiosk);
  kiosk.advance(91.0);
  REQUIRE(kiosk.kiosk().still_there_showing());
  kiosk.advance(31.0);
  kiosk.settle();
  CHECK(kiosk.kiosk().step() == JourneyStep::Welcome);
  CHECK_FALSE(kiosk.kiosk().still_there_showing());
  const auto& journey = kiosk.kiosk().journey();
  CHECK(journey.session.patient.given_name.empty());
  CHECK(journey.session.patient.family_name.empty());
  CHECK(journey.session.answers.empty());
  CHECK(journey.screens.about_you.birth_date.empty());
  CHECK_FALSE(kiosk.shows("Zoë"));
  // Starting again shows empty fields: not even Back reaches the last patient's data.
  REQUIRE(kiosk.tap("welcome/start"));
  CHECK_FALSE(kiosk.shows("Zoë"));
  CHECK_FALSE(kiosk.shows("Łukasiewicz"));
  REQUIRE(kiosk.tap("about_you/back"));
  REQUIRE(kiosk.tap("welcome/start"));
  CHECK_FALSE(kiosk.shows("Łukasiewicz"));
}
