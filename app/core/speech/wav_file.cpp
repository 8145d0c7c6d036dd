#include "speech/wav_file.hpp"

#include <array>
#include <cstring>
#include <fstream>
#include <string>

namespace intake::speech {

namespace {

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += char((v >> (8 * i)) & 0xff);
}
void put_u16(std::string& out, std::uint16_t v) {
  out += char(v & 0xff);
  out += char((v >> 8) & 0xff);
}
std::uint32_t get_u32(const unsigned char* p) {
  return p[0] | (p[1] << 8) | (p[2] << 16) | (std::uint32_t(p[3]) << 24);
}
std::uint16_t get_u16(const unsigned char* p) { return std::uint16_t(p[0] | (p[1] << 8)); }

}  // namespace

Status write_wav_file(const std::filesystem::path& path, const AudioClip& clip) {
  const std::uint32_t data_bytes = std::uint32_t(clip.samples.size() * 2);
  std::string header;
  header += "RIFF";
  put_u32(header, 36 + data_bytes);
  header += "WAVEfmt ";
  put_u32(header, 16);
  put_u16(header, 1);  // PCM
  put_u16(header, 1);  // mono
  put_u32(header, std::uint32_t(clip.sample_rate));
  put_u32(header, std::uint32_t(clip.sample_rate) * 2);
  put_u16(header, 2);
  put_u16(header, 16);
  header += "data";
  put_u32(header, data_bytes);

  std::filesystem::path partial = path;
  partial += ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(header.data(), std::streamsize(header.size()));
    for (std::int16_t s : clip.samples) {
      const char bytes[2] = {char(s & 0xff), char((s >> 8) & 0xff)};
      out.write(bytes, 2);
    }
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(partial, ignored);
      return Error{"Could not write the sound file " + path.string() + " (is the disk full?)."};
    }
  }
  std::error_code ec;
  std::filesystem::rename(partial, path, ec);
  if (ec) return Error{"Could not write the sound file " + path.string() + ": " + ec.message() + "."};
  return ok_status();
}

Result<AudioClip> read_wav_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"Could not open the sound file " + path.string() + "."};
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() < 44 || std::memcmp(p, "RIFF", 4) != 0 || std::memcmp(p + 8, "WAVEfmt ", 8) != 0 ||
      get_u16(p + 20) != 1 || get_u16(p + 22) != 1 || get_u16(p + 34) != 16 ||
      std::memcmp(p + 36, "data", 4) != 0 || get_u32(p + 40) > bytes.size() - 44)
    return Error{path.string() + " is not a mono 16-bit PCM WAV file."};
  AudioClip clip;
  clip.sample_rate = int(get_u32(p + 24));
  const std::uint32_t count = get_u32(p + 40) / 2;
  clip.samples.resize(count);
  for (std::uint32_t i = 0; i < count; ++i) clip.samples[i] = std::int16_t(get_u16(p + 44 + 2 * i));
  return clip;
}

}  // namespace intake::speech
