#include <catch2/catch_test_macros.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "speech/speech_engine.hpp"
#include "speech/speech_files.hpp"
#include "speech/wav_file.hpp"
#include "speech_test_support.hpp"
#include "temp_dir.hpp"

using namespace intake::speech;
using namespace std::chrono_literals;
using intake::testing::peak;
using intake::testing::rms;

namespace {

using intake::test::TempDir;  // tests/support/temp_dir.hpp

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Utterance words(std::vector<std::string> parts, std::string language = "en") {
  return Utterance{std::move(language), std::move(parts)};
}

// About three minutes of speech, as long as the consent.
Utterance long_speech() {
  std::vector<std::string> parts;
  for (int i = 0; i < 40; ++i)
    parts.push_back("Section " + std::to_string(i + 1) +
                    ". The treatment uses fine needles to make tiny channels in the skin, and you "
                    "may see redness for a day or two afterwards.");
  return words(parts);
}

}  // namespace

TEST_CASE("speech out writes each utterance as NNN.wav and NNN.txt, louder with more words", "[speech]") {
  TempDir dir("intake-speech-out");
  SpeechEngine engine(std::make_unique<SpeechFiles>(dir.path()));
  engine.say(words({"Welcome.", "Start, button."}));
  REQUIRE(engine.wait_until_idle(30s));
  engine.say(words({"Welcome.", "Please answer a few questions about your health.", "Start, button."}));
  REQUIRE(engine.wait_until_idle(30s));
  CHECK(engine.problem().empty());
  CHECK(engine.utterances_finished() == 2);

  CHECK(read_text(dir.path() / "001.txt") == "Welcome.\nStart, button.\n");
  CHECK(read_text(dir.path() / "002.txt") ==
        "Welcome.\nPlease answer a few questions about your health.\nStart, button.\n");
  auto first = read_wav_file(dir.path() / "001.wav");
  auto second = read_wav_file(dir.path() / "002.wav");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(rms(first->samples) > 300);
  CHECK(second->seconds() > first->seconds() + 1.0);
}

TEST_CASE("speech files number on from what the folder already holds", "[speech]") {
  TempDir dir("intake-speech-number");
  {
    SpeechEngine engine(std::make_unique<SpeechFiles>(dir.path()));
    engine.say(words({"One."}));
    REQUIRE(engine.wait_until_idle(30s));
  }
  SpeechEngine engine(std::make_unique<SpeechFiles>(dir.path()));
  engine.say(words({"Two."}));
  REQUIRE(engine.wait_until_idle(30s));
  CHECK(read_text(dir.path() / "001.txt") == "One.\n");
  CHECK(read_text(dir.path() / "002.txt") == "Two.\n");
}

TEST_CASE("Spanish is spoken with the Spanish voice", "[speech]") {
  TempDir dir("intake-speech-es");
  SpeechEngine engine(std::make_unique<SpeechFiles>(dir.path()));
  engine.say(words({"Bienvenida. Toque Empezar."}, "es"));
  engine.wait_until_idle(30s);
  engine.say(words({"Bienvenida. Toque Empezar."}, "en"));
  REQUIRE(engine.wait_until_idle(30s));
  auto spanish = read_wav_file(dir.path() / "001.wav");
  auto english = read_wav_file(dir.path() / "002.wav");
  REQUIRE(spanish);
  REQUIRE(english);
  CHECK(rms(spanish->samples) > 300);
  CHECK(spanish->samples != english->samples);
}

TEST_CASE("Stop silences within one piece, shorter than a frame, and keeps nothing of it", "[speech]") {
  TempDir dir("intake-speech-stop");
  SpeechEngine engine(std::make_unique<SpeechFiles>(dir.path()));
  engine.say(long_speech());
  const auto deadline = std::chrono::steady_clock::now() + 30s;
  while (engine.samples_out() == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(1ms);
  REQUIRE(engine.samples_out() > 0);
  engine.stop();
  const auto at_stop = engine.samples_out();
  REQUIRE(engine.wait_until_idle(30s));
  // At most the one piece that was being handed over when Stop came: 10 ms at 22 050 Hz.
  CHECK(engine.samples_out() - at_stop <= 221);
  CHECK(engine.utterances_finished() == 0);
  CHECK_FALSE(std::filesystem::exists(dir.path() / "001.wav"));
  CHECK(engine.problem().empty());
}

TEST_CASE("a new utterance replaces the one being said", "[speech]") {
  TempDir dir("intake-speech-replace");
  SpeechEngine engine(std::make_unique<SpeechFiles>(dir.path()));
  engine.say(long_speech());
  engine.say(words({"Consent."}));
  REQUIRE(engine.wait_until_idle(30s));
  CHECK(engine.utterances_finished() == 1);
  CHECK(read_text(dir.path() / "001.txt") == "Consent.\n");
}

TEST_CASE("volume down makes the same words quieter", "[speech]") {
  TempDir dir("intake-speech-volume");
  SpeechEngine engine(std::make_unique<SpeechFiles>(dir.path()));
  CHECK(engine.volume() == kDefaultVolume);
  engine.set_volume(kMaxVolume);
  engine.say(words({"Are you still there?"}));
  REQUIRE(engine.wait_until_idle(30s));
  engine.set_volume(kMaxVolume / 2);
  engine.say(words({"Are you still there?"}));
  REQUIRE(engine.wait_until_idle(30s));
  engine.set_volume(99);
  CHECK(engine.volume() == kMaxVolume);
  engine.set_volume(-3);
  CHECK(engine.volume() == kMinVolume);
  auto loud = read_wav_file(dir.path() / "001.wav");
  auto quiet = read_wav_file(dir.path() / "002.wav");
  REQUIRE(loud);
  REQUIRE(quiet);
  // Half the volume is half as loud (espeak-ng varies its peak by a percent or so run to run).
  CHECK(peak(quiet->samples) < 0.55 * peak(loud->samples));
  CHECK(peak(quiet->samples) > 0.45 * peak(loud->samples));
}

TEST_CASE("a folder that cannot be made is one sentence and nothing is written", "[speech]") {
  SpeechEngine engine(std::make_unique<SpeechFiles>("/proc/intake-no-such-place"));
  engine.say(words({"Hello."}));
  REQUIRE(engine.wait_until_idle(30s));
  CHECK(engine.problem() == "The speech folder /proc/intake-no-such-place cannot be created.");
  CHECK(engine.utterances_finished() == 0);
}
