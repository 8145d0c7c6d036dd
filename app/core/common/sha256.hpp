#pragma once
// SHA-256 through libsodium: consent-text hashes, PDF hashes, the audit chain.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace intake {

using Sha256Digest = std::array<std::uint8_t, 32>;

Sha256Digest sha256(std::span<const std::uint8_t> bytes);
Sha256Digest sha256(std::string_view text);
std::string sha256_hex(std::span<const std::uint8_t> bytes);
std::string sha256_hex(std::string_view text);

std::string to_hex(std::span<const std::uint8_t> bytes);

// Incremental hashing for data that arrives in parts (e.g. a chain of audit fields).
class Sha256Builder {
 public:
  Sha256Builder();
  Sha256Builder& add(std::string_view text);
  Sha256Builder& add(std::span<const std::uint8_t> bytes);
  Sha256Digest finish();
  std::string finish_hex();

 private:
  alignas(64) unsigned char state_[256];
};

}  // namespace intake
