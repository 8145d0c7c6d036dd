#pragma once
// The store's 256-bit raw keys (the store key, and the audit key that authenticates the audit
// trail): where they come from and how they are created.
//
// Order: <credentials dir>/<credential> (a systemd credential on deployed kiosks; main passes
// $CREDENTIALS_DIRECTORY down as KeySources), else <data dir>/<file>. Both hold 64 hex
// characters (a trailing newline is allowed). A key file is created, mode 0600, only together
// with a new store; a store without its key is an error, never a reason to make a new key.
// Key bytes live in one heap buffer that is wiped when the StoreKey goes away.
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
inline constexpr const char* kAuditKeyFileName = "audit.key";
inline constexpr const char* kAuditCredentialName = "audit-key";

// Where secrets may come from besides the data directory; built once in main.
struct KeySources {
  std::filesystem::path credentials_dir;  // empty: key files in the data directory only
};

// One secret's two names: its systemd credential and its file in the data directory.
struct SecretName {
  const char* credential;
  const char* file;
};
inline constexpr SecretName kStoreKeyName{kCredentialName, kKeyFileName};
inline constexpr SecretName kAuditKeyName{kAuditCredentialName, kAuditKeyFileName};
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

// may_create: no store exists yet, so a missing key file is made (0600) instead of refused.
// A missing key is kExitKeyMissing (store key) or kExitAuditKeyMissing (audit key).
Result<LoadedKey> load_secret_key(const KeySources& sources, const std::filesystem::path& data_dir,
                                  const SecretName& name, bool may_create);

// The key file is in the data directory (a credential alone does not count: it exists before
// the first store is made).
bool key_file_present(const std::filesystem::path& data_dir, const SecretName& name);

// The credential or the key file is there.
bool secret_present(const KeySources& sources, const std::filesystem::path& data_dir, const SecretName& name);

// A rotation's new key, from the same place the current key comes from:
// <credentials dir>/store-key.next when the store key is a credential, else
// <data dir>/store.key.next. Empty when there is none.
Result<std::optional<LoadedKey>> load_next_store_key(const KeySources& sources,
                                                     const std::filesystem::path& data_dir);

// Makes a new random key and writes it, 0600, atomically to <data dir>/store.key.next
// (replacing a stale one: it never opened anything).
Result<LoadedKey> create_next_key_file(const std::filesystem::path& data_dir);

// Moves store.key.next over store.key, atomically, and syncs the directory.
Status promote_next_key_file(const std::filesystem::path& data_dir);

}  // namespace intake::store
