#include "store/store.hpp"

#include <array>
#include <cstring>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/secure_memory.hpp"
#include "common/try.hpp"
#include "store/audit_seal.hpp"
#include "store/directory_lock.hpp"
#include "store/key_page_check.hpp"
#include "store/schema.hpp"
#include "store/store_error.hpp"
#include "store/store_file_bytes.hpp"

namespace intake::store {
namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 10000;

Status prepare_data_dir(const fs::path& data_dir) {
  std::error_code ec;
  if (fs::exists(data_dir, ec)) {
    if (!fs::is_directory(data_dir, ec))
      return store_error(kExitNotAStore, "The data directory " + data_dir.string() + " is not a directory.");
    // Like the key file: a directory others can list or write lets them see, swap or delete
    // the store and its keys.
    struct stat info {};
    if (::stat(data_dir.c_str(), &info) == 0 && (info.st_mode & 077) != 0)
      return store_error(kExitDataDirUnsafe,
                         fmt::format("The data directory {} can be read or written by other users "
                                     "(mode {:04o}); set its mode to 0700 (nothing was opened).",
                                     data_dir.string(), info.st_mode & 07777));
    return ok_status();
  }
  fs::create_directories(data_dir, ec);
  if (ec)
    return store_error(kExitReadOnly, "The data directory " + data_dir.string() +
                                          " cannot be created (read-only or no permission).");
  // Only the kiosk's user may list or open what the store keeps.
  fs::permissions(data_dir, fs::perms::owner_all, fs::perm_options::replace, ec);
  return ok_status();
}

// Refuses files that cannot be a SQLCipher store before any key is tried: a plaintext
// SQLite file starts with its magic string; an encrypted one is whole pages of random bytes.
Status check_looks_like_store(const fs::path& database) {
  std::error_code ec;
  if (!fs::exists(database, ec)) return ok_status();
  if (!fs::is_regular_file(database, ec))
    return store_error(kExitNotAStore, database.string() + " is not a regular file.");
  const auto size = fs::file_size(database, ec);
  if (ec || size == 0) return ok_status();  // empty: created but never written
  std::array<char, 16> header{};
  (void)read_store_file_bytes(database, 0, header.data(), header.size());  // never an ifstream: see there
  if (std::memcmp(header.data(), "SQLite format 3", 16) == 0)
    return store_error(kExitNotAStore,
                       database.string() + " is a plain (unencrypted) SQLite file, not an intake store.");
  if (size < 512 || size % 512 != 0)
    return store_error(kExitNotAStore, database.string() + " is not an intake store.");
  return ok_status();
}

Status apply_key(sqlite3* db, const StoreKey& key) {
  // Global in SQLCipher: wipe every buffer it frees, so keys and decrypted pages do not
  // linger in freed heap memory. Must be on before the key is handed over.
  TRY(exec_sql(db, "PRAGMA cipher_memory_security = ON", "securing memory"));
  // SQLCipher otherwise prints its own diagnostics (e.g. "hmac check failed") on stderr,
  // next to the one clear sentence the caller shows.
  // SQLCipher 4.6.1 still logs ERROR lines at level NONE; filtering every source silences it.
  if (auto st = exec_sql(db, "PRAGMA cipher_log_level = NONE; PRAGMA cipher_log_source = NONE",
                         "configuring logging");
      !st)
    return st;
  std::string pragma = key.key_pragma();
  const int rc = sqlite3_exec(db, pragma.c_str(), nullptr, nullptr, nullptr);
  secure_wipe(pragma);
  if (rc != SQLITE_OK) return sqlite_error(db, rc, "applying the key");
  return ok_status();
}

// The first read decrypts page 1; a wrong key fails its HMAC and SQLite says NOTADB. So does
// a damaged page 1: the pages after it tell which (key_page_check.hpp).
Status check_key_opens(sqlite3* db, const fs::path& data_dir, const StoreKey& key) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &raw, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(raw);
  sqlite3_finalize(raw);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) return ok_status();
  if ((rc & 0xff) == SQLITE_NOTADB) {
    switch (check_key_on_later_pages(data_dir / kStoreFileName, key)) {
      case KeyPageCheck::later_pages_match:
        return store_error(kExitCorrupt,
                           "The first page of the store in " + data_dir.string() +
                               " is damaged (the key checks out on the pages after it, so it is the "
                               "right key); restore store.db from a backup.");
      case KeyPageCheck::no_page_matches:
        return store_error(kExitWrongKey,
                           "The key does not open the store in " + data_dir.string() +
                               ": it fails on the first page and on the pages after it, so it is the "
                               "wrong key (nothing was changed).");
      case KeyPageCheck::cannot_tell: break;
    }
    return store_error(kExitWrongKey, "The key does not open the store in " + data_dir.string() +
                                          ": it is the wrong key, or the file is not an intake store.");
  }
  return sqlite_error(db, rc, "opening the store");
}

Status configure_connection(sqlite3* db) {
  auto mode = TRY(Statement::prepare(db, "PRAGMA journal_mode = WAL"));
  auto row = TRY(mode.step("switching to WAL mode"));
  if (!row || mode.text(0) != "wal")
    return store_error(kExitReadOnly,
                       "The store cannot use its write-ahead log because its directory is "
                       "read-only.");
  // FULL: a commit is on disk before we report a record stored, even across a power cut.
  return exec_sql(db,
                  "PRAGMA synchronous = FULL;"
                  "PRAGMA temp_store = MEMORY;"
                  // 16 MB of decrypted pages: list indexes stay in memory between queries.
                  "PRAGMA cache_size = -16384;"
                  "PRAGMA foreign_keys = ON;",
                  "configuring the connection");
}

}  // namespace

namespace {

// A store file that exists and has been written to (an empty file is what an interrupted
// first run, or `: > store.db`, leaves behind).
bool store_file_written(const fs::path& database) {
  std::error_code ec;
  if (!fs::exists(database, ec)) return false;  // a WAL left without its store is no store
  if (fs::exists(database.string() + "-wal", ec)) return true;
  const auto size = fs::file_size(database, ec);
  return ec || size > 0;
}

// With no written store.db, anything else of ours in the directory means a store existed
// here: it was lost, and making a fresh one would hide that every record is gone.
Status refuse_lost_store(const fs::path& data_dir, const fs::path& database) {
  const char* evidence = nullptr;
  std::error_code ec;
  if (key_file_present(data_dir, kStoreKeyName))
    evidence = kKeyFileName;
  else if (key_file_present(data_dir, kAuditKeyName))
    evidence = kAuditKeyFileName;
  else if (fs::exists(data_dir / kAuditHeadFileName, ec))
    evidence = kAuditHeadFileName;
  else if (fs::exists(database.string() + "-wal", ec))
    evidence = "store.db-wal";
  if (evidence == nullptr) return ok_status();
  const bool empty = fs::exists(database, ec);
  return store_error(kExitStoreMissing,
                     "The store " + database.string() + " is " + (empty ? "empty" : "missing") +
                         " although " + evidence +
                         " is there: the store was lost, so nothing was created; put store.db "
                         "back from a backup (README: Restoring from a backup).");
}

// Loads the audit key for a store at schema `version`: a store that already authenticates
// its audit trail needs its key; the upgrade that starts authenticating (or a new store)
// creates it.
Result<LoadedKey> load_audit_key(const KeySources& keys, const fs::path& data_dir, bool new_store,
                                 int version) {
  const bool may_create = new_store || version < kAuthenticatedAuditVersion;
  return load_secret_key(keys, data_dir, kAuditKeyName, may_create);
}

// Opens store.db and hands it the key; whether the key is right shows on the first read.
Result<Database> open_keyed_connection(const fs::path& data_dir, bool store_exists, const StoreKey& key) {
  const fs::path database = data_dir / kStoreFileName;
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (store_exists ? 0 : SQLITE_OPEN_CREATE);
  const int rc = sqlite3_open_v2(database.c_str(), &raw, flags, nullptr);
  Database db(raw);
  if (rc != SQLITE_OK) {
    if (!store_exists || (rc & 0xff) == SQLITE_CANTOPEN)
      return store_error(kExitReadOnly, "The store in " + data_dir.string() +
                                            " cannot be opened for writing (read-only or no "
                                            "permission).");
    return sqlite_error(db.get(), rc, "opening the store");
  }
  if (sqlite3_db_readonly(db.get(), "main") == 1)
    return store_error(kExitReadOnly, "The store file " + database.string() + " is read-only.");
  std::error_code ec;
  if (!store_exists)
    fs::permissions(database, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
  sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
  sqlite3_extended_result_codes(db.get(), 1);

  TRY(apply_key(db.get(), key));
  return db;
}

}  // namespace

Result<Store> open_store(const ResourcePaths& paths, const Clock& clock) {
  return open_store(paths.data_dir, KeySources{paths.credentials_dir}, clock);
}

Result<Store> open_store(const fs::path& data_dir, const KeySources& keys, const Clock& clock) {
  // libsodium makes keys, record ids and PIN hashes; it must be initialised first (idempotent).
  if (sodium_init() < 0) return store_error(kExitStoreFailure, "The cryptography library could not start.");
  // A caller that forgot to pass main's clock: refuse here, not mid-write (connection_clock).
  if (!clock.now) return store_error(kExitStoreFailure, "The store was opened without a clock.");
  TRY(prepare_data_dir(data_dir));
  const auto lock = TRY(DirectoryLock::acquire(data_dir));  // held until the store is open
  const fs::path database = data_dir / kStoreFileName;
  const bool store_exists = store_file_written(database);
  if (!store_exists) TRY(refuse_lost_store(data_dir, database));
  TRY(check_looks_like_store(database));

  if (!store_exists && ::access(data_dir.c_str(), W_OK) != 0)
    return store_error(kExitReadOnly, "The data directory " + data_dir.string() +
                                          " is read-only, so no store can be created in it.");
  auto key = TRY(load_secret_key(keys, data_dir, kStoreKeyName, !store_exists));

  auto db = TRY(open_keyed_connection(data_dir, store_exists, key.key));
  KeySource source = key.source;
  if (auto st = check_key_opens(db.get(), data_dir, key.key); !st) {
    // A key rotation cut short after its rekey committed: the new key owns the store now. The
    // page check may then read old-key pages still in the file (the rekey sits in the WAL) and
    // call page 1 damaged; the new key is tried either way and used only if it opens the store.
    if ((st.error().code != kExitWrongKey && st.error().code != kExitCorrupt) || !store_exists)
      return st.error();
    auto next = load_next_store_key(keys, data_dir);
    if (!next || !*next) return st.error();
    db = TRY(open_keyed_connection(data_dir, store_exists, (*next)->key));
    if (!check_key_opens(db.get(), data_dir, (*next)->key)) return st.error();
    source = (*next)->source;
    if (source == KeySource::pending_key_file) {
      TRY(promote_next_key_file(data_dir));
    }
  }
  TRY(configure_connection(db.get()));
  attach_connection_clock(db.get(), clock);
  auto version = TRY(read_schema_version(db.get()));
  auto audit_key = TRY(load_audit_key(keys, data_dir, !store_exists, version));
  auto* seal = new AuditSeal(std::move(audit_key.key), data_dir, audit_key.source == KeySource::new_key_file);
  attach_audit_seal(db.get(), seal);
  seal->may_create_head = !store_exists || version < kAuthenticatedAuditVersion;
  seal->directory_locked = true;
  TRY(migrate_schema(db.get()));
  seal->directory_locked = false;
  seal->may_create_head = false;
  return Store(std::move(db), data_dir, source);
}

Status check_store_integrity(Store& store) {
  // cipher_integrity_check returns one row per page whose HMAC fails, none when all is well.
  auto cipher = TRY(Statement::prepare(store.handle(), "PRAGMA cipher_integrity_check"));
  auto row = TRY(cipher.step("checking page HMACs"));
  if (row)
    return store_error(kExitCorrupt,
                       "The store file is damaged (" + cipher.text(0) + "); restore it from a backup.");
  auto structure = TRY(Statement::prepare(store.handle(), "PRAGMA integrity_check(1)"));
  row = TRY(structure.step("checking the store's structure"));
  if (row && structure.text(0) != "ok")
    return store_error(kExitCorrupt,
                       "The store file is damaged (its structure check failed); restore it "
                       "from a backup.");
  return ok_status();
}

}  // namespace intake::store
