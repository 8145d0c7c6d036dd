#pragma once
// Mono 16-bit PCM as espeak-ng makes it and a WAV file or a speaker takes it.
#include <cstdint>
#include <vector>

namespace intake::speech {

struct AudioClip {
  int sample_rate = 22050;
  std::vector<std::int16_t> samples;
  double seconds() const { return sample_rate > 0 ? double(samples.size()) / sample_rate : 0.0; }
};

}  // namespace intake::speech
