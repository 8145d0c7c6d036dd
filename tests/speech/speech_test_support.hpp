#pragma once
// Loudness of a clip, so a test can tell speech from silence.
#include <cmath>
#include <cstdint>
#include <vector>

namespace intake::testing {

inline double rms(const std::vector<std::int16_t>& samples) {
  if (samples.empty()) return 0.0;
  double sum = 0;
  for (auto s : samples) sum += double(s) * double(s);
  return std::sqrt(sum / double(samples.size()));
}

inline int peak(const std::vector<std::int16_t>& samples) {
  int top = 0;
  for (auto s : samples) top = std::max(top, std::abs(int(s)));
  return top;
}

}  // namespace intake::testing
