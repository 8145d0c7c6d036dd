#include "store/review.hpp"

#include <nlohmann/json.hpp>

#include "common/sha256.hpp"
#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/fhir_outbox.hpp"
#include "store/record_write.hpp"
#include "store/row_digest.hpp"
#include "store/sqlite_handle.hpp"
#include "store/staff.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::store {

namespace {

Status check_reviewer(sqlite3* db, std::int64_t staff_id, std::string& name) {
  auto reviewer = TRY(Statement::prepare(db, "SELECT name, role, disabled FROM staff WHERE id = ?1"));
  reviewer.bind(1, staff_id);
  if (!TRY(reviewer.step("checking the reviewer")))
    return store_error(kExitNotFound, "The reviewer's staff account does not exist.");
  name = reviewer.text(0);
  const auto role = parse_staff_role(reviewer.text(1));
  if (reviewer.integer(2) != 0)
    return store_error(kExitStaffDenied, "The reviewer's staff account is disabled.");
  if (!role || !staff_may(*role, StaffPermission::record_review))
    return store_error(kExitStaffDenied, "Only practitioners can record a review.");
  return ok_status();
}

}  // namespace

Result<int> add_review(Store& store, const NewReview& review) {
  if (!nlohmann::json::accept(review.countersignature_json) ||
      !nlohmann::json::parse(review.countersignature_json).is_object())
    return store_error(kExitInvalidInput, "The countersignature is not a JSON object.");
  if (review.reviewed_at.empty()) return store_error(kExitInvalidInput, "The review has no time.");
  TRY(check_pdf_bytes(review.pdf));

  sqlite3* db = store.handle();
  auto transaction = TRY(WriteTransaction::begin(db));
  std::string reviewer_name;
  TRY(check_reviewer(db, review.reviewer_staff_id, reviewer_name));

  auto latest = TRY(Statement::prepare(db, "SELECT max(version) FROM record_pdfs WHERE record_id = ?1"));
  latest.bind(1, review.record_id);
  auto row = TRY(latest.step("reading the record's PDFs"));
  if (!row || latest.is_null(0))
    return store_error(kExitNotFound, "There is no record with id " + review.record_id + ".");
  const int version = static_cast<int>(latest.integer(0)) + 1;
  const auto now = connection_now(db);
  const std::string created_at = utc_timestamp(now);
  const std::string pdf_sha256 = sha256_hex(review.pdf);

  auto pdf =
      TRY(Statement::prepare(db,
                             "INSERT INTO record_pdfs (record_id, version, kind, bytes, sha256, created_at) "
                             "VALUES (?1, ?2, 'review', ?3, ?4, ?5)"));
  pdf.bind(1, review.record_id).bind(2, version).bind_blob(3, review.pdf);
  pdf.bind(4, pdf_sha256).bind(5, created_at);
  TRY(pdf.run("storing the reviewed PDF"));

  auto insert =
      TRY(Statement::prepare(db,
                             "INSERT INTO reviews (record_id, pdf_version, decision, note, reviewer_id, "
                             "reviewer_name, countersignature_json, reviewed_at, created_at, reasons_json) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
  insert.bind(1, review.record_id).bind(2, version).bind(3, to_string(review.decision));
  insert.bind(4, review.note).bind(5, review.reviewer_staff_id).bind(6, reviewer_name);
  insert.bind(7, review.countersignature_json).bind(8, review.reviewed_at).bind(9, created_at);
  insert.bind(10, review.reasons_json.empty() ? std::string("[]") : review.reasons_json);
  TRY(insert.run("storing the review"));
  const std::int64_t review_id = sqlite3_last_insert_rowid(db);
  TRY(queue_fhir_delivery_in_transaction(db, review.record_id, "review", created_at));

  auto status = TRY(Statement::prepare(db, "UPDATE records SET status = 'reviewed' WHERE id = ?1"));
  status.bind(1, review.record_id);
  TRY(status.run("marking the record reviewed"));

  auto digest_row = TRY(
      Statement::prepare(db, std::string("SELECT ") + kReviewDigestColumns + " FROM reviews WHERE id = ?1"));
  digest_row.bind(1, review_id);
  if (!TRY(digest_row.step("reading back the review")))
    return store_error(kExitStoreFailure, "The review vanished while being stored.");
  const nlohmann::json details = {
      {"review_id", review_id},
      {"review_sha256", row_digest(digest_row)},
      {"decision", to_string(review.decision)},
      {"pdf_version", version},
      // The reasons sit outside the row digest (older rows have none);
      // their hash here puts them under the audit chain.
      {"reasons_sha256", sha256_hex(review.reasons_json.empty() ? std::string("[]") : review.reasons_json)},
      {"pdf_sha256", pdf_sha256}};
  TRY(append_audit_in_transaction(
      db, AuditInput{reviewer_name, audit_action::kRecordReview, review.record_id, details.dump()}, now));
  TRY(transaction.commit());
  return version;
}

}  // namespace intake::store
