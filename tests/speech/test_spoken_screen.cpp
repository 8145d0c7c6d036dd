#include <catch2/catch_test_macros.hpp>

#include "speech/spoken_screen.hpp"

using namespace intake::speech;
using Kind = ScreenLine::Kind;

TEST_CASE("a screen is read in drawing order, choices say which is chosen", "[speech]") {
  const std::vector<ScreenLine> lines = {
      {Kind::Text, "Your health"},
      {Kind::Text, "Are you pregnant or\nbreastfeeding?"},
      {Kind::Text, "This changes which treatments are safe."},
      {Kind::Choice, "Yes", false},
      {Kind::Choice, "No", true},
      {Kind::Field, "Anything else?"},
      {Kind::Button, "Next", false, false},
  };
  const Utterance said = build_utterance(lines, SpeechWords{}, "en");
  CHECK(said.language == "en");
  REQUIRE(said.parts.size() == 7);
  CHECK(said.parts[0] == "Your health.");
  CHECK(said.parts[1] == "Are you pregnant or breastfeeding?");
  CHECK(said.parts[3] == "Yes.");
  CHECK(said.parts[4] == "No, chosen.");
  CHECK(said.parts[5] == "Anything else?, box to write in.");
  CHECK(said.parts[6] == "Next, button, not available yet.");
  CHECK(said.text() ==
        "Your health.\nAre you pregnant or breastfeeding?\nThis changes which treatments are safe.\n"
        "Yes.\nNo, chosen.\nAnything else?, box to write in.\nNext, button, not available yet.\n");
}

TEST_CASE("the words around the screen's text come in the patient's language", "[speech]") {
  SpeechWords spanish{"elegido", "botón", "todavía no disponible", "casilla para escribir"};
  const std::vector<ScreenLine> lines = {{Kind::Choice, "Sí", true}, {Kind::Button, "Siguiente"}};
  const Utterance said = build_utterance(lines, spanish, "es");
  CHECK(said.text() == "Sí, elegido.\nSiguiente, botón.\n");
}

TEST_CASE("empty lines and a line repeated straight after itself are said once", "[speech]") {
  const std::vector<ScreenLine> lines = {
      {Kind::Text, "  "}, {Kind::Text, "Welcome"}, {Kind::Text, "Welcome"}, {Kind::Text, "Start"}};
  CHECK(build_utterance(lines, SpeechWords{}, "en").parts == std::vector<std::string>{"Welcome.", "Start."});
}

TEST_CASE("what appeared on a screen is found, such as an error after Next", "[speech]") {
  const std::vector<ScreenLine> before = {
      {Kind::Text, "Question"}, {Kind::Choice, "Yes"}, {Kind::Choice, "No"}};
  std::vector<ScreenLine> now = before;
  now.insert(now.begin() + 1, {Kind::Text, "Please answer this question to continue"});
  now[2].selected = true;
  const auto added = lines_added(before, now);
  REQUIRE(added.size() == 2);
  CHECK(added[0].text == "Please answer this question to continue");
  CHECK(added[1].text == "Yes");
  CHECK(added[1].selected);
  CHECK(lines_added(now, now).empty());
}
