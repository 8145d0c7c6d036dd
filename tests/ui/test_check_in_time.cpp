// How long a full check-in takes a patient, timed in the headless driver at a brisk and at a slow
// reader's pace (reading_pace.hpp): every word on each screen read once, as it comes into view,
// every tap and drag, every key typed, and the signature. Prints the times; fails when Welcome's
// "about N to M minutes" (check_in_estimate.hpp) does not hold them.
#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>
#include <string>

#include "common/text.hpp"
#include "headless_kiosk.hpp"
#include "journey_steps.hpp"
#include "reading_pace.hpp"
#include "ui/check_in_estimate.hpp"
#include "ui/journey_screen_ids.hpp"

using namespace intake;
using namespace intake::testing;

namespace {

std::size_t word_count(const std::string& text) {
  std::istringstream words(text);
  std::size_t count = 0;
  for (std::string word; words >> word;) ++count;
  return count;
}

struct PacedPatient {
  const Pace& pace;
  HeadlessKiosk& kiosk;
  double seconds = 0.0;
  std::size_t words = 0, gestures = 0, keys = 0;
  std::set<std::string> read;  // screen + text: each is read once on each screen

  // Reads what came into view since the last look (a new screen, a scrolled page).
  void read_new_text() {
    const ui::KioskUi& ui = kiosk.kiosk();
    std::string screen = ui::journey_screen_id(ui.step());
    if (ui.step() == ui::JourneyStep::Questions)
      screen += std::to_string(ui.journey().screens.questions.page);
    if (ui.need_help_showing()) screen += "/help";
    auto take = [&](const std::string& text) {
      if (read.insert(screen + '\x1f' + text).second) {
        words += word_count(text);
        seconds += 60.0 * static_cast<double>(word_count(text)) / pace.words_per_minute;
      }
    };
    for (const auto& text : ui.probe().texts) take(text.text);
    for (const auto& item : ui.probe().items)
      if (item.visible && !item.id_path.starts_with("keyboard/")) take(item.label);
  }

  void on_input(const HeadlessKiosk::MirroredInput& input) {
    using Kind = HeadlessKiosk::MirroredInput::Kind;
    if (input.kind == Kind::Down) {
      read_new_text();  // a patient reads before reaching for the glass
      seconds += pace.seconds_per_gesture;
      ++gestures;
    } else if (input.kind == Kind::Text) {
      const std::size_t typed = text::code_point_count(input.text);
      seconds += pace.seconds_per_key * static_cast<double>(typed);
      keys += typed;
    }
  }
};

// A whole check-in, as a patient who answers "no" throughout does it.
double timed_check_in(const Pace& pace, const std::string& language) {
  ui::KioskUiOptions options = default_test_options();
  options.submit = [](const IntakeSession&) { return Result<std::string>(std::string("record-1")); };
  HeadlessKiosk kiosk(options);
  PacedPatient patient{pace, kiosk};
  kiosk.set_input_mirror([&](const HeadlessKiosk::MirroredInput& input) { patient.on_input(input); });
  kiosk.settle();
  if (language != "en") REQUIRE(kiosk.tap("language_" + language));
  REQUIRE(kiosk.tap("welcome/start"));
  fill_about_you(kiosk, {});
  answer_questionnaire_with_no(kiosk);
  read_and_initial_consent(kiosk, false);
  continue_from_review(kiosk);
  sign_on_pad(kiosk);
  patient.seconds += pace.seconds_to_sign;
  REQUIRE(kiosk.tap("signature/next"));
  REQUIRE(kiosk.kiosk().step() == ui::JourneyStep::ThankYou);
  patient.read_new_text();
  std::printf("check-in, %s, %s: %.1f minutes (%zu words read, %zu taps and drags, %zu keys)\n",
              language.c_str(), pace.who, patient.seconds / 60.0, patient.words, patient.gestures,
              patient.keys);
  return patient.seconds / 60.0;
}

}  // namespace

TEST_CASE("Welcome's estimate holds a full check-in at a brisk and at a slow reader's pace", "[ui][time]") {
  double fastest = 1e9, slowest = 0.0;
  for (const std::string language : {"en", "es"}) {
    fastest = std::min(fastest, timed_check_in(kBriskPace, language));
    slowest = std::max(slowest, timed_check_in(kSlowPace, language));
  }
  std::printf("Welcome says about %d to %d minutes; measured %.1f to %.1f\n", ui::kCheckInMinutes.low,
              ui::kCheckInMinutes.high, fastest, slowest);
  CHECK(std::lround(fastest) >= ui::kCheckInMinutes.low);
  CHECK(std::lround(slowest) <= ui::kCheckInMinutes.high);
}
