// The audit trail: any row altered, even with the key through the sqlcipher shell, makes
// verification fail and name the first entry that no longer matches.
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>

#include "store/audit.hpp"
#include "store/audit_verify.hpp"
#include "store/record_read.hpp"
#include "store/record_write.hpp"
#include "store/review.hpp"
#include "store/settings.hpp"
#include "store/staff.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

struct Fixture : StoreWithRecords {
  Fixture() : StoreWithRecords(5) {
    Store store = open_or_fail(data);
    auto doctor = add_staff(store, "Dr Rivera", StaffRole::practitioner, "2468", "cli:root");
    REQUIRE(doctor);
    NewReview review{ids[2],         *doctor, intake::ReviewDecision::cleared,
                     "ok",           "{}",    "2026-11-21T14:00:00+01:00",
                     synthetic_pdf()};
    REQUIRE(add_review(store, review));
    REQUIRE(set_setting(store, "clinic_name", "Clinica Sol", "cli:root"));
    REQUIRE(view_record(store, ids[0], "cli:root"));
  }

  void tamper(const std::string& sql) {
    int rc = 0;
    const std::string out = run_sqlcipher(data, sql, &rc);
    INFO(out);
    REQUIRE(rc == 0);
  }

  std::int64_t create_seq(const std::string& id) {
    Store store = open_or_fail(data);
    auto entries = audit_entries_for_record(store, id);
    REQUIRE(entries);
    REQUIRE_FALSE(entries->empty());
    return entries->front().seq;
  }
};

}  // namespace

TEST_CASE("an untouched store verifies and counts what it checked", "[store][audit]") {
  Fixture f;
  AuditVerification report = f.verify();
  CHECK(report.ok());
  CHECK(report.first_problem.empty());
  // audit.authenticated (the store's first entry) + 5 creates + staff + review + setting + view
  CHECK(report.entries_checked == 10);
  CHECK(report.records_checked == 5);
  CHECK(report.pdfs_checked == 6);
}

TEST_CASE("a record altered through the sqlcipher shell is named", "[store][audit]") {
  Fixture f;
  f.tamper("UPDATE records SET date_of_birth = '1999-01-01' WHERE id = '" + f.ids[1] + "';");
  AuditVerification report = f.verify();
  CHECK_FALSE(report.ok());
  CHECK(report.first_bad_seq == f.create_seq(f.ids[1]));
  CHECK(report.first_problem.find("Record " + f.ids[1]) != std::string::npos);
}

TEST_CASE("a hidden stop flag (flag level lowered) is detected", "[store][audit]") {
  Fixture f;
  f.tamper("UPDATE records SET flag_level = 0 WHERE flag_level > 0;");
  CHECK_FALSE(f.verify().ok());
}

TEST_CASE("an altered audit entry is named by its number", "[store][audit]") {
  Fixture f;
  f.tamper("UPDATE audit SET actor = 'someone else' WHERE seq = 3;");
  AuditVerification report = f.verify();
  CHECK_FALSE(report.ok());
  CHECK(report.first_bad_seq == 3);
  CHECK(report.first_problem.find("Audit entry #3 has been altered") != std::string::npos);
}

TEST_CASE("a deleted audit entry breaks the chain at that number", "[store][audit]") {
  Fixture f;
  f.tamper("DELETE FROM audit WHERE seq = 4;");
  AuditVerification report = f.verify();
  CHECK_FALSE(report.ok());
  CHECK(report.first_bad_seq == 4);
  CHECK(report.first_problem.find("#4 is missing") != std::string::npos);
}

TEST_CASE("a re-hashed audit entry still fails: the next entry no longer follows it", "[store][audit]") {
  Fixture f;
  // A forger who rewrites an entry and its own hash still cannot fix the chain after it.
  f.tamper("UPDATE audit SET hash = '" + std::string(64, 'f') + "' WHERE seq = 2;");
  AuditVerification report = f.verify();
  CHECK_FALSE(report.ok());
  CHECK(report.first_bad_seq == 2);
}

TEST_CASE("a PDF whose bytes no longer match their hash is detected", "[store][audit]") {
  Fixture f;
  f.tamper("UPDATE record_pdfs SET bytes = CAST('%PDF-1.7 forged' AS BLOB) WHERE record_id = '" + f.ids[3] +
           "' AND version = 1;");
  AuditVerification report = f.verify();
  CHECK_FALSE(report.ok());
  CHECK(report.first_problem.find("The PDF of record " + f.ids[3] + " version 1") != std::string::npos);
  CHECK(report.first_bad_seq == f.create_seq(f.ids[3]));
  // And reading it is refused rather than handing out forged bytes.
  Store store = open_or_fail(f.data);
  auto pdf = read_record_pdf(store, f.ids[3], 1, PdfAccess::view, "tester");
  REQUIRE_FALSE(pdf);
}

TEST_CASE("a PDF replaced together with its stored hash is still detected", "[store][audit]") {
  Fixture f;
  f.tamper(
      "UPDATE record_pdfs SET bytes = CAST('%PDF-1.7 forged' AS BLOB), "
      "sha256 = lower(hex(sha3('x'))) WHERE record_id = '" +
      f.ids[0] + "';");
  CHECK_FALSE(f.verify().ok());
}

TEST_CASE("altered reviews, staff rows and settings are detected", "[store][audit]") {
  SECTION("review note") {
    Fixture f;
    f.tamper("UPDATE reviews SET note = 'changed later';");
    CHECK(f.verify().first_problem.find("Review #1") != std::string::npos);
  }
  SECTION("staff role") {
    Fixture f;
    f.tamper("UPDATE staff SET role = 'admin';");
    CHECK(f.verify().first_problem.find("Staff account #1") != std::string::npos);
  }
  SECTION("setting value") {
    Fixture f;
    f.tamper("UPDATE settings SET value = 'Other Clinic';");
    CHECK(f.verify().first_problem.find("Setting clinic_name") != std::string::npos);
  }
  SECTION("record status") {
    Fixture f;
    f.tamper("UPDATE records SET status = 'reviewed' WHERE id = '" + f.ids[4] + "';");
    CHECK(f.verify().first_problem.find(f.ids[4]) != std::string::npos);
  }
  SECTION("deleted record") {
    Fixture f;
    f.tamper("PRAGMA foreign_keys = OFF; DELETE FROM records WHERE id = '" + f.ids[0] + "';");
    CHECK(f.verify().first_problem.find(f.ids[0]) != std::string::npos);
  }
}
