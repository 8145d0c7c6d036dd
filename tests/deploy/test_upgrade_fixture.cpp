// Upgrading a clinic's store: fixtures/release-0.1.0-store/ was made by the first packaged
// release (staff, three check-ins, one review) and is opened by this build as a kiosk would
// after `apt upgrade`. Migrations run once, in one transaction; one that fails part-way leaves
// the store byte-for-byte at the old schema, so the previous release still opens it.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <cstdlib>
#include <vector>

#include "store/audit.hpp"
#include "store/audit_verify.hpp"
#include "store/record_read.hpp"
#include "store/review.hpp"
#include "store/schema.hpp"
#include "store/staff.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
using Catch::Matchers::ContainsSubstring;
namespace fs = std::filesystem;

namespace {

// The release the fixture was made with wrote this schema version; it is history, not ours.
constexpr int kFixtureSchemaVersion = 1;
const fs::path kFixture = fs::path(INTAKE_DEPLOY_FIXTURES) / "release-0.1.0-store";

fs::path copy_fixture(const TempDir& tmp) {
  const fs::path data = tmp / "data";
  fs::create_directories(data);
  fs::permissions(data, fs::perms::owner_all, fs::perm_options::replace);
  fs::copy_file(kFixture / "store.db", data / "store.db");
  // The fixture's key is public test data (PUBLIC-TEST-KEY in its name); copied as store.key.
  fs::copy_file(kFixture / "store.key.PUBLIC-TEST-KEY", data / "store.key");
  fs::permissions(data / "store.key", fs::perms::owner_read | fs::perms::owner_write,
                  fs::perm_options::replace);
  return data;
}

std::string shell_sql(const fs::path& data, const std::string& sql) {
  int code = 0;
  std::string out = run_sqlcipher(data, sql, &code);
  REQUIRE(code == 0);
  // The shell answers PRAGMA key with "ok".
  if (out.starts_with("ok\n")) out.erase(0, 3);
  return out;
}

}  // namespace

TEST_CASE("a store made by release 0.1.0 opens, migrates once and keeps every record", "[deploy][upgrade]") {
  TempDir tmp;
  const fs::path data = copy_fixture(tmp);
  CHECK(shell_sql(data, "PRAGMA user_version;") == std::to_string(kFixtureSchemaVersion) + "\n");

  std::int64_t audit_entries = 0;
  {
    Store store = open_or_fail(data);
    auto records = list_records(store, RecordQuery{});
    REQUIRE(records);
    CHECK(records->size() == 3);
    auto staff = list_staff(store);
    REQUIRE(staff);
    CHECK(staff->size() == 2);
    REQUIRE(check_store_integrity(store));
    auto report = verify_audit_trail(store);
    REQUIRE(report);
    INFO(report->first_problem);
    CHECK(report->ok());
    CHECK(report->records_checked == 3);
    CHECK(report->pdfs_checked == 4);  // three signed PDFs and the reviewed version
    audit_entries = report->entries_checked;
  }
  CHECK(shell_sql(data, "PRAGMA user_version;") == std::to_string(kSchemaVersion) + "\n");
  // Opening again runs nothing: same version, same audit trail.
  {
    Store store = open_or_fail(data);
    auto report = verify_audit_trail(store);
    REQUIRE(report);
    CHECK(report->entries_checked == audit_entries);
  }
  CHECK(shell_sql(data, "SELECT count(*) FROM reviews;") == "1\n");
}

TEST_CASE("a migration that fails part-way leaves the fixture store as the old release wrote it",
          "[deploy][upgrade]") {
  TempDir tmp;
  const fs::path data = copy_fixture(tmp);
  const std::string schema_before =
      shell_sql(data, "SELECT type, name, sql FROM sqlite_master ORDER BY name;");
  const std::string rows_before = shell_sql(
      data, "SELECT count(*) FROM records; SELECT count(*) FROM audit; SELECT max(hash) FROM audit;");

  {
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2((data / "store.db").c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    const std::string key = "PRAGMA key = \"x'" + read_key_hex(data) + "'\";";
    REQUIRE(sqlite3_exec(raw, key.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    // This build's real migrations past the fixture's version run first, then one that
    // creates a table and fails: all of them must roll back together.
    std::vector<Migration> list(schema_migrations().begin(), schema_migrations().end());
    list.push_back({kSchemaVersion + 1,
                    "CREATE TABLE upgrade_probe (a INTEGER);"
                    "INSERT INTO upgrade_probe VALUES (1);"
                    "INSERT INTO no_such_table VALUES (1);"});
    auto failed = apply_migrations(raw, list, kSchemaVersion + 1);
    REQUIRE_FALSE(failed);
    CHECK_THAT(failed.error().message, ContainsSubstring("the store was not changed"));
    sqlite3_close(raw);
  }
  CHECK(shell_sql(data, "PRAGMA user_version;") == std::to_string(kFixtureSchemaVersion) + "\n");
  CHECK(shell_sql(data, "SELECT type, name, sql FROM sqlite_master ORDER BY name;") == schema_before);
  CHECK(shell_sql(data,
                  "SELECT count(*) FROM records; SELECT count(*) FROM audit; SELECT max(hash) FROM audit;") ==
        rows_before);
  // And the real upgrade still works afterwards.
  Store store = open_or_fail(data);
  auto report = verify_audit_trail(store);
  REQUIRE(report);
  CHECK(report->ok());
}
