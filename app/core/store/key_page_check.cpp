#include "store/key_page_check.hpp"

#include "store/store_file_bytes.hpp"

#include <sodium.h>

#include <array>
#include <vector>

namespace intake::store {
namespace {

// SQLCipher 4 defaults, which the store never changes.
constexpr std::size_t kPageSize = 4096;
constexpr std::size_t kSaltSize = 16;
constexpr std::size_t kIvSize = 16;
constexpr std::size_t kHmacSize = 64;  // HMAC-SHA512
constexpr std::size_t kReserve = 80;   // IV + HMAC, rounded to the cipher block
constexpr unsigned char kHmacSaltMask = 0x3a;
constexpr int kPagesToTry = 4;

std::array<unsigned char, 64> hmac_sha512(const unsigned char* key, std::size_t key_size,
                                          const unsigned char* a, std::size_t a_size,
                                          const unsigned char* b = nullptr, std::size_t b_size = 0) {
  crypto_auth_hmacsha512_state state;
  crypto_auth_hmacsha512_init(&state, key, key_size);
  crypto_auth_hmacsha512_update(&state, a, a_size);
  if (b != nullptr) crypto_auth_hmacsha512_update(&state, b, b_size);
  std::array<unsigned char, 64> out{};
  crypto_auth_hmacsha512_final(&state, out.data());
  sodium_memzero(&state, sizeof state);
  return out;
}

// PBKDF2-HMAC-SHA512, one block (32 bytes), as SQLCipher derives its HMAC key (2 iterations).
std::array<unsigned char, 32> derive_hmac_key(const StoreKey& key, const unsigned char* salt) {
  std::array<unsigned char, kSaltSize + 4> block{};
  for (std::size_t i = 0; i < kSaltSize; ++i) block[i] = salt[i] ^ kHmacSaltMask;
  block[kSaltSize + 3] = 1;  // INT(1), big-endian
  auto u = hmac_sha512(key.bytes().data(), key.bytes().size(), block.data(), block.size());
  std::array<unsigned char, 64> t = u;
  u = hmac_sha512(key.bytes().data(), key.bytes().size(), u.data(), u.size());
  for (std::size_t i = 0; i < t.size(); ++i) t[i] ^= u[i];
  std::array<unsigned char, 32> out{};
  std::copy(t.begin(), t.begin() + 32, out.begin());
  sodium_memzero(t.data(), t.size());
  sodium_memzero(u.data(), u.size());
  return out;
}

bool page_hmac_matches(const std::vector<unsigned char>& page, std::uint32_t page_number,
                       const std::array<unsigned char, 32>& hmac_key) {
  const std::size_t covered = kPageSize - kReserve + kIvSize;  // ciphertext and IV
  const unsigned char number[4] = {static_cast<unsigned char>(page_number),
                                   static_cast<unsigned char>(page_number >> 8),
                                   static_cast<unsigned char>(page_number >> 16),
                                   static_cast<unsigned char>(page_number >> 24)};  // little-endian
  const auto mac = hmac_sha512(hmac_key.data(), hmac_key.size(), page.data(), covered, number, sizeof number);
  return sodium_memcmp(mac.data(), page.data() + covered, kHmacSize) == 0;
}

}  // namespace

KeyPageCheck check_key_on_later_pages(const std::filesystem::path& database, const StoreKey& key) {
  // Through SQLite's VFS, not an ifstream (store_file_bytes.hpp: another connection's locks).
  std::vector<unsigned char> page(kPageSize);
  if (read_store_file_bytes(database, 0, page.data(), kPageSize) != kPageSize)
    return KeyPageCheck::cannot_tell;
  auto hmac_key = derive_hmac_key(key, page.data());  // the salt: page 1's first 16 bytes
  int tried = 0;
  bool any_match = false;
  for (std::uint32_t number = 2; tried < kPagesToTry; ++number, ++tried) {
    if (read_store_file_bytes(database, std::uint64_t{number - 1} * kPageSize, page.data(), kPageSize) !=
        kPageSize)
      break;
    if (page_hmac_matches(page, number, hmac_key)) {
      any_match = true;
      break;
    }
  }
  sodium_memzero(hmac_key.data(), hmac_key.size());
  if (any_match) return KeyPageCheck::later_pages_match;
  return tried == 0 ? KeyPageCheck::cannot_tell : KeyPageCheck::no_page_matches;
}

}  // namespace intake::store
