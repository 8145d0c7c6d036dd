#pragma once
// The encrypted store: one SQLCipher 4 database, <data dir>/store.db, keyed by store_key.hpp.
//
// open_store() never creates a store over an existing file, never makes a new key for an
// existing store and never "repairs" anything: every problem is an Error whose code is one of
// store_error.hpp's exit codes. The connection runs in WAL mode with a busy timeout and every
// write is a BEGIN IMMEDIATE transaction, so the kiosk and CLI commands (export, backup)
// use the store at the same time.
//
// A Store is one connection: use it from one thread at a time. A worker thread (e.g. the
// kiosk's submit) opens its own Store; opening costs a few milliseconds (no KDF: raw key).
#include <sqlite3.h>

#include <filesystem>

#include "common/clock.hpp"
#include "common/resource_paths.hpp"
#include "common/result.hpp"
#include "store/connection_clock.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_key.hpp"

namespace intake::store {

inline constexpr const char* kStoreFileName = "store.db";

class Store {
 public:
  Store(Store&&) noexcept = default;
  Store& operator=(Store&&) noexcept = default;

  // For the store's own files; other parts use the functions in the store headers.
  sqlite3* handle() const { return db_.get(); }
  const std::filesystem::path& data_dir() const { return data_dir_; }
  std::filesystem::path database_path() const { return data_dir_ / kStoreFileName; }
  KeySource key_source() const { return key_source_; }
  // The clock the store was opened with: every time it writes (records, audit entries, staff
  // lockouts) comes from it, and so does the clinic's zone for what it writes for people.
  const Clock& clock() const { return connection_clock(db_.get()); }

 private:
  friend Result<Store> open_store(const std::filesystem::path& data_dir, const KeySources& keys,
                                  const Clock& clock);
  Store(Database db, std::filesystem::path data_dir, KeySource source)
      : db_(std::move(db)), data_dir_(std::move(data_dir)), key_source_(source) {}

  Database db_;
  std::filesystem::path data_dir_;
  KeySource key_source_ = KeySource::key_file;
};

// Opens (or, in a directory with none of our files, creates) the store and brings its schema
// up to date. Keys come from keys.credentials_dir (systemd credentials) else the data
// directory. A key, audit key or audit head without a written store.db is a lost store
// (kExitStoreMissing), never a reason to make a new one. Other errors: kExitWrongKey,
// kExitKeyMissing, kExitAuditKeyMissing, kExitKeyInvalid, kExitNotAStore, kExitCorrupt,
// kExitNewerSchema, kExitReadOnly, kExitDiskFull, kExitBusy.
Result<Store> open_store(const std::filesystem::path& data_dir, const KeySources& keys, const Clock& clock);
// The same, with the data and credentials directories main resolved.
Result<Store> open_store(const ResourcePaths& paths, const Clock& clock);

// Full check of every page: PRAGMA cipher_integrity_check (HMACs) and PRAGMA integrity_check
// (b-tree structure). Reads the whole file, so it is for `audit verify`, not for every open.
Status check_store_integrity(Store& store);

}  // namespace intake::store
