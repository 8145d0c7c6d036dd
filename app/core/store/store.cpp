#include "store/store.hpp"

#include <array>
#include <cstring>
#include <fstream>
#include <string>

#include <sodium.h>
#include <unistd.h>

#include "common/secure_memory.hpp"
#include "store/schema.hpp"
#include "store/store_error.hpp"

namespace intake::store {
namespace fs = std::filesystem;

namespace {

constexpr int kBusyTimeoutMs = 10000;

Status prepare_data_dir(const fs::path& data_dir) {
  std::error_code ec;
  if (fs::exists(data_dir, ec)) {
    if (!fs::is_directory(data_dir, ec))
      return store_error(kExitNotAStore,
                         "The data directory " + data_dir.string() + " is not a directory.");
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
  std::ifstream file(database, std::ios::binary);
  file.read(header.data(), header.size());
  if (std::memcmp(header.data(), "SQLite format 3", 16) == 0)
    return store_error(kExitNotAStore,
                       database.string() +
                           " is a plain (unencrypted) SQLite file, not an intake store.");
  if (size < 512 || size % 512 != 0)
    return store_error(kExitNotAStore, database.string() + " is not an intake store.");
  return ok_status();
}

Status apply_key(sqlite3* db, const StoreKey& key) {
  // Global in SQLCipher: wipe every buffer it frees, so keys and decrypted pages do not
  // linger in freed heap memory. Must be on before the key is handed over.
  if (auto st = exec_sql(db, "PRAGMA cipher_memory_security = ON", "securing memory"); !st)
    return st;
  // SQLCipher otherwise prints its own diagnostics (e.g. "hmac check failed") on stderr,
  // next to the one clear sentence the caller shows.
  if (auto st = exec_sql(db, "PRAGMA cipher_log_level = NONE", "configuring logging"); !st)
    return st;
  std::string pragma = key.key_pragma();
  const int rc = sqlite3_exec(db, pragma.c_str(), nullptr, nullptr, nullptr);
  secure_wipe(pragma);
  if (rc != SQLITE_OK) return sqlite_error(db, rc, "applying the key");
  return ok_status();
}

// The first read decrypts page 1; a wrong key fails its HMAC and SQLite says NOTADB.
Status check_key_opens(sqlite3* db, const fs::path& data_dir) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &raw, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(raw);
  sqlite3_finalize(raw);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE) return ok_status();
  if ((rc & 0xff) == SQLITE_NOTADB)
    return store_error(kExitWrongKey,
                       "The key does not open the store in " + data_dir.string() +
                           ": it is the wrong key, or the file is not an intake store.");
  return sqlite_error(db, rc, "opening the store");
}

Status configure_connection(sqlite3* db) {
  auto mode = Statement::prepare(db, "PRAGMA journal_mode = WAL");
  if (!mode) return mode.error();
  auto row = mode->step("switching to WAL mode");
  if (!row) return row.error();
  if (!*row || mode->text(0) != "wal")
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

// Opens store.db and hands it the key; whether the key is right shows on the first read.
Result<Database> open_keyed_connection(const fs::path& data_dir, bool store_exists,
                                       const StoreKey& key) {
  const fs::path database = data_dir / kStoreFileName;
  std::error_code ec;
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
    return store_error(kExitReadOnly,
                       "The store file " + database.string() + " is read-only.");
  if (!store_exists) fs::permissions(database, fs::perms::owner_read | fs::perms::owner_write,
                                     fs::perm_options::replace, ec);
  sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
  sqlite3_extended_result_codes(db.get(), 1);

  if (auto st = apply_key(db.get(), key); !st) return st.error();
  return db;
}

}  // namespace

Result<Store> open_store(const fs::path& data_dir) {
  // libsodium makes keys, record ids and PIN hashes; it must be initialised first (idempotent).
  if (sodium_init() < 0)
    return store_error(kExitStoreFailure, "The cryptography library could not start.");
  if (auto st = prepare_data_dir(data_dir); !st) return st.error();
  const fs::path database = data_dir / kStoreFileName;
  std::error_code ec;
  const bool store_exists =
      fs::exists(database, ec) || fs::exists(database.string() + "-wal", ec);
  if (auto st = check_looks_like_store(database); !st) return st.error();

  auto key = load_store_key(data_dir, store_exists);
  if (!key) return key.error();

  if (!store_exists && ::access(data_dir.c_str(), W_OK) != 0)
    return store_error(kExitReadOnly, "The data directory " + data_dir.string() +
                                          " is read-only, so no store can be created in it.");
  auto db = open_keyed_connection(data_dir, store_exists, key->key);
  if (!db) return db.error();
  KeySource source = key->source;
  if (auto st = check_key_opens(db->get(), data_dir); !st) {
    // A key rotation cut short after its rekey committed: the new key owns the store now.
    if (st.error().code != kExitWrongKey || !store_exists) return st.error();
    auto next = load_next_store_key(data_dir);
    if (!next || !*next) return st.error();
    db = open_keyed_connection(data_dir, store_exists, (*next)->key);
    if (!db) return db.error();
    if (!check_key_opens(db->get(), data_dir)) return st.error();
    source = (*next)->source;
    if (source == KeySource::pending_key_file) {
      if (auto promoted = promote_next_key_file(data_dir); !promoted) return promoted.error();
    }
  }
  if (auto st = configure_connection(db->get()); !st) return st.error();
  if (auto st = migrate_schema(db->get()); !st) return st.error();
  return Store(std::move(*db), data_dir, source);
}

Status check_store_integrity(Store& store) {
  // cipher_integrity_check returns one row per page whose HMAC fails, none when all is well.
  auto cipher = Statement::prepare(store.handle(), "PRAGMA cipher_integrity_check");
  if (!cipher) return cipher.error();
  auto row = cipher->step("checking page HMACs");
  if (!row) return row.error();
  if (*row)
    return store_error(kExitCorrupt, "The store file is damaged (" + cipher->text(0) +
                                         "); restore it from a backup.");
  auto structure = Statement::prepare(store.handle(), "PRAGMA integrity_check(1)");
  if (!structure) return structure.error();
  row = structure->step("checking the store's structure");
  if (!row) return row.error();
  if (*row && structure->text(0) != "ok")
    return store_error(kExitCorrupt,
                       "The store file is damaged (its structure check failed); restore it "
                       "from a backup.");
  return ok_status();
}

}  // namespace intake::store
