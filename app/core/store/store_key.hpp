#pragma once
// The store's 256-bit raw key: where it comes from and how it is created.
//
// Order: $CREDENTIALS_DIRECTORY/store-key (a systemd credential on deployed kiosks), else
// <data dir>/store.key. Both hold 64 hex characters (a trailing newline is allowed). The key
// file is created, mode 0600, only when no store exists yet; a store without its key is an
// error, never a reason to make a new key. Key bytes live in one heap buffer that is wiped
// when the StoreKey goes away.
#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "common/result.hpp"

namespace intake::store {

inline constexpr const char* kKeyFileName = "store.key";
inline constexpr const char* kCredentialName = "store-key";

class StoreKey {
 public:
  using Bytes = std::array<std::uint8_t, 32>;
  StoreKey();
  const Bytes& bytes() const { return *bytes_; }
  Bytes& bytes() { return *bytes_; }
  // The SQL `PRAGMA key = "x'<64 hex>'"`; the caller wipes it (secure_wipe) after use.
  std::string key_pragma() const;

 private:
  struct Wipe {
    void operator()(Bytes* bytes) const;
  };
  std::unique_ptr<Bytes, Wipe> bytes_;
};

enum class KeySource { credential, key_file, new_key_file };

struct LoadedKey {
  StoreKey key;
  KeySource source = KeySource::key_file;
  std::filesystem::path path;  // where it was read from (or created)
};

// store_exists: the store file (or its WAL) is already there, so creating a key is refused.
Result<LoadedKey> load_store_key(const std::filesystem::path& data_dir, bool store_exists);

}  // namespace intake::store
