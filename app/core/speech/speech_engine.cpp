#include "speech/speech_engine.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "speech/espeak_synthesizer.hpp"

namespace intake::speech {

namespace {

// The worker's own state, which only it touches.
struct WorkerState {
  std::unique_ptr<EspeakSynthesizer> synthesizer;
  bool output_open = false;
};

}  // namespace

AudioClip chime_clip(int sample_rate) {
  // Two soft notes (E6 then C6), 180 ms each with a fade in and out, then a short rest.
  AudioClip clip;
  clip.sample_rate = sample_rate;
  const double notes[] = {1318.5, 1046.5};
  const int note_samples = sample_rate * 18 / 100;
  for (double frequency : notes)
    for (int i = 0; i < note_samples; ++i) {
      const double t = double(i) / sample_rate;
      const double fade =
          std::min({1.0, i / (0.02 * sample_rate), (note_samples - i) / (0.06 * sample_rate)});
      clip.samples.push_back(std::int16_t(12000.0 * fade * std::sin(2 * 3.14159265358979 * frequency * t)));
    }
  clip.samples.insert(clip.samples.end(), std::size_t(sample_rate / 5), 0);
  return clip;
}

SpeechEngine::SpeechEngine(std::unique_ptr<SpeechOutput> output, std::string espeak_data_dir)
    : output_(std::move(output)), espeak_data_dir_(std::move(espeak_data_dir)), worker_([this] { run(); }) {}

SpeechEngine::~SpeechEngine() {
  {
    std::lock_guard lock(mutex_);
    quit_ = true;
    waiting_.reset();
  }
  ++generation_;
  wake_.notify_all();
  worker_.join();
}

void SpeechEngine::say(Utterance utterance) {
  {
    std::lock_guard lock(mutex_);
    waiting_ = std::move(utterance);
  }
  ++generation_;  // the piece being said now is the last one of the old utterance
  wake_.notify_all();
}

void SpeechEngine::stop() {
  {
    std::lock_guard lock(mutex_);
    waiting_.reset();
  }
  ++generation_;
  wake_.notify_all();
}

void SpeechEngine::check_output() {
  {
    std::lock_guard lock(mutex_);
    check_requested_ = true;
  }
  wake_.notify_all();
}

void SpeechEngine::set_volume(int level) { volume_ = std::clamp(level, kMinVolume, kMaxVolume); }

bool SpeechEngine::busy() const {
  std::lock_guard lock(mutex_);
  return working_ || waiting_.has_value();
}

std::string SpeechEngine::problem() const {
  std::lock_guard lock(mutex_);
  return problem_;
}

bool SpeechEngine::wait_until_idle(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return idle_.wait_for(lock, timeout, [this] { return !working_ && !waiting_ && !check_requested_; });
}

void SpeechEngine::run() {
  WorkerState state;
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return quit_ || waiting_ || check_requested_; });
    if (quit_) break;
    std::optional<Utterance> utterance = std::move(waiting_);
    waiting_.reset();
    check_requested_ = false;
    working_ = true;
    const std::uint64_t generation = generation_;
    lock.unlock();

    std::string problem;
    if (!state.synthesizer) {
      auto opened = EspeakSynthesizer::open(espeak_data_dir_);
      if (opened)
        state.synthesizer = std::move(*opened);
      else
        problem = opened.error().message;
    }
    if (state.synthesizer && !state.output_open) {
      auto opened = output_->open(state.synthesizer->sample_rate());
      state.output_open = bool(opened);
      if (!opened) problem = opened.error().message;
    }
    if (problem.empty() && utterance && !utterance->empty()) {
      output_->begin(*utterance);
      bool lost = false;
      if (utterance->chime) {
        const AudioClip tone = chime_clip(state.synthesizer->sample_rate());
        const std::size_t slice = std::size_t(tone.sample_rate / 100);
        for (std::size_t at = 0; at < tone.samples.size() && !lost && generation_ == generation;
             at += slice) {
          std::vector<std::int16_t> scaled(tone.samples.begin() + at,
                                           tone.samples.begin() + std::min(tone.samples.size(), at + slice));
          for (auto& sample : scaled) sample = std::int16_t(int(sample) * volume_ / kMaxVolume);
          lost = !output_->write(scaled);
          if (!lost) samples_out_ += scaled.size();
        }
      }
      for (const auto& part : utterance->parts) {
        if (generation_ != generation || lost) break;
        auto spoken =
            state.synthesizer->speak(part, utterance->language, [&](std::span<const std::int16_t> piece) {
              // espeak-ng hands over about 50 ms at a time; the output gets 10 ms slices, so a
              // Stop between them is heard at once.
              const std::size_t slice = std::size_t(state.synthesizer->sample_rate() / 100);
              for (std::size_t at = 0; at < piece.size(); at += slice) {
                if (generation_ != generation) return false;
                const int volume = volume_;
                std::vector<std::int16_t> scaled(piece.begin() + at,
                                                 piece.begin() + std::min(piece.size(), at + slice));
                if (volume != kMaxVolume)
                  for (auto& sample : scaled) sample = std::int16_t(int(sample) * volume / kMaxVolume);
                if (!output_->write(scaled)) {
                  lost = true;
                  return false;
                }
                samples_out_ += scaled.size();
              }
              return true;
            });
        if (!spoken) problem = spoken.error().message;
      }
      if (lost) {
        output_->close();
        state.output_open = false;
        problem = "No speaker found.";
      } else if (generation_ == generation && problem.empty()) {
        if (auto finished = output_->finish(); !finished) problem = finished.error().message;
        ++finished_;
      } else {
        output_->abandon();
      }
    }

    lock.lock();
    problem_ = problem;
    working_ = false;
    if (!waiting_ && !check_requested_) idle_.notify_all();
  }
  lock.unlock();
  if (state.output_open) output_->close();
}

}  // namespace intake::speech
