#pragma once
// --speech-out DIR: each utterance said to its end becomes DIR/NNN.wav (16-bit PCM mono) and
// DIR/NNN.txt (the words), numbered on from the highest number already there. For tests and
// for clinics checking what the kiosk says without a speaker.
#include <filesystem>

#include "speech/audio_clip.hpp"
#include "speech/speech_engine.hpp"

namespace intake::speech {

class SpeechFiles : public SpeechOutput {
 public:
  explicit SpeechFiles(std::filesystem::path dir) : dir_(std::move(dir)) {}
  Status open(int sample_rate) override;
  void begin(const Utterance& utterance) override;
  bool write(std::span<const std::int16_t> samples) override;
  Status finish() override;
  void abandon() override;
  void close() override {}

 private:
  std::filesystem::path dir_;
  int next_number_ = 1;
  AudioClip clip_;
  std::string text_;
};

}  // namespace intake::speech
