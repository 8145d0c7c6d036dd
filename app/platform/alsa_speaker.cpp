#include "platform/alsa_speaker.hpp"

#include <alsa/asoundlib.h>

namespace intake {

namespace {
// Little queued in the device: Stop is silent within a frame, and 40 ms is still plenty to
// keep a busy machine from running dry between pieces.
constexpr unsigned kLatencyMicroseconds = 40000;

// alsa-lib prints to stderr when there is no card; the kiosk says "No speaker found." instead.
void quiet(const char*, int, const char*, int, const char*, ...) {}
}  // namespace

Status AlsaSpeaker::open(int sample_rate) {
  close();
  snd_lib_error_set_handler(&quiet);
  snd_pcm_t* pcm = nullptr;
  if (snd_pcm_open(&pcm, device_.c_str(), SND_PCM_STREAM_PLAYBACK, 0) < 0) return Error{"No speaker found."};
  if (snd_pcm_set_params(pcm, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED, 1, unsigned(sample_rate),
                         1, kLatencyMicroseconds) < 0) {
    snd_pcm_close(pcm);
    return Error{"No speaker found."};
  }
  pcm_ = pcm;
  return ok_status();
}

bool AlsaSpeaker::write(std::span<const std::int16_t> samples) {
  if (!pcm_) return false;
  std::size_t done = 0;
  while (done < samples.size()) {
    snd_pcm_sframes_t n = snd_pcm_writei(pcm_, samples.data() + done, samples.size() - done);
    if (n < 0) n = snd_pcm_recover(pcm_, int(n), 1);  // an underrun between utterances is normal
    if (n < 0) return false;                          // the device went away
    done += std::size_t(n);
  }
  return true;
}

// The last 40 ms play out by themselves; waiting for them (drain) would make Stop wait too.
Status AlsaSpeaker::finish() { return ok_status(); }

void AlsaSpeaker::abandon() {
  if (!pcm_) return;
  snd_pcm_drop(pcm_);  // what is queued is thrown away: silence now
  snd_pcm_prepare(pcm_);
}

void AlsaSpeaker::close() {
  if (!pcm_) return;
  snd_pcm_close(pcm_);
  pcm_ = nullptr;
}

}  // namespace intake
