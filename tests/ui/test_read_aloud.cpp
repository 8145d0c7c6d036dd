// Read aloud and "Need help?" on the real screens, headless, with the real espeak-ng writing
// each utterance to files (--speech-out's output): what is said is checked against what the
// screen itself drew (its probe), so a screen or question added later is covered too.
#include <catch2/catch_test_macros.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "headless_kiosk.hpp"
#include "journey_steps.hpp"
#include "speech/speech_files.hpp"
#include "speech/wav_file.hpp"
#include "temp_dir.hpp"

using namespace intake;
using namespace intake::testing;
using namespace std::chrono_literals;
using ui::JourneyStep;

namespace {

struct SpeakingKiosk {
  intake::test::TempDir tmp;
  std::filesystem::path dir = tmp / "spoken";  // what read aloud said, one file a sentence
  std::shared_ptr<speech::SpeechEngine> engine;
  std::unique_ptr<HeadlessKiosk> kiosk;

  explicit SpeakingKiosk(const std::string& name, std::filesystem::path out = {}) : tmp(name) {
    engine = std::make_shared<speech::SpeechEngine>(
        std::make_unique<speech::SpeechFiles>(out.empty() ? dir : out));
    ui::KioskUiOptions options = default_test_options();
    options.speech = engine;
    kiosk = std::make_unique<HeadlessKiosk>(std::move(options));
  }
  ~SpeakingKiosk() {  // the engine stops writing before the folder goes
    kiosk.reset();
    engine.reset();
  }

  int count() const {
    int n = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
      n += entry.path().extension() == ".txt";
    return n;
  }
  std::string newest() const {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.txt", count());
    std::ifstream in(dir / name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  // Tap Repeat, let it be said, and return what was said.
  std::string repeat_and_listen() {
    kiosk->settle();
    REQUIRE(engine->wait_until_idle(60s));
    REQUIRE(kiosk->tap("speech_repeat"));
    kiosk->settle();
    REQUIRE(engine->wait_until_idle(120s));
    return newest();
  }
};

std::string one_line(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Every text the screen drew and every label of a button, choice or field it shows is in what
// was said (the read-aloud controls themselves and keyboard keys excepted).
void check_said_everything_shown(HeadlessKiosk& kiosk, const std::string& said) {
  const std::string heard = one_line(said);
  const ui::UiProbe& probe = kiosk.kiosk().probe();
  int checked = 0;
  for (const auto& text : probe.texts) {
    const std::string shown = one_line(text.text);
    if (shown.empty()) continue;
    INFO("screen text: " << shown);
    CHECK(heard.find(shown) != std::string::npos);
    ++checked;
  }
  for (const auto& item : probe.items) {
    if (!item.visible || !item.spoken || item.label.empty() ||
        item.id_path.find("speech_") != std::string::npos)
      continue;
    INFO("screen item: " << item.id_path << " " << item.label);
    CHECK(heard.find(one_line(item.label)) != std::string::npos);
    ++checked;
  }
  CHECK(checked > 3);
}

}  // namespace

TEST_CASE("every patient screen says each text, question, choice and button it shows", "[ui][speech]") {
  SpeakingKiosk s("intake-read-every-screen");
  HeadlessKiosk& kiosk = *s.kiosk;
  kiosk.settle();
  REQUIRE(kiosk.tap("speech_switch"));
  kiosk.settle();
  REQUIRE(s.engine->wait_until_idle(60s));
  CHECK(s.count() == 1);  // turning it on reads the screen
  check_said_everything_shown(kiosk, s.newest());
  CHECK(s.newest().find("Start check-in, button.") != std::string::npos);

  REQUIRE(kiosk.tap("welcome/start"));
  check_said_everything_shown(kiosk, s.repeat_and_listen());
  fill_about_you(kiosk, {});
  int pages = 0;
  while (kiosk.kiosk().step() == JourneyStep::Questions && pages < 20) {
    const std::string said = s.repeat_and_listen();
    check_said_everything_shown(kiosk, said);
    answer_page_with_no(kiosk);
    ++pages;
  }
  CHECK(pages >= 2);
  if (kiosk.kiosk().step() == JourneyStep::BeforeConsent) {
    check_said_everything_shown(kiosk, s.repeat_and_listen());
    REQUIRE(kiosk.tap("next"));
  }
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Consent);
  check_said_everything_shown(kiosk, s.repeat_and_listen());
  read_and_initial_consent(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Review);
  check_said_everything_shown(kiosk, s.repeat_and_listen());
  continue_from_review(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Signature);
  check_said_everything_shown(kiosk, s.repeat_and_listen());
  // The words are heard, not only written: the consent's reading is long and not silent.
  auto wav = speech::read_wav_file(s.dir / "001.wav");
  REQUIRE(wav);
  CHECK(wav->seconds() > 3.0);
}

TEST_CASE("read aloud follows a language switch", "[ui][speech][language]") {
  SpeakingKiosk s("intake-read-language");
  HeadlessKiosk& kiosk = *s.kiosk;
  kiosk.settle();
  REQUIRE(kiosk.tap("speech_switch"));
  kiosk.settle();
  REQUIRE(s.engine->wait_until_idle(60s));
  CHECK(s.newest().find("Welcome.") != std::string::npos);
  REQUIRE(kiosk.tap("Español"));
  kiosk.settle();
  REQUIRE(s.engine->wait_until_idle(60s));
  const std::string spanish = s.newest();
  CHECK(spanish.find("Le damos la bienvenida.") != std::string::npos);
  CHECK(spanish.find("Español, elegida.") != std::string::npos);
  CHECK(spanish.find("Welcome.") == std::string::npos);
  check_said_everything_shown(kiosk, spanish);
}

TEST_CASE("Stop silences within a frame and a new screen stops the last one's speech", "[ui][speech]") {
  SpeakingKiosk s("intake-read-stop");
  HeadlessKiosk& kiosk = *s.kiosk;
  start_and_fill_about_you(kiosk);
  answer_questionnaire_with_no(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Consent);
  REQUIRE(kiosk.tap("speech_switch"));
  kiosk.step();  // the consent is being read (minutes of it)
  kiosk.settle();
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  while (s.engine->samples_out() == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(1ms);
  REQUIRE(s.engine->busy());
  REQUIRE(kiosk.tap("speech_stop"));  // the tap lands in one frame
  const auto at_stop = s.engine->samples_out();
  REQUIRE(s.engine->wait_until_idle(30s));
  // At most the 10 ms slice in hand when Stop came; a frame is 16.7 ms.
  CHECK(s.engine->samples_out() - at_stop <= 221);
  CHECK(s.count() == 0);                   // nothing of the stopped reading is kept as said
  CHECK(kiosk.kiosk().read_aloud().on());  // Stop silences; the switch stays on
}

TEST_CASE("without a working output the switch says no speaker found and the check-in goes on",
          "[ui][speech]") {
  SpeakingKiosk s("intake-read-nowhere", "/proc/intake-no-speaker");
  HeadlessKiosk& kiosk = *s.kiosk;
  kiosk.settle();
  REQUIRE(kiosk.tap("speech_switch"));
  kiosk.settle();
  REQUIRE(s.engine->wait_until_idle(30s));
  kiosk.step(4);
  kiosk.settle();
  CHECK(kiosk.shows("Read aloud: No speaker found"));
  REQUIRE(kiosk.tap("welcome/start"));
  CHECK(kiosk.kiosk().step() == JourneyStep::AboutYou);
}

TEST_CASE("Need help keeps the answers, and Start over asks before it wipes them", "[ui][help]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Questions);
  REQUIRE(kiosk.tap("Need help?"));
  kiosk.settle();
  CHECK(kiosk.shows("Someone from the front desk will come to help you."));
  CHECK(kiosk.shows("paper form"));  // the clinic's setting is on by default
  REQUIRE(kiosk.tap("Go back to my answers"));
  kiosk.settle();
  CHECK_FALSE(kiosk.kiosk().need_help_showing());
  CHECK(kiosk.kiosk().step() == JourneyStep::Questions);
  CHECK(kiosk.kiosk().journey().session.patient.given_name == "Ana");

  REQUIRE(kiosk.tap("Need help?"));
  REQUIRE(kiosk.tap("need_help/start_over"));
  kiosk.settle();
  CHECK(kiosk.shows("Everything you entered will be deleted."));
  REQUIRE(kiosk.tap("No, keep my answers"));
  kiosk.settle();
  CHECK(kiosk.kiosk().journey().session.patient.given_name == "Ana");
  REQUIRE(kiosk.tap("need_help/start_over"));
  REQUIRE(kiosk.tap("Yes, delete and start over"));
  kiosk.settle();
  CHECK(kiosk.kiosk().step() == JourneyStep::Welcome);
  CHECK(kiosk.kiosk().journey().session.patient.given_name.empty());
  CHECK_FALSE(kiosk.kiosk().need_help_showing());
}

TEST_CASE("Need help waits for the usual idle time, then still there and the wipe follow", "[ui][help]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  REQUIRE(kiosk.tap("Need help?"));
  kiosk.settle();
  kiosk.advance(60);
  CHECK(kiosk.kiosk().need_help_showing());
  CHECK_FALSE(kiosk.kiosk().still_there_showing());
  kiosk.advance(35);
  CHECK(kiosk.kiosk().still_there_showing());
  kiosk.advance(35);
  CHECK(kiosk.kiosk().step() == JourneyStep::Welcome);
}

TEST_CASE("reading steps wait three minutes before asking, question pages ninety seconds", "[ui][idle]") {
  HeadlessKiosk kiosk;
  start_and_fill_about_you(kiosk);
  kiosk.advance(95);
  CHECK(kiosk.kiosk().still_there_showing());
  REQUIRE(kiosk.tap("still_there/im_here"));
  answer_questionnaire_with_no(kiosk);
  REQUIRE(kiosk.kiosk().step() == JourneyStep::Consent);
  kiosk.advance(150);
  CHECK_FALSE(kiosk.kiosk().still_there_showing());
  kiosk.advance(35);
  CHECK(kiosk.kiosk().still_there_showing());
}
