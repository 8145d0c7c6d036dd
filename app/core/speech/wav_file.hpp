#pragma once
// A WAV file (RIFF, 16-bit PCM, mono), written whole or not at all: a reader never sees half.
#include <filesystem>

#include "common/result.hpp"
#include "speech/audio_clip.hpp"

namespace intake::speech {

Status write_wav_file(const std::filesystem::path& path, const AudioClip& clip);
// Reads back what write_wav_file wrote (tests and the setup check use it); other WAV layouts
// are refused with one sentence.
Result<AudioClip> read_wav_file(const std::filesystem::path& path);

}  // namespace intake::speech
