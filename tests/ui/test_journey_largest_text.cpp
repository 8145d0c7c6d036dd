// A Spanish-speaking patient who needs the largest text checks in from Welcome to the thank-you
// screen by touch alone: the language and the text size from their buttons, names and dates
// typed key by key on the on-screen keyboard, every answer, initial and the signature tapped or
// drawn. No step uses the physical-keyboard path.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>
#include <utility>

#include "headless_kiosk.hpp"
#include "journey_steps.hpp"
#include "screen_walk.hpp"

using namespace intake;
using namespace intake::testing;

TEST_CASE("a patient checks in at 200% text in Spanish by taps alone", "[ui][journey][layout]") {
  auto [width, height] =
      GENERATE(std::pair{1920.f, 1080.f}, std::pair{1080.f, 1920.f}, std::pair{1280.f, 800.f});
  INFO(width << "x" << height);
  ui::KioskUiOptions options = default_test_options();
  std::string language, given, family, phone;
  std::size_t answers = 0;
  options.submit = [&](const IntakeSession& session) {
    language = session.language;
    given = session.patient.given_name;
    family = session.patient.family_name;
    phone = session.patient.phone;
    answers = session.answers.size();
    return Result<std::string>(std::string("record-1"));
  };
  HeadlessKiosk kiosk(options, width, height);
  bool typed_without_taps = false;
  kiosk.set_input_mirror([&](const HeadlessKiosk::MirroredInput& input) {
    if (input.kind == HeadlessKiosk::MirroredInput::Kind::Text) typed_without_taps = true;
  });
  kiosk.settle();
  REQUIRE(kiosk.tap("Español"));
  REQUIRE(kiosk.tap("welcome/text_size"));
  REQUIRE(kiosk.tap("welcome/text_size"));
  REQUIRE(kiosk.kiosk().text_size() == ui::TextSize::largest);
  CHECK(kiosk.shows("Tamaño de letra 200 %"));
  REQUIRE(kiosk.tap("Empezar el registro"));

  const std::pair<const char*, const char*> fields[] = {
      {"about_you/given_name", "Ana"},  {"about_you/family_name", "Núñez"},
      {"about_you/birth_day", "10"},    {"about_you/birth_month", "5"},
      {"about_you/birth_year", "1990"}, {"about_you/phone", "+1 555 0100"}};
  for (const auto& [field, text] : fields) {
    REQUIRE(reveal_and_tap(kiosk, field));
    type_by_taps(kiosk, text);
  }
  close_keyboard(kiosk);
  REQUIRE(reveal_and_tap(kiosk, "about_you/next"));
  answer_questionnaire_with_no(kiosk);
  read_and_initial_consent(kiosk, false);
  continue_from_review(kiosk);
  sign_on_pad(kiosk);
  REQUIRE(kiosk.tap("signature/next"));
  CHECK(kiosk.kiosk().step() == ui::JourneyStep::ThankYou);
  CHECK(kiosk.shows("Gracias, Ana"));
  CHECK_FALSE(typed_without_taps);
  CHECK(language == "es");
  CHECK(given == "Ana");
  CHECK(family == "Núñez");
  CHECK(phone == "+1 555 0100");
  CHECK(answers > 20);
}
