#pragma once
// Read aloud without blocking a frame: say() hands an utterance to a worker thread, which
// synthesises it with espeak-ng piece by piece and passes each piece to the output (a speaker,
// or files for --speech-out). A new say() or stop() silences what is being said within one
// slice (10 ms of audio), shorter than a frame.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>

#include "common/result.hpp"
#include "speech/audio_clip.hpp"
#include "speech/spoken_screen.hpp"

namespace intake::speech {

// Where speech goes. Every call comes from the engine's worker thread.
class SpeechOutput {
 public:
  virtual ~SpeechOutput() = default;
  // Ready to take audio at this rate; an error ("No speaker found.") when there is no device.
  virtual Status open(int sample_rate) = 0;
  virtual void begin(const Utterance& utterance) = 0;
  // Returns once the device took the samples (in real time for a speaker); false when the
  // device went away (then close() follows and the next utterance opens it again).
  virtual bool write(std::span<const std::int16_t> samples) = 0;
  virtual Status finish() = 0;  // the utterance was said to its end
  virtual void abandon() = 0;   // stopped part way: silence now, keep nothing of it
  virtual void close() = 0;
};

// The chime before "Are you still there?": it calls back a patient who stepped away.
AudioClip chime_clip(int sample_rate);

inline constexpr int kMinVolume = 1;
inline constexpr int kMaxVolume = 10;
inline constexpr int kDefaultVolume = 8;

class SpeechEngine {
 public:
  // espeak_data_dir: the folder holding espeak-ng-data ("" = the system's). espeak-ng starts
  // on the worker when it is first needed, so a kiosk that never speaks never loads it.
  explicit SpeechEngine(std::unique_ptr<SpeechOutput> output, std::string espeak_data_dir = "");
  ~SpeechEngine();
  SpeechEngine(const SpeechEngine&) = delete;
  SpeechEngine& operator=(const SpeechEngine&) = delete;

  // Replaces whatever is being said. Returns at once.
  void say(Utterance utterance);
  // Silences what is being said and drops what was waiting. Returns at once.
  void stop();
  // Opens the output now (when the patient turns read aloud on), so problem() can say
  // "No speaker found." before anything is said.
  void check_output();

  void set_volume(int level);  // clamped to kMinVolume..kMaxVolume
  int volume() const { return volume_; }

  // Something is waiting to be said or being said.
  bool busy() const;
  // Why nothing can be heard ("No speaker found."), or "" when speech works.
  std::string problem() const;
  // Waits until everything asked for was said (or timeout passed); false on timeout.
  bool wait_until_idle(std::chrono::milliseconds timeout);

  std::uint64_t utterances_finished() const { return finished_; }
  std::uint64_t samples_out() const { return samples_out_; }  // handed to the output so far

 private:
  void run();

  std::unique_ptr<SpeechOutput> output_;
  std::string espeak_data_dir_;
  std::atomic<int> volume_{kDefaultVolume};
  std::atomic<std::uint64_t> generation_{0};
  std::atomic<std::uint64_t> finished_{0};
  std::atomic<std::uint64_t> samples_out_{0};

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::optional<Utterance> waiting_;
  bool check_requested_ = false;
  bool working_ = false;
  bool quit_ = false;
  std::string problem_;
  std::thread worker_;  // last: starts after everything it uses exists
};

}  // namespace intake::speech
