#include "store/record_read.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/record_search_plan.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"

namespace intake::store {

namespace {

std::vector<RecordFlag> parse_flags_json(const std::string& text) {
  std::vector<RecordFlag> flags;
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_array()) return flags;
  for (const auto& item : json) {
    if (!item.is_object()) continue;
    RecordFlag flag;
    flag.code = item.value("code", "");
    flag.severity = parse_severity(item.value("severity", "")).value_or(FlagSeverity::note);
    flag.staff_message = item.value("message", "");
    if (auto q = item.find("questions"); q != item.end() && q->is_array())
      for (const auto& id : *q)
        if (id.is_string()) flag.questions.push_back(id.get<std::string>());
    flags.push_back(std::move(flag));
  }
  return flags;
}

Error no_record(const std::string& id) {
  return store_error(kExitNotFound, "There is no record with id " + id + ".");
}

Status read_pdf_versions(sqlite3* db, Record& record) {
  auto pdfs = Statement::prepare(db,
                                 "SELECT version, kind, sha256, length(bytes), created_at FROM record_pdfs "
                                 "WHERE record_id = ?1 ORDER BY version");
  if (!pdfs) return pdfs.error();
  pdfs->bind(1, record.id);
  while (true) {
    auto row = pdfs->step("reading the record's PDFs");
    if (!row) return row.error();
    if (!*row) break;
    record.pdfs.push_back(PdfVersionInfo{static_cast<int>(pdfs->integer(0)), pdfs->text(1), pdfs->text(2),
                                         pdfs->integer(3), pdfs->text(4)});
  }
  return ok_status();
}

Status read_reviews(sqlite3* db, Record& record) {
  auto reviews = Statement::prepare(
      db,
      "SELECT id, pdf_version, decision, note, reviewer_id, reviewer_name, "
      "countersignature_json, reviewed_at, created_at, reasons_json FROM reviews WHERE record_id = ?1 "
      "ORDER BY id");
  if (!reviews) return reviews.error();
  reviews->bind(1, record.id);
  while (true) {
    auto row = reviews->step("reading the record's reviews");
    if (!row) return row.error();
    if (!*row) break;
    Review review;
    review.id = reviews->integer(0);
    review.record_id = record.id;
    review.pdf_version = static_cast<int>(reviews->integer(1));
    review.decision = parse_review_decision(reviews->text(2)).value_or(ReviewDecision::cleared);
    review.note = reviews->text(3);
    review.reviewer_id = reviews->integer(4);
    review.reviewer_name = reviews->text(5);
    review.countersignature_json = reviews->text(6);
    review.reviewed_at = reviews->text(7);
    review.created_at = reviews->text(8);
    review.reasons_json = reviews->text(9);
    record.reviews.push_back(std::move(review));
  }
  return ok_status();
}

}  // namespace

std::vector<std::pair<std::string, FlagSeverity>> parse_flag_summary(const std::string& summary) {
  std::vector<std::pair<std::string, FlagSeverity>> flags;
  std::size_t start = 0;
  while (start < summary.size()) {
    std::size_t end = summary.find(' ', start);
    if (end == std::string::npos) end = summary.size();
    const std::string item = summary.substr(start, end - start);
    const std::size_t colon = item.find(':');
    if (colon != std::string::npos)
      if (auto severity = parse_severity(item.substr(0, colon)))
        flags.emplace_back(item.substr(colon + 1), *severity);
    start = end + 1;
  }
  return flags;
}

Result<std::vector<RecordSummary>> list_records(Store& store, const RecordQuery& query) {
  auto spread = name_prefix_spread(store.handle(), query);
  if (!spread) return spread.error();
  PageQuery page = plan_record_page(query, PageWanted::rows, *spread);
  // Two steps: the inner query pages through an index (skipping OFFSET rows costs index
  // entries, not decrypted table rows); the outer one reads only the page's rows.
  std::string sql =
      "SELECT r.id, r.created_at, r.given_name, r.family_name, r.date_of_birth, r.form_id, "
      "r.status, r.flag_level, r.flag_summary, "
      "(SELECT decision FROM reviews v WHERE v.record_id = r.id ORDER BY v.id DESC LIMIT 1) FROM (" +
      page.sql + ") AS page JOIN records r ON r.record_no = page.record_no";
  sql += record_order_by(query.order, "r.");
  auto statement = Statement::prepare(store.handle(), sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < page.parameters.size(); ++i)
    statement->bind(static_cast<int>(i + 1), page.parameters[i]);
  std::vector<RecordSummary> rows;
  while (true) {
    auto row = statement->step("listing records");
    if (!row) return row.error();
    if (!*row) break;
    RecordSummary summary;
    summary.id = statement->text(0);
    summary.created_at = statement->text(1);
    summary.given_name = statement->text(2);
    summary.family_name = statement->text(3);
    summary.date_of_birth = statement->text(4);
    summary.form_id = statement->text(5);
    summary.status = statement->text(6) == "reviewed" ? RecordStatus::reviewed : RecordStatus::submitted;
    summary.flag_level = static_cast<int>(statement->integer(7));
    summary.flags = parse_flag_summary(statement->text(8));
    if (const std::string decision = statement->text(9); !decision.empty())
      summary.decision = parse_review_decision(decision);
    rows.push_back(std::move(summary));
  }
  return rows;
}

Result<std::int64_t> count_records(Store& store, const RecordQuery& query) {
  PageQuery count = plan_record_page(query, PageWanted::count);
  auto statement = Statement::prepare(store.handle(), count.sql);
  if (!statement) return statement.error();
  for (std::size_t i = 0; i < count.parameters.size(); ++i)
    statement->bind(static_cast<int>(i + 1), count.parameters[i]);
  auto row = statement->step("counting records");
  if (!row) return row.error();
  return *row ? statement->integer(0) : 0;
}

Result<Record> view_record(Store& store, const std::string& record_id, const std::string& actor) {
  sqlite3* db = store.handle();
  // The audit entry and the read share one transaction: a view is never unrecorded.
  auto transaction = WriteTransaction::begin(db);
  if (!transaction) return transaction.error();
  auto statement =
      Statement::prepare(db,
                         "SELECT id, created_at, signed_at, form_id, form_version, consent_sha256, language, "
                         "given_name, family_name, date_of_birth, phone, email, guardian_name, "
                         "guardian_relationship, answers_json, flags_json, consent_json, photo_consent, "
                         "signature_json, guardian_signature_json, status FROM records WHERE id = ?1");
  if (!statement) return statement.error();
  statement->bind(1, record_id);
  auto row = statement->step("reading the record");
  if (!row) return row.error();
  if (!*row) return no_record(record_id);
  Record record;
  record.id = statement->text(0);
  record.created_at = statement->text(1);
  record.signed_at = statement->text(2);
  record.form_id = statement->text(3);
  record.form_version = statement->text(4);
  record.consent_sha256 = statement->text(5);
  record.language = statement->text(6);
  record.patient = PatientIdentity{statement->text(7), statement->text(8), statement->text(9),
                                   statement->text(10), statement->text(11)};
  if (!statement->is_null(12)) record.guardian = Guardian{statement->text(12), statement->text(13)};
  record.answers_json = statement->text(14);
  record.flags = parse_flags_json(statement->text(15));
  record.consent_json = statement->text(16);
  record.photo_consent = statement->integer(17) != 0;
  record.signature_json = statement->text(18);
  record.guardian_signature_json = statement->text(19);
  record.status = statement->text(20) == "reviewed" ? RecordStatus::reviewed : RecordStatus::submitted;
  TRY(read_pdf_versions(db, record));
  TRY(read_reviews(db, record));
  TRY(append_audit_in_transaction(db, AuditInput{actor, audit_action::kRecordView, record_id, "{}"},
                                  connection_now(db)));
  TRY(transaction->commit());
  return record;
}

Result<PdfFile> read_record_pdf(Store& store, const std::string& record_id, int version, PdfAccess access,
                                const std::string& actor, const std::string& destination) {
  sqlite3* db = store.handle();
  auto transaction = WriteTransaction::begin(db);
  if (!transaction) return transaction.error();
  auto statement =
      Statement::prepare(db, version > 0 ? "SELECT version, kind, sha256, bytes FROM record_pdfs "
                                           "WHERE record_id = ?1 AND version = ?2"
                                         : "SELECT version, kind, sha256, bytes FROM record_pdfs "
                                           "WHERE record_id = ?1 ORDER BY version DESC LIMIT 1");
  if (!statement) return statement.error();
  statement->bind(1, record_id);
  if (version > 0) statement->bind(2, version);
  auto row = statement->step("reading the PDF");
  if (!row) return row.error();
  if (!*row)
    return store_error(kExitNotFound, version > 0 ? "Record " + record_id + " has no PDF version " +
                                                        std::to_string(version) + "."
                                                  : "There is no record with id " + record_id + ".");
  PdfFile file{record_id, static_cast<int>(statement->integer(0)), statement->text(1), statement->text(2),
               statement->blob(3)};
  if (sha256_hex(file.bytes) != file.sha256)
    return store_error(kExitAuditMismatch, "The stored PDF of record " + record_id + " version " +
                                               std::to_string(file.version) +
                                               " does not match its SHA-256, so it was not handed out.");
  nlohmann::json details = {{"pdf_version", file.version}, {"pdf_sha256", file.sha256}};
  if (access != PdfAccess::view) details["destination"] = destination;
  const char* action = access == PdfAccess::export_file ? audit_action::kRecordExport
                       : access == PdfAccess::print     ? audit_action::kRecordPrintRead
                                                        : audit_action::kRecordView;
  TRY(append_audit_in_transaction(
      db,
      AuditInput{actor, action, record_id,
                 details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)},
      connection_now(db)));
  TRY(transaction->commit());
  return file;
}

Result<std::vector<std::string>> record_ids_created_between(Store& store, const std::string& created_from,
                                                            const std::string& created_before) {
  std::vector<std::string> ids;
  RecordQuery query;
  query.created_from = created_from;
  query.created_before = created_before;
  query.limit = 500;
  for (;;) {
    auto page = list_records(store, query);
    if (!page) return page.error();
    for (auto& row : *page) {
      ids.push_back(row.id);
      secure_wipe(row.given_name);
      secure_wipe(row.family_name);
    }
    if (static_cast<std::int64_t>(page->size()) < query.limit) break;
    query.offset += query.limit;
  }
  std::reverse(ids.begin(), ids.end());  // list_records is newest first
  return ids;
}

}  // namespace intake::store
