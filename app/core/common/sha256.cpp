#include "common/sha256.hpp"

#include <sodium.h>

#include <cstring>

namespace intake {

static_assert(sizeof(crypto_hash_sha256_state) <= 256, "Sha256Builder::state_ too small");

Sha256Digest sha256(std::span<const std::uint8_t> bytes) {
  Sha256Digest out{};
  crypto_hash_sha256(out.data(), bytes.data(), bytes.size());
  return out;
}

Sha256Digest sha256(std::string_view text) {
  return sha256(std::span(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

std::string to_hex(std::span<const std::uint8_t> bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(bytes.size() * 2);
  for (std::uint8_t b : bytes) {
    hex.push_back(digits[b >> 4]);
    hex.push_back(digits[b & 0x0f]);
  }
  return hex;
}

std::string sha256_hex(std::span<const std::uint8_t> bytes) { return to_hex(sha256(bytes)); }
std::string sha256_hex(std::string_view text) { return to_hex(sha256(text)); }

Sha256Builder::Sha256Builder() {
  crypto_hash_sha256_init(reinterpret_cast<crypto_hash_sha256_state*>(state_));
}

Sha256Builder& Sha256Builder::add(std::string_view text) {
  crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(state_),
                            reinterpret_cast<const unsigned char*>(text.data()), text.size());
  return *this;
}

Sha256Builder& Sha256Builder::add(std::span<const std::uint8_t> bytes) {
  crypto_hash_sha256_update(reinterpret_cast<crypto_hash_sha256_state*>(state_), bytes.data(), bytes.size());
  return *this;
}

Sha256Digest Sha256Builder::finish() {
  Sha256Digest out{};
  crypto_hash_sha256_final(reinterpret_cast<crypto_hash_sha256_state*>(state_), out.data());
  return out;
}

std::string Sha256Builder::finish_hex() { return to_hex(finish()); }

}  // namespace intake
