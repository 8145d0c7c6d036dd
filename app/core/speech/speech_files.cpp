#include "speech/speech_files.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>

#include "speech/wav_file.hpp"

namespace intake::speech {

Status SpeechFiles::open(int sample_rate) {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec || !std::filesystem::is_directory(dir_))
    return Error{"The speech folder " + dir_.string() + " cannot be created."};
  clip_.sample_rate = sample_rate;
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    int number = 0;
    char tail = 0;
    const std::string name = entry.path().filename().string();
    if (std::sscanf(name.c_str(), "%d.wa%c", &number, &tail) == 2 && number >= next_number_)
      next_number_ = number + 1;
  }
  return ok_status();
}

void SpeechFiles::begin(const Utterance& utterance) {
  clip_.samples.clear();
  text_ = utterance.text();
}

bool SpeechFiles::write(std::span<const std::int16_t> samples) {
  clip_.samples.insert(clip_.samples.end(), samples.begin(), samples.end());
  return true;
}

Status SpeechFiles::finish() {
  const std::string stem = fmt::format("{:03d}", next_number_++);
  // The words first: a test that sees NNN.wav can read NNN.txt.
  const auto txt = dir_ / (stem + ".txt");
  const auto partial = dir_ / (stem + ".txt.partial");
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out << text_;
  }
  std::error_code ec;
  std::filesystem::rename(partial, txt, ec);
  if (ec) return Error{"Could not write " + txt.string() + " (is the disk full?)."};
  auto written = write_wav_file(dir_ / (stem + ".wav"), clip_);
  clip_.samples.clear();
  return written;
}

void SpeechFiles::abandon() { clip_.samples.clear(); }

}  // namespace intake::speech
