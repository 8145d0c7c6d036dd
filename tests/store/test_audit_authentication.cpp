// The audit trail holds against someone with only the store key: rewriting rows and
// recomputing every hash fails the audit key's MACs; cutting off the newest entries or putting
// an older copy in place is caught by the head kept outside the store; exports carry the head
// too; an admin can accept a deliberate restore, audited; old stores migrate.
#include <sqlite3.h>

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_context.hpp"
#include "cli/command_table.hpp"
#include "store/audit.hpp"
#include "store/audit_seal.hpp"
#include "store/audit_verify.hpp"
#include "store/record_read.hpp"
#include "store/record_write.hpp"
#include "store/row_digest.hpp"
#include "store/schema.hpp"
#include "store/settings.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"
#include "store_cli_support.hpp"
#include "store_test_support.hpp"
#include "test_clock.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

// What an attacker holding store.key (and this source code) but not audit.key can do: open
// the database directly, change anything, then recompute every record digest and every
// entry's hash so the SHA-256 chain is perfect again.
void forge_with_store_key(const fs::path& data, const std::function<void(sqlite3*)>& change) {
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open_v2((data / "store.db").c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  Database db(raw);
  const std::string key = "PRAGMA key = \"x'" + read_key_hex(data) + "'\";";
  REQUIRE(sqlite3_exec(db.get(), key.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  change(db.get());

  std::map<std::string, std::string> record_digests;
  {
    auto rows = Statement::prepare(db.get(), std::string("SELECT ") + kRecordDigestColumns + " FROM records");
    REQUIRE(rows);
    while (*rows->step("x")) record_digests[rows->text(0)] = row_digest(*rows);
  }
  std::vector<AuditEntry> entries;
  {
    auto rows = Statement::prepare(db.get(),
                                   "SELECT seq, at, actor, action, coalesce(record_id, ''), "
                                   "details, prev_hash, hash FROM audit ORDER BY seq");
    REQUIRE(rows);
    while (*rows->step("x"))
      entries.push_back({rows->integer(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4),
                         rows->text(5), rows->text(6), rows->text(7)});
  }
  std::string previous = kGenesisHash;
  for (AuditEntry& entry : entries) {
    if (entry.action == audit_action::kRecordCreate && record_digests.count(entry.record_id)) {
      auto details = nlohmann::json::parse(entry.details);
      details["record_sha256"] = record_digests[entry.record_id];
      entry.details = details.dump();
    }
    entry.prev_hash = previous;
    entry.hash = audit_entry_hash(entry);
    previous = entry.hash;
    auto update = Statement::prepare(
        db.get(), "UPDATE audit SET details = ?1, prev_hash = ?2, hash = ?3 WHERE seq = ?4");
    REQUIRE(update);
    update->bind(1, entry.details).bind(2, entry.prev_hash).bind(3, entry.hash).bind(4, entry.seq);
    REQUIRE(update->run("x"));
  }
}

// What IT does to restore a backup: the copy in place of store.db, no WAL left over.
void put_back(const fs::path& backup, const fs::path& data) {
  fs::copy_file(backup, data / "store.db", fs::copy_options::overwrite_existing);
  fs::remove(data / "store.db-wal");
  fs::remove(data / "store.db-shm");
}

void exec(sqlite3* db, const std::string& sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
  INFO((message != nullptr ? message : ""));
  sqlite3_free(message);
  REQUIRE(rc == SQLITE_OK);
}

// Every table but version 1's (records, names, PDFs, staff, reviews, settings, audit).
std::vector<std::string> tables_added_after_version_1(sqlite3* db) {
  static const std::set<std::string> version_1 = {"records", "record_name_words", "record_pdfs", "staff",
                                                  "reviews", "settings",          "audit"};
  std::vector<std::string> later;
  sqlite3_stmt* stmt = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &stmt, nullptr) ==
          SQLITE_OK);
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    if (!version_1.contains(name) && !name.starts_with("sqlite_")) later.push_back(name);
  }
  sqlite3_finalize(stmt);
  return later;
}

struct Fixture : StoreWithRecords {
  Fixture() : StoreWithRecords(3) {}
};

}  // namespace

TEST_CASE("an untouched store's entries are all signed and match the head kept outside it",
          "[store][audit][auth]") {
  Fixture f;
  AuditVerification report = f.verify();
  CHECK(report.ok());
  CHECK(report.head == HeadCheck::matches);
  CHECK(report.store_head.seq == report.entries_checked);
  const CliRun run = run_cli(f.data, {"audit", "verify"});
  CHECK(run.code == 0);
  CHECK(run.out.find("signed up to its head") != std::string::npos);
  // The audit key is not the store key.
  CHECK(read_key_hex(f.data) != [&] {
    std::ifstream in(f.data / "audit.key");
    std::string hex;
    in >> hex;
    return hex;
  }());
}

TEST_CASE(
    "answers and flags rewritten with recomputed digests and hashes are caught without "
    "the audit key",
    "[store][audit][auth]") {
  Fixture f;
  forge_with_store_key(f.data, [&](sqlite3* db) {
    exec(db,
         "UPDATE records SET answers_json = '{\"diabetes\":false}', flags_json = '[]', "
         "flag_summary = '', flag_level = 0 WHERE id = '" +
             f.ids[1] + "'");
  });
  AuditVerification report = f.verify();
  CHECK_FALSE(report.ok());
  CHECK(report.first_problem.find("not signed by this kiosk's audit key") != std::string::npos);
  const CliRun run = run_cli(f.data, {"audit", "verify"});
  CHECK(run.code == kExitAuditMismatch);
}

TEST_CASE("an audit trail stripped of its signatures and re-chained is caught", "[store][audit][auth]") {
  Fixture f;
  forge_with_store_key(f.data, [&](sqlite3* db) {
    exec(db,
         "DELETE FROM audit WHERE action = 'audit.authenticated'; "
         "UPDATE audit SET seq = seq - 1, mac = NULL;");
  });
  CHECK_FALSE(f.verify().ok());
}

TEST_CASE("the newest check-in deleted with its audit entries is caught: the store is behind",
          "[store][audit][auth]") {
  Fixture f;
  forge_with_store_key(f.data, [&](sqlite3* db) {
    const std::string id = f.ids.back();
    exec(db,
         "DELETE FROM record_name_words WHERE record_no = (SELECT record_no FROM records "
         "WHERE id = '" +
             id + "'); DELETE FROM record_pdfs WHERE record_id = '" + id +
             "'; DELETE FROM records WHERE id = '" + id +
             "'; DELETE FROM audit WHERE "
             "record_id = '" +
             id + "';");
  });
  AuditVerification report = f.verify();
  CHECK_FALSE(report.ok());
  CHECK(report.head == HeadCheck::store_behind);
  CHECK(report.first_problem.find("The store is behind its audit head") != std::string::npos);
  const CliRun run = run_cli(f.data, {"audit", "verify"});
  CHECK(run.code == kExitAuditBehind);
  CHECK(run.err.find("accept-restore") != std::string::npos);
}

TEST_CASE(
    "an older backup put in place is reported as such, and a deliberate restore can be "
    "accepted with an audited command",
    "[store][audit][auth]") {
  Fixture f;
  const fs::path backup = f.tmp / "older.db";
  REQUIRE(run_cli(f.data, {"backup", backup.string()}).code == 0);
  {
    Store store = open_or_fail(f.data);
    REQUIRE(insert_submitted_record(store, sample_record(9)));
  }
  put_back(backup, f.data);

  CliRun run = run_cli(f.data, {"audit", "verify"});
  CHECK(run.code == kExitAuditBehind);
  CHECK(run.err.find("an older backup was put in place") != std::string::npos);
  // New check-ins still work, but they do not wipe out the evidence.
  {
    Store store = open_or_fail(f.data);
    REQUIRE(insert_submitted_record(store, sample_record(10)));
  }
  CHECK(run_cli(f.data, {"audit", "verify"}).code != 0);

  run = run_cli(f.data, {"audit", "accept-restore"});
  INFO(run.err);
  REQUIRE(run.code == 0);
  run = run_cli(f.data, {"audit", "verify"});
  INFO(run.err);
  CHECK(run.code == 0);
  Store store = open_or_fail(f.data);
  auto recent = recent_audit_entries(store, 1);
  REQUIRE(recent);
  REQUIRE(recent->size() == 1);
  CHECK(recent->front().action == audit_action::kAuditRestoreAccepted);
  const auto details = nlohmann::json::parse(recent->front().details);
  CHECK(details.at("head_file") == "ok");
  CHECK(details.contains("replaced_head_seq"));
}

TEST_CASE("a deleted or altered audit head is reported and never silently recreated",
          "[store][audit][auth]") {
  Fixture f;
  fs::remove(f.data / "audit.head");
  {
    Store store = open_or_fail(f.data);
    REQUIRE(set_setting(store, "clinic_name", "Clinica Sol", "cli:root"));
  }
  CHECK_FALSE(fs::exists(f.data / "audit.head"));
  AuditVerification report = f.verify();
  CHECK(report.head == HeadCheck::missing);
  CHECK_FALSE(report.ok());

  REQUIRE(run_cli(f.data, {"audit", "accept-restore"}).code == 0);
  CHECK(f.verify().ok());
  std::ofstream(f.data / "audit.head", std::ios::trunc)
      << R"({"seq":1,"hash":")" << std::string(64, 'a') << R"(","mac":")" << std::string(64, 'b') << "\"}\n";
  report = f.verify();
  CHECK(report.head == HeadCheck::forged);
}

TEST_CASE("an authenticated store without its audit key is refused and no key is made",
          "[store][audit][auth]") {
  Fixture f;
  fs::remove(f.data / "audit.key");
  auto store = open_store(f.data, {}, intake::test::real_clock());
  REQUIRE_FALSE(store);
  CHECK(store.error().code == kExitAuditKeyMissing);
  CHECK(store.error().message.find("audit.key") != std::string::npos);
  CHECK_FALSE(fs::exists(f.data / "audit.key"));
}

TEST_CASE("the audit key may come from a systemd credential passed down as a key source",
          "[store][audit][auth]") {
  TempDir tmp;
  const fs::path data = tmp / "data";
  const fs::path credentials = tmp / "credentials";
  fs::create_directories(credentials);
  std::ofstream(credentials / "audit-key") << std::string(64, 'd') << "\n";
  {
    auto store = open_store(data, {credentials}, intake::test::real_clock());
    REQUIRE(store);
    REQUIRE(insert_submitted_record(*store, sample_record(1)));
  }
  CHECK_FALSE(fs::exists(data / "audit.key"));
  auto store = open_store(data, {credentials}, intake::test::real_clock());
  REQUIRE(store);
  auto report = verify_audit_trail(*store);
  REQUIRE(report);
  CHECK(report->ok());
  // Without the credential the store's audit key is missing, not remade.
  auto without = open_store(data, {}, intake::test::real_clock());
  REQUIRE_FALSE(without);
  CHECK(without.error().code == kExitAuditKeyMissing);
}

TEST_CASE(
    "export manifests carry the audit head and verify --against finds a store older "
    "than the export",
    "[store][audit][auth]") {
  Fixture f;
  const fs::path backup = f.tmp / "older.db";
  REQUIRE(run_cli(f.data, {"backup", backup.string()}).code == 0);
  const fs::path archive = f.tmp / "archive";
  fs::create_directories(archive);
  const CliRun exported = run_cli(f.data, {"export", archive.string(), "--record", f.ids[0]});
  INFO(exported.err);
  REQUIRE(exported.code == 0);
  bool has_head = false;
  for (const auto& entry : fs::directory_iterator(archive))
    if (entry.path().extension() == ".sha256") {
      std::ifstream in(entry.path());
      std::string text((std::istreambuf_iterator<char>(in)), {});
      has_head = has_head || text.find("# audit-head seq=") != std::string::npos;
    }
  CHECK(has_head);
  CliRun run = run_cli(f.data, {"audit", "verify", "--against", archive.string()});
  INFO(run.err);
  CHECK(run.code == 0);
  CHECK(run.out.find("checked 1 exported audit heads") != std::string::npos);

  // Restore the older copy and accept it locally: the archive still knows better.
  put_back(backup, f.data);
  REQUIRE(run_cli(f.data, {"audit", "accept-restore"}).code == 0);
  CHECK(run_cli(f.data, {"audit", "verify"}).code == 0);
  run = run_cli(f.data, {"audit", "verify", "--against", archive.string()});
  CHECK(run.code == kExitAuditBehind);
  CHECK(run.err.find("The store is behind the export") != std::string::npos);
}

TEST_CASE(
    "a store from before the audit key migrates: the migration is an audit entry and "
    "entries are signed from it on",
    "[store][audit][auth]") {
  Fixture f;
  // Turn the fixture into a store as the previous version left it: no mac column, no
  // audit.authenticated entry, no audit key and no head file.
  forge_with_store_key(f.data, [&](sqlite3* db) {
    exec(db,
         "DELETE FROM audit WHERE action = 'audit.authenticated'; "
         "UPDATE audit SET seq = seq - 1; ALTER TABLE audit DROP COLUMN mac; "
         "ALTER TABLE reviews DROP COLUMN reasons_json; "
         "PRAGMA user_version = " +
             std::to_string(kAuthenticatedAuditVersion - 1) + ";");
    // Tables that later migrations add did not exist then either; they are made again.
    for (const std::string& table : tables_added_after_version_1(db)) exec(db, "DROP TABLE " + table);
  });
  fs::remove(f.data / "audit.key");
  fs::remove(f.data / "audit.head");
  std::int64_t old_entries = 0;
  {
    Store store = open_or_fail(f.data);
    auto version = read_schema_version(store.handle());
    REQUIRE(version);
    CHECK(*version == kSchemaVersion);
    auto recent = recent_audit_entries(store, 1);
    REQUIRE(recent);
    REQUIRE(recent->size() == 1);
    CHECK(recent->front().action == audit_action::kAuditAuthenticated);
    CHECK(nlohmann::json::parse(recent->front().details).at("audit_key") == "created");
    old_entries = recent->front().seq - 1;
    REQUIRE(insert_submitted_record(store, sample_record(7)));
  }
  CHECK(fs::exists(f.data / "audit.key"));
  CHECK(fs::exists(f.data / "audit.head"));
  AuditVerification report = f.verify();
  INFO(report.first_problem);
  CHECK(report.ok());
  CHECK(report.entries_checked > old_entries + 1);
  // An old (unsigned) entry rewritten and re-chained is still caught by the signed ones.
  forge_with_store_key(f.data, [&](sqlite3* db) {
    exec(db, "UPDATE records SET date_of_birth = '1999-01-01' WHERE id = '" + f.ids[1] + "'");
  });
  CHECK_FALSE(f.verify().ok());
}
