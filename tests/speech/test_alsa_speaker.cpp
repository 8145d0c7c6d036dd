#include <catch2/catch_test_macros.hpp>

#include <chrono>

#include "platform/alsa_speaker.hpp"

using namespace intake;
using namespace std::chrono_literals;

// The real ALSA library with a card that does not exist: what a kiosk without a speaker sees
// (CI's fresh root has no sound card at all, so "default" fails the same way there).
TEST_CASE("without a sound device the speaker says no speaker found", "[speech]") {
  AlsaSpeaker speaker("hw:97,0");
  auto opened = speaker.open(22050);
  REQUIRE_FALSE(opened);
  CHECK(opened.error().message == "No speaker found.");
  CHECK_FALSE(speaker.write(std::vector<std::int16_t>(100, 0)));
}

TEST_CASE("the engine reports no speaker found and carries on", "[speech]") {
  speech::SpeechEngine engine(std::make_unique<AlsaSpeaker>("hw:97,0"));
  engine.check_output();
  REQUIRE(engine.wait_until_idle(10s));
  CHECK(engine.problem() == "No speaker found.");
  engine.say(speech::Utterance{"en", {"Welcome."}});
  REQUIRE(engine.wait_until_idle(10s));
  CHECK(engine.problem() == "No speaker found.");
  CHECK(engine.utterances_finished() == 0);
}
