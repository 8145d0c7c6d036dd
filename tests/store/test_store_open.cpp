// Opening the store: creation, the key's origin and shape, and every refusal that protects an
// existing store (missing key, wrong key, not a store, newer schema, read-only directory).
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <fstream>

#include "child_environment.hpp"
#include "store/record_read.hpp"
#include "store/record_write.hpp"
#include "store/schema.hpp"
#include "store/store.hpp"
#include "store/store_error.hpp"
#include "store_test_support.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using namespace intake::store::test;
using namespace intake::test;  // child_environment.hpp
namespace fs = std::filesystem;

namespace {

void create_store_with_one_record(const fs::path& data_dir) {
  Store store = open_or_fail(data_dir);
  REQUIRE(insert_submitted_record(store, sample_record(1)));
}

}  // namespace

TEST_CASE("a new store is created, and reopens with its records", "[store][open]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  CHECK(fs::exists(data / "store.db"));
  Store store = open_or_fail(data);
  CHECK(store.key_source() == KeySource::key_file);
  auto count = count_records(store, {});
  REQUIRE(count);
  CHECK(*count == 1);
  auto version = read_schema_version(store.handle());
  REQUIRE(version);
  CHECK(*version == kSchemaVersion);
}

TEST_CASE("the connection is SQLCipher 4 with memory security, WAL and in-memory temp files",
          "[store][open]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto pragma = [&](const char* sql) {
    auto statement = Statement::prepare(store.handle(), sql);
    REQUIRE(statement);
    auto row = statement->step("pragma");
    REQUIRE(row);
    REQUIRE(*row);
    return statement->text(0);
  };
  // Linked against libsqlcipher, not libsqlite3 (which would silently store plaintext).
  CHECK(pragma("PRAGMA cipher_version").starts_with("4."));
  CHECK(pragma("PRAGMA cipher_memory_security") == "1");
  CHECK(pragma("PRAGMA journal_mode") == "wal");
  CHECK(pragma("PRAGMA temp_store") == "2");   // MEMORY
  CHECK(pragma("PRAGMA synchronous") == "2");  // FULL
  CHECK(pragma("PRAGMA foreign_keys") == "1");
  CHECK(std::stoi(pragma("PRAGMA busy_timeout")) >= 5000);
}

TEST_CASE("the key file is created with mode 0600 and 64 hex characters", "[store][key]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  {
    Store store = open_or_fail(data);
    CHECK(store.key_source() == KeySource::new_key_file);
  }
  struct stat info {};
  REQUIRE(::stat((data / "store.key").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  const std::string hex = read_key_hex(data);
  CHECK(hex.size() == 64);
  CHECK(hex.find_first_not_of("0123456789abcdef") == std::string::npos);
  // The store and the data directory are private to the kiosk's user too.
  REQUIRE(::stat((data / "store.db").c_str(), &info) == 0);
  CHECK((info.st_mode & 0077) == 0);
  REQUIRE(::stat(data.c_str(), &info) == 0);
  CHECK((info.st_mode & 0077) == 0);
}

TEST_CASE("a systemd credential key is preferred over store.key", "[store][key]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  const fs::path credentials = tmp / "credentials";
  fs::create_directories(credentials);
  const std::string credential_hex(64, 'c');
  std::ofstream(credentials / "store-key") << credential_hex << "\n";
  {
    auto store = open_store(data, {credentials}, intake::test::real_clock());
    REQUIRE(store);
    CHECK(store->key_source() == KeySource::credential);
    REQUIRE(insert_submitted_record(*store, sample_record(1)));
  }
  CHECK_FALSE(fs::exists(data / "store.key"));  // no key file made when a credential exists
  // The store really is keyed with the credential: the sqlcipher shell opens it with it.
  std::ofstream(data / "store.key") << credential_hex << "\n";
  fs::permissions(data / "store.key", fs::perms::owner_read | fs::perms::owner_write,
                  fs::perm_options::replace);
  int rc = 0;
  const std::string out = run_sqlcipher(data, "SELECT count(*) FROM records;", &rc);
  CHECK(rc == 0);
  CHECK(out.find("1") != std::string::npos);
}

TEST_CASE("a store whose key file is missing is refused and left untouched", "[store][key]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  fs::remove(data / "store.key");
  const auto before = read_file_bytes(data / "store.db");
  auto store = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitKeyMissing);
  CHECK(store.error().message.find("store.key is missing") != std::string::npos);
  CHECK_FALSE(fs::exists(data / "store.key"));  // no new key was made
  CHECK(read_file_bytes(data / "store.db") == before);
}

TEST_CASE("a wrong key is refused", "[store][key]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  const auto before = read_file_bytes(data / "store.db");
  std::ofstream(data / "store.key", std::ios::trunc) << std::string(64, 'a') << "\n";
  auto store = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitWrongKey);
  CHECK(read_file_bytes(data / "store.db") == before);
}

TEST_CASE("a key file that is malformed or readable by others is refused", "[store][key]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  const std::string good = read_key_hex(data);
  std::ofstream(data / "store.key", std::ios::trunc) << good.substr(0, 63) << "g\n";
  auto bad_hex = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(bad_hex);
  CHECK(bad_hex.error().code == kExitKeyInvalid);

  std::ofstream(data / "store.key", std::ios::trunc) << good << "\n";
  fs::permissions(data / "store.key", fs::perms::group_read | fs::perms::others_read, fs::perm_options::add);
  auto too_open = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(too_open);
  CHECK(too_open.error().code == kExitKeyInvalid);
  CHECK(too_open.error().message.find("0600") != std::string::npos);
}

TEST_CASE("a plaintext SQLite file is refused as not a store", "[store][open]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  fs::create_directories(data);
  fs::permissions(data, fs::perms::owner_all, fs::perm_options::replace);
  int rc = 0;
  run_shell("sqlite3 " + (data / "store.db").string() + " 'CREATE TABLE t(x); INSERT INTO t VALUES(1);'",
            &rc);
  REQUIRE(rc == 0);
  const auto before = read_file_bytes(data / "store.db");
  auto store = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitNotAStore);
  CHECK(store.error().message.find("plain (unencrypted) SQLite") != std::string::npos);
  CHECK(read_file_bytes(data / "store.db") == before);
  CHECK_FALSE(fs::exists(data / "store.key"));  // nothing was created beside it either
}

TEST_CASE("a file that is not a store at all is refused", "[store][open]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  fs::create_directories(data);
  fs::permissions(data, fs::perms::owner_all, fs::perm_options::replace);
  std::ofstream(data / "store.db") << "these are someone's notes, not a database\n";
  auto store = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitNotAStore);
}

TEST_CASE("a store from a newer schema is refused and not changed", "[store][schema]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  int rc = 0;
  run_sqlcipher(data, "PRAGMA user_version = 99;", &rc);
  REQUIRE(rc == 0);
  auto store = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitNewerSchema);
  CHECK(store.error().message.find("99") != std::string::npos);
  const std::string version = run_sqlcipher(data, "PRAGMA user_version;", &rc);
  CHECK(version.find("99") != std::string::npos);
}

TEST_CASE("a corrupted page is detected, not repaired", "[store][corrupt]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  {
    Store store = open_or_fail(data);
    for (int i = 0; i < 20; ++i) REQUIRE(insert_submitted_record(store, sample_record(i)));
    REQUIRE(check_store_integrity(store));
    // Fold the WAL into the main file so the damage below hits committed pages.
    REQUIRE(sqlite3_exec(store.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
  }
  const auto size = fs::file_size(data / "store.db");
  REQUIRE(size > 8 * 4096);
  {
    std::fstream file(data / "store.db", std::ios::binary | std::ios::in | std::ios::out);
    file.seekp(static_cast<std::streamoff>(5 * 4096 + 100));
    const char garbage[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    file.write(garbage, sizeof garbage);
  }
  const auto damaged = read_file_bytes(data / "store.db");
  auto store = open_store(data, {}, intake::test::real_clock());  // page 1 is intact, so the store opens...
  REQUIRE(store);
  auto check = check_store_integrity(*store);  // ...and the full check finds the bad page
  REQUIRE_FALSE(check);
  CHECK(check.error().code == kExitCorrupt);
  CHECK(read_file_bytes(data / "store.db") == damaged);  // nothing was "repaired"
}

TEST_CASE("a read-only data directory gives a read-only error", "[store][open]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  // Root ignores permission bits, so the check runs in a child that drops to "nobody".
  const uid_t nobody = 65534;
  if (::geteuid() == 0) {
    for (const auto& entry : fs::recursive_directory_iterator(tmp.path()))
      REQUIRE(::chown(entry.path().c_str(), nobody, nobody) == 0);
    REQUIRE(::chown(tmp.path().c_str(), nobody, nobody) == 0);
  }
  // WAL needs to create store.db-wal and -shm beside the store: a read-only directory stops it.
  fs::remove(data / "store.db-wal");
  fs::remove(data / "store.db-shm");
  fs::permissions(data, fs::perms::owner_read | fs::perms::owner_exec, fs::perm_options::replace);
  const ChildRun child = run_in_child({}, [&](const ReportLine&) {
    if (::geteuid() == 0 && (::setgid(nobody) != 0 || ::setuid(nobody) != 0)) return 100;
    auto store = open_store(data, {}, intake::test::real_clock());
    return store ? 0 : store.error().code;
  });
  CHECK(child.exit_code == kExitReadOnly);
}

TEST_CASE("a full disk fails the insert with a disk-full error and stores nothing", "[store][open]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  // A file-size limit stands in for a full disk: writes past it fail as they would with
  // ENOSPC. It runs in a child so the limit never touches this test process.
  std::uintmax_t largest = 0;
  for (const auto& entry : fs::directory_iterator(data))
    largest = std::max<std::uintmax_t>(largest, entry.file_size());
  const ChildRun child = run_in_child({}, [&](const ReportLine&) {
    ::signal(SIGXFSZ, SIG_IGN);  // otherwise the kernel kills us instead of failing the write
    auto store = open_store(data, {}, intake::test::real_clock());
    if (!store) return 100 + store.error().code;
    struct rlimit limit {};
    limit.rlim_cur = limit.rlim_max = largest + 64 * 1024;
    ::setrlimit(RLIMIT_FSIZE, &limit);
    NewRecord record = sample_record(2);
    record.pdf = synthetic_pdf(2 * 1024 * 1024);
    auto id = insert_submitted_record(*store, record);
    return id ? 0 : id.error().code;
  });
  CHECK(child.exit_code == kExitDiskFull);
  Store store = open_or_fail(data);
  CHECK(check_store_integrity(store));
  auto count = count_records(store, {});
  REQUIRE(count);
  CHECK(*count == 1);
}

TEST_CASE("a data directory that cannot be created gives a read-only error", "[store][open]") {
  auto store = open_store("/proc/intake-kiosk-test/data", {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitReadOnly);
}

TEST_CASE("a data directory other users can read or write is refused, like the key file", "[store][open]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  for (const auto mode : {fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec,
                          fs::perms::owner_all | fs::perms::others_write | fs::perms::others_exec}) {
    fs::permissions(data, mode, fs::perm_options::replace);
    auto store = open_store(data, {}, intake::test::real_clock());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == kExitDataDirUnsafe);
    CHECK(store.error().message.find("set its mode to 0700") != std::string::npos);
  }
  fs::permissions(data, fs::perms::owner_all, fs::perm_options::replace);
  CHECK(open_store(data, {}, intake::test::real_clock()));
}

TEST_CASE("damage on page 1 is told apart from a wrong key by checking the pages after it",
          "[store][key][corrupt]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  {
    Store store = open_or_fail(data);
    for (int i = 0; i < 5; ++i) REQUIRE(insert_submitted_record(store, sample_record(i)));
    REQUIRE(sqlite3_exec(store.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
  }
  const std::string key = read_key_hex(data);
  {
    std::fstream file(data / "store.db", std::ios::binary | std::ios::in | std::ios::out);
    file.seekp(1000);  // inside page 1, past its salt
    const char garbage[8] = {9, 9, 9, 9, 9, 9, 9, 9};
    file.write(garbage, sizeof garbage);
  }
  auto damaged = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(damaged);
  CHECK(damaged.error().code == kExitCorrupt);
  CHECK(damaged.error().message.find("first page") != std::string::npos);
  CHECK(damaged.error().message.find("right key") != std::string::npos);

  std::ofstream(data / "store.key", std::ios::trunc) << std::string(64, 'a') << "\n";
  auto wrong = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().code == kExitWrongKey);
  CHECK(wrong.error().message.find("pages after it, so it is the wrong key") != std::string::npos);
}

TEST_CASE("a wrong key prints nothing of SQLCipher's own", "[store][key][messages]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  create_store_with_one_record(data);
  std::ofstream(data / "store.key", std::ios::trunc) << std::string(64, 'b') << "\n";
  int rc = 0;
  const std::string out = run_shell("env -u CREDENTIALS_DIRECTORY " + std::string(INTAKE_KIOSK_BINARY) +
                                        " --data-dir " + data.string() + " records list",
                                    &rc);
  CHECK(rc == kExitWrongKey);
  CHECK(out.find("ERROR") == std::string::npos);
  CHECK(out.find("CORE") == std::string::npos);
  CHECK(std::count(out.begin(), out.end(), '\n') == 1);
}
