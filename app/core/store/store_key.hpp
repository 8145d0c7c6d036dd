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
#include <optional>
#include <string>

#include "common/result.hpp"

namespace intake::store {

inline constexpr const char* kKeyFileName = "store.key";
inline constexpr const char* kCredentialName = "store-key";
// A key rotation's new key until the store has been rekeyed to it (key_rotation.hpp).
inline constexpr const char* kNextKeyFileName = "store.key.next";
inline constexpr const char* kNextCredentialName = "store-key.next";

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

// pending_*: a key rotation's new key, which opened the store because the rotation was cut
// short after the rekey committed (the store now belongs to it).
enum class KeySource { credential, key_file, new_key_file, pending_credential, pending_key_file };

struct LoadedKey {
  StoreKey key;
  KeySource source = KeySource::key_file;
  std::filesystem::path path;  // where it was read from (or created)
};

// store_exists: the store file (or its WAL) is already there, so creating a key is refused.
Result<LoadedKey> load_store_key(const std::filesystem::path& data_dir, bool store_exists);

// A rotation's new key, from the same place the current key comes from:
// $CREDENTIALS_DIRECTORY/store-key.next when the store key is a credential, else
// <data dir>/store.key.next. Empty when there is none.
Result<std::optional<LoadedKey>> load_next_store_key(const std::filesystem::path& data_dir);

// Makes a new random key and writes it, 0600, atomically to <data dir>/store.key.next
// (replacing a stale one: it never opened anything).
Result<LoadedKey> create_next_key_file(const std::filesystem::path& data_dir);

// Moves store.key.next over store.key, atomically, and syncs the directory.
Status promote_next_key_file(const std::filesystem::path& data_dir);

}  // namespace intake::store
