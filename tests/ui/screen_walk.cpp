#include "screen_walk.hpp"

#include <catch2/catch_test_macros.hpp>

#include "common/text.hpp"
#include "journey_steps.hpp"

namespace intake::testing {

namespace {

void start_at_welcome(HeadlessKiosk& kiosk, const WalkOptions& options) {
  kiosk.settle();
  if (options.language != "en") REQUIRE(kiosk.tap("language_" + options.language));
  // By the bar's own button, as a patient changes it.
  for (int i = 0; i < 3 && kiosk.kiosk().text_size() != options.text_size; ++i)
    REQUIRE(kiosk.tap("welcome/text_size"));
  REQUIRE(kiosk.kiosk().text_size() == options.text_size);
}

void field_and_type(HeadlessKiosk& kiosk, const WalkOptions& options, const std::string& field,
                    const std::string& text) {
  REQUIRE(reveal_and_tap(kiosk, field));
  if (options.type_by_taps)
    type_by_taps(kiosk, text);
  else
    kiosk.type(text);
}

}  // namespace

void type_by_taps(HeadlessKiosk& kiosk, const std::string& utf8) {
  for (const std::string& character : text::split_code_points(utf8)) {
    const std::string key = character == " " ? "keyboard/key_space" : "keyboard/key_" + character;
    // The key is on the page showing, or after shift, or on the accents page (with or without
    // shift): try each in turn, as a patient looks for a letter.
    bool typed = false;
    for (int attempt = 0; attempt < 4 && !typed; ++attempt) {
      if (kiosk.find(key) != nullptr) {
        REQUIRE(kiosk.tap(key));
        typed = true;
        break;
      }
      if (attempt == 0 || attempt == 2) {
        REQUIRE(kiosk.tap("keyboard/key_shift"));
      } else {
        REQUIRE(kiosk.tap("keyboard/key_shift"));  // back as it was
        REQUIRE(kiosk.tap("keyboard/key_accents"));
      }
    }
    INFO("no key types '" << character << "' on:\n" << kiosk.describe_items());
    REQUIRE(typed);
  }
}

void walk_patient_screens(HeadlessKiosk& kiosk, const WalkOptions& options, const AtScreen& at) {
  start_at_welcome(kiosk, options);
  at(kiosk, "01_welcome");
  // With read aloud on, the bar holds Repeat, Stop, Quieter and Louder as well.
  REQUIRE(kiosk.tap("welcome/speech_switch"));
  at(kiosk, "01_welcome_read_aloud");
  REQUIRE(kiosk.tap("welcome/speech_switch"));
  REQUIRE(kiosk.tap("welcome/need_help"));
  at(kiosk, "01_welcome_need_help");
  REQUIRE(kiosk.tap("need_help/back_to_answers"));
  REQUIRE(kiosk.tap("welcome/start"));
  at(kiosk, "02_about_you");
  REQUIRE(kiosk.tap("about_you/speech_switch"));
  at(kiosk, "02_about_you_read_aloud");
  REQUIRE(kiosk.tap("about_you/speech_switch"));
  REQUIRE(kiosk.tap("about_you/next"));
  at(kiosk, "03_about_you_missing");
  field_and_type(kiosk, options, "about_you/given_name", "Zoë");
  at(kiosk, "04_keyboard_letters");
  REQUIRE(kiosk.tap("keyboard/key_accents"));
  at(kiosk, "05_keyboard_accents");
  REQUIRE(kiosk.tap("keyboard/key_accents"));
  field_and_type(kiosk, options, "about_you/family_name", "Núñez Łukasiewicz");
  field_and_type(kiosk, options, "about_you/birth_day", "29");
  field_and_type(kiosk, options, "about_you/birth_month", "2");
  field_and_type(kiosk, options, "about_you/birth_year", "1988");
  at(kiosk, "06_keyboard_numeric");
  field_and_type(kiosk, options, "about_you/phone", "+1 555 0100");
  field_and_type(kiosk, options, "about_you/email", "zoe@example.org");
  at(kiosk, "07_keyboard_email");
  close_keyboard(kiosk);
  at(kiosk, "08_about_you_filled");
  REQUIRE(kiosk.tap("about_you/need_help"));
  REQUIRE(kiosk.tap("need_help/start_over"));
  at(kiosk, "08_need_help_start_over");
  REQUIRE(kiosk.tap("need_help/keep"));
  at(kiosk, "08_need_help");
  REQUIRE(kiosk.tap("need_help/back_to_answers"));
  REQUIRE(kiosk.tap("about_you/next"));

  int page = 0;
  while (kiosk.kiosk().step() == ui::JourneyStep::Questions && page < 12) {
    at(kiosk, "10_questions_page" + std::to_string(++page));
    if (page == 1) {
      REQUIRE(kiosk.tap("questions/next"));
      at(kiosk, "10_questions_page1_missing");
    }
    if (kiosk.find("questions/q_pregnant/yes")) REQUIRE(reveal_and_tap(kiosk, "questions/q_pregnant/yes"));
    answer_page_with_no(kiosk);
  }
  if (kiosk.kiosk().step() == ui::JourneyStep::BeforeConsent) {
    at(kiosk, "20_before_consent");
    REQUIRE(kiosk.tap("before_consent/next"));
  }
  at(kiosk, "30_consent_top");
  REQUIRE(reveal_and_tap(kiosk, "consent/section_procedure/initial"));
  at(kiosk, "31_consent_confirm_initials");
  REQUIRE(reveal_and_tap(kiosk, "use_initials"));
  at(kiosk, "32_consent_initialled");
  read_and_initial_consent(kiosk, false);
  REQUIRE(kiosk.tap("review/back"));
  at(kiosk, "33_consent_end");
  REQUIRE(kiosk.tap("consent/next"));
  at(kiosk, "40_review_top");
  continue_from_review(kiosk);
  at(kiosk, "50_signature_empty");
  sign_on_pad(kiosk);
  at(kiosk, "51_signature_signed");
  REQUIRE(kiosk.tap("signature/next"));  // settling waits for the check-in to be saved
  REQUIRE(kiosk.kiosk().step() != ui::JourneyStep::Submitting);
  at(kiosk, "60_thank_you");
}

void walk_minor_and_inactivity(HeadlessKiosk& kiosk, const WalkOptions& options, const AtScreen& at) {
  start_at_welcome(kiosk, options);
  REQUIRE(kiosk.tap("welcome/start"));
  PatientDetails teen;
  teen.year = "2011";
  fill_about_you(kiosk, teen);
  at(kiosk, "09_guardian");
  REQUIRE(kiosk.tap("guardian/next"));
  at(kiosk, "09_guardian_missing");
  kiosk.advance(95.0, 2.0);
  at(kiosk, "70_still_there");
}

}  // namespace intake::testing
