#include <catch2/catch_test_macros.hpp>

#include <cmath>
#include <filesystem>

#include "speech/espeak_synthesizer.hpp"
#include "speech/wav_file.hpp"
#include "speech_test_support.hpp"

using namespace intake::speech;
using intake::testing::peak;
using intake::testing::rms;

TEST_CASE("espeak-ng speaks English aloud and longer text takes longer", "[speech]") {
  auto synth = EspeakSynthesizer::open();
  REQUIRE(synth);
  auto short_clip = (*synth)->synthesize("Welcome.", "en");
  auto long_clip = (*synth)->synthesize(
      "Welcome. Please answer a few questions about your health before your treatment.", "en");
  REQUIRE(short_clip);
  REQUIRE(long_clip);
  CHECK(short_clip->sample_rate == (*synth)->sample_rate());
  CHECK(short_clip->seconds() > 0.3);
  CHECK(long_clip->seconds() > short_clip->seconds() * 3);
  CHECK(rms(long_clip->samples) > 500);  // speech, not silence
}

TEST_CASE("espeak-ng has the Latin-American Spanish voice and uses it for Spanish", "[speech]") {
  CHECK(voice_for_language("es") == "es-419");
  CHECK(voice_for_language("en") == "en-us");
  auto synth = EspeakSynthesizer::open();
  REQUIRE(synth);
  const char* text = "¿Tiene alergia a algún medicamento? Toque Sí o No.";
  auto spanish = (*synth)->synthesize(text, "es");
  REQUIRE(spanish);
  CHECK(spanish->seconds() > 1.0);
  CHECK(rms(spanish->samples) > 500);
  // The same letters in the English voice come out differently (another voice was used).
  auto english = (*synth)->synthesize(text, "en");
  REQUIRE(english);
  CHECK(english->samples != spanish->samples);
  // Back to Spanish: the voice follows the language both ways (espeak-ng varies a few samples).
  auto again = (*synth)->synthesize(text, "es");
  REQUIRE(again);
  CHECK(std::abs(double(again->samples.size()) - double(spanish->samples.size())) <
        0.02 * double(spanish->samples.size()));
}

TEST_CASE("only one espeak-ng engine exists at a time", "[speech]") {
  auto first = EspeakSynthesizer::open();
  REQUIRE(first);
  auto second = EspeakSynthesizer::open();
  REQUIRE_FALSE(second);
  CHECK(second.error().message == "Read aloud is already running in this program.");
}

TEST_CASE("stopping inside a piece ends synthesis at once", "[speech]") {
  auto synth = EspeakSynthesizer::open();
  REQUIRE(synth);
  int pieces = 0;
  std::size_t samples = 0;
  auto spoken = (*synth)->speak("This sentence is long enough to take several pieces of sound to say.", "en",
                                [&](std::span<const std::int16_t> piece) {
                                  ++pieces;
                                  samples += piece.size();
                                  return pieces < 3;
                                });
  REQUIRE(spoken);
  CHECK(pieces == 3);
  // Far less than the sentence: nothing more was made after the third piece said stop.
  auto whole =
      (*synth)->synthesize("This sentence is long enough to take several pieces of sound to say.", "en");
  REQUIRE(whole);
  CHECK(samples * 4 < whole->samples.size());
}

TEST_CASE("a WAV file holds 16-bit mono PCM and reads back the same", "[speech]") {
  auto synth = EspeakSynthesizer::open();
  REQUIRE(synth);
  auto clip = (*synth)->synthesize("Need help?", "en");
  REQUIRE(clip);
  const auto dir = std::filesystem::temp_directory_path() / "intake-wav-test";
  std::filesystem::create_directories(dir);
  const auto path = dir / "clip.wav";
  REQUIRE(write_wav_file(path, *clip));
  CHECK(std::filesystem::file_size(path) == 44 + clip->samples.size() * 2);
  CHECK_FALSE(std::filesystem::exists(dir / "clip.wav.partial"));
  auto back = read_wav_file(path);
  REQUIRE(back);
  CHECK(back->sample_rate == clip->sample_rate);
  CHECK(back->samples == clip->samples);
  CHECK(peak(back->samples) > 1000);
  std::filesystem::remove_all(dir);
}
