#include "store/backup.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>

#include <nlohmann/json.hpp>

#include "common/try.hpp"
#include "store/atomic_file.hpp"
#include "store/audit.hpp"
#include "store/schema.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"

namespace intake::store {
namespace fs = std::filesystem;

namespace {

// DETACHes `name` in the destructor, so an error part-way never leaves the copy attached.
class AttachedCopy {
 public:
  explicit AttachedCopy(sqlite3* db, std::string name = "backup_copy")
      : db_(db), detach_sql_("DETACH DATABASE " + name) {}
  ~AttachedCopy() {
    if (db_ != nullptr) sqlite3_exec(db_, detach_sql_.c_str(), nullptr, nullptr, nullptr);
  }
  Status detach() {
    sqlite3* db = db_;
    db_ = nullptr;
    return exec_sql(db, detach_sql_.c_str(), "closing the backup");
  }
  AttachedCopy(const AttachedCopy&) = delete;
  AttachedCopy& operator=(const AttachedCopy&) = delete;

 private:
  sqlite3* db_;
  std::string detach_sql_;
};

struct RemoveOnExit {
  fs::path path;
  ~RemoveOnExit() {
    std::error_code ec;
    fs::remove(path, ec);
  }
};

// sqlcipher_export reports a full destination disk as a generic "SQL logic error". Before the
// partial copy is removed, the free space there tells: less than what is still to copy.
bool backup_disk_full(const fs::path& directory, const fs::path& partial, const fs::path& database) {
  struct statvfs info {};
  if (::statvfs(directory.c_str(), &info) != 0) return false;
  const std::uintmax_t free_bytes = static_cast<std::uintmax_t>(info.f_bavail) * info.f_frsize;
  std::error_code ec;
  std::uintmax_t needed = fs::file_size(database, ec);
  if (ec) needed = 0;
  const std::uintmax_t wal = fs::file_size(database.string() + "-wal", ec);
  if (!ec) needed += wal;
  const std::uintmax_t written = fs::file_size(partial, ec);
  const std::uintmax_t still = !ec && written < needed ? needed - written : 0;
  return free_bytes < (1u << 20) || free_bytes < still;
}

}  // namespace

Status backup_store(Store& store, const fs::path& destination, const std::string& actor) {
  std::error_code ec;
  if (fs::exists(destination, ec))
    return store_error(kExitAlreadyExists, destination.string() + " already exists and was left untouched.");
  const fs::path directory = destination.has_parent_path() ? destination.parent_path() : fs::path(".");
  std::string temporary = (directory / ("." + destination.filename().string() + ".partial-XXXXXX")).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    const int error_number = errno;
    if (error_number == ENOSPC)
      return store_error(kExitDiskFull, "The disk is full, so no backup was written.");
    if (error_number == ENOENT || error_number == ENOTDIR)
      return store_error(kExitStoreFailure, "The backup's directory " + directory.string() +
                                                " does not exist, so no backup was written.");
    return store_error(kExitReadOnly, "The backup cannot be written to " + directory.string() +
                                          " (read-only or no permission).");
  }
  ::fchmod(fd, 0600);
  ::close(fd);
  RemoveOnExit cleanup{temporary};

  sqlite3* db = store.handle();
  {
    // No KEY clause: SQLCipher keys an attached database with the main database's key.
    auto attach = TRY(Statement::prepare(db, "ATTACH DATABASE ?1 AS backup_copy"));
    attach.bind(1, temporary);
    TRY(attach.run("creating the backup"));
  }
  AttachedCopy attached(db);
  if (auto st = exec_sql(db, "SELECT sqlcipher_export('backup_copy')", "copying the store"); !st) {
    if (st.error().code == kExitDiskFull || backup_disk_full(directory, temporary, store.database_path()))
      return store_error(kExitDiskFull, "The disk holding " + directory.string() +
                                            " is full, so no backup was written (the store is unchanged).");
    return st;
  }
  // sqlcipher_export copies tables and rows but not the schema version.
  const std::string version = "PRAGMA backup_copy.user_version = " + std::to_string(kSchemaVersion);
  TRY(exec_sql(db, version.c_str(), "marking the backup's schema version"));
  TRY(attached.detach());

  TRY(publish_temporary_file(temporary, destination, ExistingFile::refuse));
  const nlohmann::json details = {{"destination", destination.string()}};
  return append_audit_entry(
      store, AuditInput{actor, audit_action::kStoreBackup, "",
                        details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
}

}  // namespace intake::store

namespace intake::store {

namespace {

struct AuditHead {
  std::int64_t seq = 0;
  std::string hash;
};

Result<AuditHead> audit_entry(sqlite3* db, const char* sql, std::int64_t seq) {
  auto stmt = TRY(Statement::prepare(db, sql));
  if (seq > 0) stmt.bind(1, seq);
  if (!TRY(stmt.step("reading the backup's audit trail"))) return AuditHead{};
  return AuditHead{stmt.integer(0), stmt.text(1)};
}

}  // namespace

Status verify_backup(Store& store, const fs::path& backup) {
  sqlite3* db = store.handle();
  {
    auto attach = TRY(Statement::prepare(db, "ATTACH DATABASE ?1 AS backup_check"));
    attach.bind(1, backup.string());
    TRY(attach.run("opening the backup to check it"));
  }
  AttachedCopy attached(db, "backup_check");
  {
    // integrity_check reads every page, so every page's HMAC is checked on the way. (Scoped:
    // DETACH fails while a statement on the copy is still open.)
    auto structure = TRY(Statement::prepare(db, "PRAGMA backup_check.integrity_check(1)"));
    auto row = structure.step("checking the backup's pages");
    if (!row || (*row && structure.text(0) != "ok"))
      return store_error(kExitCorrupt, "The backup " + backup.string() +
                                           " does not read back correctly; do not rely on it.");
  }
  auto copy_head =
      TRY(audit_entry(db, "SELECT seq, hash FROM backup_check.audit ORDER BY seq DESC LIMIT 1", 0));
  auto same_entry = TRY(audit_entry(db, "SELECT seq, hash FROM main.audit WHERE seq = ?1", copy_head.seq));
  if (copy_head.seq > 0 && same_entry.hash != copy_head.hash)
    return store_error(kExitCorrupt,
                       "The backup " + backup.string() + "'s audit trail does not match the store's.");
  return attached.detach();
}

}  // namespace intake::store
