// Backup and restore: the copy is encrypted with the same key, opens in the sqlcipher shell,
// and restoring it by the steps in store/backup.hpp gives a working, verifiable store.
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>

#include "store/audit_verify.hpp"
#include "store/backup.hpp"
#include "store/record_read.hpp"
#include "store/record_write.hpp"
#include "store/schema.hpp"
#include "store/store_error.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

TEST_CASE("a backup opens with the same key and restores to a verifiable store", "[store][backup]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  const fs::path backup = tmp / "backup-2026-11-21.db";
  std::vector<std::string> ids;
  {
    Store store = open_or_fail(data);
    for (int i = 0; i < 12; ++i) {
      auto id = insert_submitted_record(store, sample_record(i));
      REQUIRE(id);
      ids.push_back(*id);
    }
    REQUIRE(backup_store(store, backup, "cli:root"));
    // A second backup never overwrites the first.
    const auto first = read_file_bytes(backup);
    auto again = backup_store(store, backup, "cli:root");
    REQUIRE_FALSE(again);
    CHECK(again.error().code == kExitAlreadyExists);
    CHECK(read_file_bytes(backup) == first);
    // A record stored after the backup is not in it.
    REQUIRE(insert_submitted_record(store, sample_record(99)));
  }
  // No temporary file is left beside the backup.
  int files = 0;
  for (const auto& entry : fs::directory_iterator(tmp.path())) files += entry.is_regular_file();
  CHECK(files == 1);

  // It is encrypted: plain sqlite3 cannot read it.
  int rc = 0;
  run_shell("sqlite3 " + backup.string() + " 'SELECT count(*) FROM records;'", &rc);
  CHECK(rc != 0);

  // Restore, exactly as documented: the backup becomes store.db beside the same key.
  const fs::path restored = tmp / "restored";
  fs::create_directories(restored);
  fs::permissions(restored, fs::perms::owner_all, fs::perm_options::replace);
  fs::copy_file(data / "store.key", restored / "store.key");
  fs::copy_file(data / "audit.key", restored / "audit.key");  // the trail is checked with it
  fs::copy_file(backup, restored / "store.db");
  fs::permissions(restored / "store.db", fs::perms::owner_read | fs::perms::owner_write,
                  fs::perm_options::replace);
  // The standard shell opens it with the key.
  const std::string shell = run_sqlcipher(restored, "SELECT count(*) FROM records;", &rc);
  CHECK(rc == 0);
  CHECK(shell.find("12") != std::string::npos);

  Store store = open_or_fail(restored);
  auto version = read_schema_version(store.handle());
  REQUIRE(version);
  CHECK(*version == kSchemaVersion);
  auto count = count_records(store, {});
  REQUIRE(count);
  CHECK(*count == 12);
  auto report = verify_audit_trail(store);
  REQUIRE(report);
  // A fresh directory has no audit head: the admin accepts the restored store, on the record.
  CHECK(report->head == HeadCheck::missing);
  REQUIRE(accept_restored_store(store, "cli:root"));
  report = verify_audit_trail(store);
  REQUIRE(report);
  CHECK(report->ok());
  CHECK(report->records_checked == 12);
  auto pdf = read_record_pdf(store, ids[5], 1, PdfAccess::view, "tester");
  CHECK(pdf);
  CHECK(check_store_integrity(store));
}

TEST_CASE("a backup into a missing directory fails with a clear message", "[store][backup]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto missing = backup_store(store, tmp / "no-such-dir" / "backup.db", "cli:root");
  REQUIRE_FALSE(missing);
  CHECK(missing.error().message.find("does not exist") != std::string::npos);
}

TEST_CASE("a backup onto a full disk says the disk is full and leaves nothing behind",
          "[store][backup][disk_full]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  {
    Store store = open_or_fail(data);
    for (int i = 0; i < 20; ++i) REQUIRE(insert_submitted_record(store, sample_record(i)));
  }
  // A 64 KB file system: the store (20 records with their PDFs) does not fit on it.
  const fs::path small = tmp / "small";
  fs::create_directories(small);
  int rc = 0;
  run_shell("mount -t tmpfs -o size=64k tmpfs " + small.string(), &rc);
  if (rc != 0) SKIP("cannot mount a small tmpfs here (needs root)");
  struct Unmount {
    fs::path path;
    ~Unmount() { run_shell("umount " + path.string()); }
  } unmount{small};
  Store store = open_or_fail(data);
  auto st = backup_store(store, small / "backup.db", "cli:root");
  REQUIRE_FALSE(st);
  CHECK(st.error().code == kExitDiskFull);
  CHECK(st.error().message.find("is full, so no backup was written") != std::string::npos);
  CHECK(fs::is_empty(small));
}
