#pragma once
// espeak-ng in its synchronous retrieval mode: text in, 16-bit PCM out in small pieces, on the
// caller's thread. Nothing is played here; the speech engine hands the pieces to a speaker or
// to files.
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "common/result.hpp"
#include "speech/audio_clip.hpp"

namespace intake::speech {

// The espeak-ng voice for a kiosk language: "en" -> "en-us", "es" -> "es-419" (Latin-American
// Spanish, as the clinics' Spanish is). Unknown languages fall back to the English voice.
std::string voice_for_language(std::string_view language);

// Words a minute: a little slower than espeak-ng's 175, for older listeners.
inline constexpr int kSpeechRateWordsPerMinute = 150;

class EspeakSynthesizer {
 public:
  // espeak-ng keeps its state inside the library, so a process has at most one of these and
  // uses it from one thread (the speech engine's worker). A second open() while one exists is
  // refused. data_dir: the folder holding espeak-ng-data ("" = the system's).
  static Result<std::unique_ptr<EspeakSynthesizer>> open(const std::string& data_dir = "");
  ~EspeakSynthesizer();
  EspeakSynthesizer(const EspeakSynthesizer&) = delete;
  EspeakSynthesizer& operator=(const EspeakSynthesizer&) = delete;

  int sample_rate() const { return sample_rate_; }

  // Speaks `text` (UTF-8, plain text) in the voice for `language`, calling `piece` with each
  // few milliseconds of audio as soon as it is made. `piece` returns false to stop at once.
  // Returns an error when the voice is missing or synthesis failed.
  using PieceFunction = std::function<bool(std::span<const std::int16_t>)>;
  Status speak(std::string_view text, std::string_view language, const PieceFunction& piece);
  // The whole text as one clip (tests, and files written without a speaker).
  Result<AudioClip> synthesize(std::string_view text, std::string_view language);

 private:
  explicit EspeakSynthesizer(int sample_rate) : sample_rate_(sample_rate) {}
  // A new synthesizer sets its voice again: the library may still hold the last one's.
  int sample_rate_ = 22050;
  std::string current_voice_;
};

}  // namespace intake::speech
