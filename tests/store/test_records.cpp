// Records in and out: the one-transaction insert, list filters and name search, the audited
// view and PDF read, and reviews that add a PDF version while the signed original stays as is.
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <set>

#include "common/sha256.hpp"
#include "store/audit.hpp"
#include "store/record_id.hpp"
#include "store/record_read.hpp"
#include "store/record_write.hpp"
#include "store/review.hpp"
#include "store/staff.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"
#include "store_test_support.hpp"

using namespace intake::store;
using namespace intake::store::test;
namespace fs = std::filesystem;

namespace {

std::int64_t count_rows(Store& store, const char* table) {
  auto st = Statement::prepare(store.handle(), std::string("SELECT count(*) FROM ") + table);
  REQUIRE(st);
  REQUIRE(*st->step("count"));
  return st->integer(0);
}

std::vector<std::string> ids_of(const std::vector<RecordSummary>& rows) {
  std::vector<std::string> ids;
  for (const auto& row : rows) ids.push_back(row.id);
  return ids;
}

}  // namespace

TEST_CASE("a record, its PDF and its audit entry are stored together", "[store][records]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto identity = new_record_identity(store);
  REQUIRE(identity);
  CHECK(is_valid_record_id(identity->id));
  NewRecord record = sample_record(7);  // 7: a stop flag
  record.id = identity->id;
  record.created_at = identity->created_at;
  record.guardian = intake::GuardianIdentity{"Marta Díaz", "mother"};
  record.guardian_signature_json = R"({"width":900,"height":300,"strokes":[]})";
  auto id = insert_submitted_record(store, record);
  REQUIRE(id);
  CHECK(*id == identity->id);

  auto viewed = view_record(store, *id, "tester");
  REQUIRE(viewed);
  CHECK(viewed->created_at == identity->created_at);
  CHECK(viewed->patient.given_name == record.patient.given_name);
  CHECK(viewed->patient.date_of_birth == record.patient.date_of_birth);
  REQUIRE(viewed->guardian);
  CHECK(viewed->guardian->name == "Marta Díaz");
  CHECK(viewed->answers_json == record.answers_json);
  REQUIRE(viewed->flags.size() == 1);
  CHECK(viewed->flags[0].code == "pregnancy");
  CHECK(viewed->flags[0].severity == intake::Severity::stop);
  CHECK(viewed->flags[0].questions == std::vector<std::string>{"pregnant"});
  CHECK(viewed->status == RecordStatus::submitted);
  REQUIRE(viewed->pdfs.size() == 1);
  CHECK(viewed->pdfs[0].version == 1);
  CHECK(viewed->pdfs[0].sha256 == intake::sha256_hex(record.pdf));

  auto pdf = read_record_pdf(store, *id, 1, PdfAccess::export_file, "tester", "/tmp/x.pdf");
  REQUIRE(pdf);
  CHECK(pdf->bytes == record.pdf);

  auto entries = audit_entries_for_record(store, *id);
  REQUIRE(entries);
  REQUIRE(entries->size() == 3);
  CHECK((*entries)[0].action == audit_action::kRecordCreate);
  CHECK((*entries)[0].actor == "test");
  CHECK((*entries)[1].action == audit_action::kRecordView);
  CHECK((*entries)[2].action == audit_action::kRecordExport);
  CHECK((*entries)[2].details.find("/tmp/x.pdf") != std::string::npos);
}

TEST_CASE("an invalid record is refused and nothing at all is stored", "[store][records]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto refuse = [&](NewRecord record, const std::string& words) {
    auto id = insert_submitted_record(store, record);
    REQUIRE_FALSE(id);
    CHECK(id.error().code == kExitInvalidInput);
    CHECK(id.error().message.find(words) != std::string::npos);
    // The message never repeats the patient's data.
    CHECK(id.error().message.find(record.patient.family_name) == std::string::npos);
  };
  NewRecord bad = sample_record(1);
  bad.pdf = {'n', 'o', 'p', 'e', '!'};
  refuse(bad, "%PDF-");
  bad = sample_record(1);
  bad.answers_json = "{not json";
  refuse(bad, "answers");
  bad = sample_record(1);
  bad.patient.date_of_birth = "10/05/1990";
  refuse(bad, "date of birth");
  bad = sample_record(1);
  bad.id = "R-1-2";
  bad.created_at = "2026-11-21T12:00:00.000Z";
  refuse(bad, "R-YYYYMMDD");
  bad = sample_record(1);
  bad.guardian_signature_json = "{}";
  refuse(bad, "without a guardian");
  CHECK(count_rows(store, "records") == 0);
  CHECK(count_rows(store, "record_pdfs") == 0);
  CHECK(count_rows(store, "audit") == 1);  // only the store's own first entry, audit.authenticated
}

TEST_CASE("a record id that already exists is refused", "[store][records]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto identity = new_record_identity(store);
  REQUIRE(identity);
  NewRecord record = sample_record(1);
  record.id = identity->id;
  record.created_at = identity->created_at;
  REQUIRE(insert_submitted_record(store, record));
  auto again = insert_submitted_record(store, record);
  REQUIRE_FALSE(again);
  CHECK(again.error().code == kExitAlreadyExists);
  CHECK(count_rows(store, "record_pdfs") == 1);
}

TEST_CASE("list filters: flagged, unreviewed, date range, date of birth, paging", "[store][records]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  std::vector<NewRecord> records;
  for (int i = 1; i <= 30; ++i) {
    NewRecord record = sample_record(i);
    auto when = std::chrono::system_clock::time_point(std::chrono::hours(24 * (20500 + i)));
    auto identity = new_record_identity(store, when);
    REQUIRE(identity);
    record.id = identity->id;
    record.created_at = identity->created_at;
    records.push_back(std::move(record));
  }
  auto ids = insert_submitted_records(store, records);
  REQUIRE(ids);

  RecordQuery all;
  all.limit = 1000;
  auto everything = list_records(store, all);
  REQUIRE(everything);
  REQUIRE(everything->size() == 30);
  CHECK(everything->front().id == ids->back());  // newest first

  RecordQuery flagged = all;
  flagged.flagged_only = true;
  auto flagged_rows = list_records(store, flagged);
  REQUIRE(flagged_rows);
  for (const auto& row : *flagged_rows) CHECK(row.flag_level > 0);
  // 3, 6, ..., 30 (review) and 7, 14, 28 (stop; 21 is both): 10 + 3 = 13
  CHECK(flagged_rows->size() == 13);
  auto flagged_count = count_records(store, flagged);
  REQUIRE(flagged_count);
  CHECK(*flagged_count == 13);

  RecordQuery queue = flagged;
  queue.order = RecordOrder::queue;
  auto queue_rows = list_records(store, queue);
  REQUIRE(queue_rows);
  CHECK(queue_rows->front().flag_level == 3);  // stop flags first
  CHECK(queue_rows->front().flags.front().first == "pregnancy");
  CHECK(queue_rows->back().flag_level == 2);

  RecordQuery range = all;
  range.created_from = records[9].created_at.substr(0, 10);     // day of record 10
  range.created_before = records[12].created_at.substr(0, 10);  // day of record 13
  auto range_rows = list_records(store, range);
  REQUIRE(range_rows);
  CHECK(ids_of(*range_rows) == std::vector<std::string>{(*ids)[11], (*ids)[10], (*ids)[9]});

  RecordQuery born = all;
  born.date_of_birth = records[4].patient.date_of_birth;
  auto born_rows = list_records(store, born);
  REQUIRE(born_rows);
  REQUIRE_FALSE(born_rows->empty());
  for (const auto& row : *born_rows) CHECK(row.date_of_birth == born.date_of_birth);

  RecordQuery page = all;
  page.limit = 7;
  page.offset = 28;
  auto last_page = list_records(store, page);
  REQUIRE(last_page);
  CHECK(last_page->size() == 2);
}

TEST_CASE("name search ignores case, accents and word order", "[store][records][search]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  REQUIRE(insert_submitted_record(store, sample_record(1, "Ana", "Díaz")));
  REQUIRE(insert_submitted_record(store, sample_record(2, "José", "García-López")));
  REQUIRE(insert_submitted_record(store, sample_record(3, "Sean", "O'Brien")));
  REQUIRE(insert_submitted_record(store, sample_record(4, "Jürgen", "Müller")));
  REQUIRE(insert_submitted_record(store, sample_record(5, "Ανδρέας", "Παπαδόπουλος")));
  REQUIRE(insert_submitted_record(store, sample_record(6, "Анна", "Иванова")));
  REQUIRE(insert_submitted_record(store, sample_record(7, "Diana", "Anders")));
  auto names = [&](const std::string& text) {
    RecordQuery query;
    query.name = text;
    auto rows = list_records(store, query);
    REQUIRE(rows);
    std::vector<std::string> found;
    for (const auto& row : *rows) found.push_back(row.family_name);
    std::sort(found.begin(), found.end());
    return found;
  };
  CHECK(names("diaz") == std::vector<std::string>{"Díaz"});
  CHECK(names("DÍAZ ana") == std::vector<std::string>{"Díaz"});
  CHECK(names("ana di") == std::vector<std::string>{"Díaz"});
  CHECK(names("lopez") == std::vector<std::string>{"García-López"});
  CHECK(names("jose garcia") == std::vector<std::string>{"García-López"});
  CHECK(names("obrien") == std::vector<std::string>{"O'Brien"});
  CHECK(names("muller") == std::vector<std::string>{"Müller"});
  CHECK(names("παπαδοπουλος") == std::vector<std::string>{"Παπαδόπουλος"});
  CHECK(names("ИВАНОВА") == std::vector<std::string>{"Иванова"});
  CHECK(names("an") == std::vector<std::string>{"Anders", "Díaz"});
  CHECK(names("nobody").empty());
}

TEST_CASE("a review adds a new PDF version and leaves the signed original untouched", "[store][review]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  NewRecord record = sample_record(3);
  auto id = insert_submitted_record(store, record);
  REQUIRE(id);
  auto practitioner = add_staff(store, "Dr Rivera", StaffRole::practitioner, "2468", "admin");
  REQUIRE(practitioner);

  NewReview review;
  review.record_id = *id;
  review.reviewer_staff_id = *practitioner;
  review.decision = intake::ReviewDecision::treat_with_changes;
  review.note = "Avoid the chin area.";
  review.countersignature_json = R"({"width":900,"height":300,"strokes":[[[1,2,0],[3,4,10]]]})";
  review.reviewed_at = "2026-11-21T14:00:00+01:00";
  review.pdf = synthetic_pdf(6000);
  auto version = add_review(store, review);
  REQUIRE(version);
  CHECK(*version == 2);

  auto original = read_record_pdf(store, *id, 1, PdfAccess::view, "tester");
  REQUIRE(original);
  CHECK(original->bytes == record.pdf);
  CHECK(original->kind == "patient_signed");
  auto latest = read_record_pdf(store, *id, 0, PdfAccess::view, "tester");
  REQUIRE(latest);
  CHECK(latest->version == 2);
  CHECK(latest->bytes == review.pdf);

  auto viewed = view_record(store, *id, "tester");
  REQUIRE(viewed);
  CHECK(viewed->status == RecordStatus::reviewed);
  REQUIRE(viewed->reviews.size() == 1);
  CHECK(viewed->reviews[0].decision == intake::ReviewDecision::treat_with_changes);
  CHECK(viewed->reviews[0].reviewer_name == "Dr Rivera");
  CHECK(viewed->reviews[0].pdf_version == 2);
  RecordQuery unreviewed;
  unreviewed.unreviewed_only = true;
  auto open_rows = count_records(store, unreviewed);
  REQUIRE(open_rows);
  CHECK(*open_rows == 0);
}

TEST_CASE("only an enabled practitioner can record a review", "[store][review]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  auto id = insert_submitted_record(store, sample_record(3));
  REQUIRE(id);
  auto desk = add_staff(store, "Front Desk", StaffRole::front_desk, "1357", "admin");
  REQUIRE(desk);
  NewReview review;
  review.record_id = *id;
  review.reviewer_staff_id = *desk;
  review.countersignature_json = "{}";
  review.reviewed_at = "2026-11-21T14:00:00+01:00";
  review.pdf = synthetic_pdf();
  auto refused = add_review(store, review);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().code == kExitStaffDenied);
  CHECK(count_rows(store, "record_pdfs") == 1);
  CHECK(count_rows(store, "reviews") == 0);
}

TEST_CASE("name search combines with filters, pages, and counts each record once",
          "[store][records][search]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  std::vector<NewRecord> records;
  for (int i = 1; i <= 21; ++i) {
    // "García-Garrido": the prefix "gar" matches two words of the same name.
    NewRecord record = sample_record(i, i % 2 ? "Lucía" : "Pablo", "García-Garrido");
    auto when = std::chrono::system_clock::time_point(std::chrono::hours(24 * (20500 + i)));
    auto identity = new_record_identity(store, when);
    REQUIRE(identity);
    record.id = identity->id;
    record.created_at = identity->created_at;
    records.push_back(std::move(record));
  }
  auto newest = insert_submitted_record(store, sample_record(99, "Garfield", "Other"));  // today
  REQUIRE(newest);
  auto ids = insert_submitted_records(store, records);
  REQUIRE(ids);

  RecordQuery query;
  query.name = "gar";
  query.limit = 5;
  auto count = count_records(store, query);
  REQUIRE(count);
  CHECK(*count == 22);
  std::vector<std::string> seen;
  for (query.offset = 0; query.offset < 30; query.offset += 5) {
    auto rows = list_records(store, query);
    REQUIRE(rows);
    for (const auto& row : *rows) seen.push_back(row.id);
  }
  CHECK(seen.size() == 22);
  CHECK(std::set<std::string>(seen.begin(), seen.end()).size() == 22);
  REQUIRE(seen.size() >= 2);
  CHECK(seen[0] == *newest);  // newest first, as without a name
  CHECK(seen[1] == records.back().id);

  query = RecordQuery{};
  query.name = "lucia garcia";
  query.flagged_only = true;  // 3, 9, 15, 21 (review) and 7 (stop) among the odd ones
  auto flagged = list_records(store, query);
  REQUIRE(flagged);
  CHECK(flagged->size() == 5);
  auto flagged_count = count_records(store, query);
  REQUIRE(flagged_count);
  CHECK(*flagged_count == 5);

  query.flagged_only = false;
  query.created_from = records[10].created_at.substr(0, 10);
  auto recent = list_records(store, query);
  REQUIRE(recent);
  CHECK(recent->size() == 6);  // records 11, 13, ..., 21

  query = RecordQuery{};
  query.name = "pablo";
  query.date_of_birth = records[1].patient.date_of_birth;  // record 2
  auto born = list_records(store, query);
  REQUIRE(born);
  REQUIRE(born->size() == 1);
  CHECK(born->front().id == (*ids)[1]);

  query = RecordQuery{};
  query.name = "garcia";
  query.order = RecordOrder::queue;
  auto queue = list_records(store, query);
  REQUIRE(queue);
  CHECK(queue->size() == 21);
  CHECK(queue->front().flag_level == 3);
}

TEST_CASE("a common name prefix (thousands of matches) pages the same way", "[store][records][search]") {
  TempDir tmp;
  Store store = open_or_fail(tmp / "data");
  // More matches than the store sorts: it walks the date index instead (record_read.cpp).
  constexpr int kCount = 2100;
  std::vector<NewRecord> records;
  records.reserve(kCount);
  for (int i = 0; i < kCount; ++i) {
    NewRecord record = sample_record(i, i % 3 == 0 ? "Ana" : "Marta", i % 2 ? "Garrido" : "Gartner");
    record.pdf = synthetic_pdf(64);
    auto when = std::chrono::system_clock::time_point(std::chrono::minutes(29000000 + i));
    record.created_at = intake::store::utc_timestamp(when);
    records.push_back(std::move(record));
  }
  records.push_back(sample_record(kCount, "Otto", "Smith"));  // not a match
  auto ids = insert_submitted_records(store, records);
  REQUIRE(ids);

  RecordQuery query;
  query.name = "GAR";
  query.limit = 50;
  auto first = list_records(store, query);
  REQUIRE(first);
  REQUIRE(first->size() == 50);
  for (int i = 0; i < 50; ++i) CHECK((*first)[i].id == (*ids)[kCount - 1 - i]);

  query.offset = 2080;
  auto last = list_records(store, query);
  REQUIRE(last);
  REQUIRE(last->size() == 20);
  CHECK(last->back().id == (*ids)[0]);

  query.offset = 0;
  query.flagged_only = true;  // multiples of 3 (review) or 7 (stop)
  auto flagged = list_records(store, query);
  REQUIRE(flagged);
  REQUIRE(flagged->size() == 50);
  for (const auto& row : *flagged) CHECK(row.flag_level > 0);
  CHECK(flagged->front().id == (*ids)[2097]);  // the newest multiple of 3
  auto count = count_records(store, query);
  REQUIRE(count);
  CHECK(*count == 900);  // 700 multiples of 3, 300 of 7, 100 of 21

  query = RecordQuery{};
  query.name = "gar ana";
  auto both = count_records(store, query);
  REQUIRE(both);
  CHECK(*both == 700);
  auto both_rows = list_records(store, query);
  REQUIRE(both_rows);
  for (const auto& row : *both_rows) CHECK(row.given_name == "Ana");
}
