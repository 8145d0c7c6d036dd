#include "speech/espeak_synthesizer.hpp"

#include "common/try.hpp"

#include <espeak-ng/speak_lib.h>

#include <atomic>

namespace intake::speech {

namespace {

// espeak-ng is one global engine inside the library; this only records that it is taken.
std::atomic<bool> g_espeak_taken{false};
// espeak-ng 1.51's espeak_Terminate waits forever on its own queue thread, so the library is
// started once per process and left running (a few MiB of voice data) when a synthesizer goes.
int g_espeak_rate = 0;

constexpr int kPieceMilliseconds = 10;  // asked for; espeak-ng 1.51 gives about 50 ms

struct SpeakContext {
  const EspeakSynthesizer::PieceFunction* piece = nullptr;
  bool stopped = false;
};

int on_synth(short* wav, int count, espeak_EVENT* events) {
  auto* context = events ? static_cast<SpeakContext*>(events->user_data) : nullptr;
  if (!context) return 0;
  if (context->stopped) return 1;
  if (wav && count > 0) {
    if (!(*context->piece)(std::span<const std::int16_t>(wav, std::size_t(count)))) {
      context->stopped = true;
      return 1;  // espeak-ng stops synthesising this text
    }
  }
  return 0;
}

}  // namespace

std::string voice_for_language(std::string_view language) {
  if (language == "es") return "es-419";
  return "en-us";
}

Result<std::unique_ptr<EspeakSynthesizer>> EspeakSynthesizer::open(const std::string& data_dir) {
  if (g_espeak_taken.exchange(true)) return Error{"Read aloud is already running in this program."};
  if (g_espeak_rate <= 0)
    g_espeak_rate =
        espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, kPieceMilliseconds,
                          data_dir.empty() ? nullptr : data_dir.c_str(), espeakINITIALIZE_DONT_EXIT);
  const int rate = g_espeak_rate;
  if (rate <= 0) {
    g_espeak_taken = false;
    return Error{"Read aloud cannot start: the espeak-ng voices (package espeak-ng-data) are missing."};
  }
  espeak_SetSynthCallback(&on_synth);
  espeak_SetParameter(espeakRATE, kSpeechRateWordsPerMinute, 0);
  return std::unique_ptr<EspeakSynthesizer>(new EspeakSynthesizer(rate));
}

EspeakSynthesizer::~EspeakSynthesizer() { g_espeak_taken = false; }

Status EspeakSynthesizer::speak(std::string_view text, std::string_view language,
                                const PieceFunction& piece) {
  const std::string voice = voice_for_language(language);
  if (voice != current_voice_) {
    if (espeak_SetVoiceByName(voice.c_str()) != EE_OK)
      return Error{"Read aloud has no voice " + voice + " (package espeak-ng-data)."};
    // A new voice resets the rate to its own default.
    espeak_SetParameter(espeakRATE, kSpeechRateWordsPerMinute, 0);
    current_voice_ = voice;
  }
  SpeakContext context{&piece};
  const std::string copy(text);  // espeak-ng wants a terminated string
  const espeak_ERROR result =
      espeak_Synth(copy.c_str(), copy.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &context);
  if (result != EE_OK && !context.stopped) return Error{"Read aloud could not speak this text."};
  return ok_status();
}

Result<AudioClip> EspeakSynthesizer::synthesize(std::string_view text, std::string_view language) {
  AudioClip clip;
  clip.sample_rate = sample_rate_;
  TRY(speak(text, language, [&clip](std::span<const std::int16_t> samples) {
    clip.samples.insert(clip.samples.end(), samples.begin(), samples.end());
    return true;
  }));
  return clip;
}

}  // namespace intake::speech
