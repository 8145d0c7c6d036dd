#pragma once
// The kiosk's speaker through ALSA's "default" device (which is PulseAudio or PipeWire where
// one runs). No sound card: open() says "No speaker found." and the kiosk carries on silent.
#include <string>

#include "speech/speech_engine.hpp"

struct _snd_pcm;

namespace intake {

class AlsaSpeaker : public speech::SpeechOutput {
 public:
  explicit AlsaSpeaker(std::string device = "default") : device_(std::move(device)) {}
  ~AlsaSpeaker() override { close(); }
  Status open(int sample_rate) override;
  void begin(const speech::Utterance&) override {}
  bool write(std::span<const std::int16_t> samples) override;
  Status finish() override;
  void abandon() override;
  void close() override;

 private:
  std::string device_;
  _snd_pcm* pcm_ = nullptr;
};

}  // namespace intake
