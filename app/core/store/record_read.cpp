#include "store/record_read.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/column_list.hpp"
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
    flag.severity = parse_severity(item.value("severity", "")).value_or(Severity::note);
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

inline constexpr ColumnList kPdfColumns{"version", "kind", "sha256", "length(bytes) AS length", "created_at"};

Status read_pdf_versions(sqlite3* db, Record& record) {
  auto pdfs = TRY(Statement::prepare(
      db, "SELECT " + kPdfColumns.sql() + " FROM record_pdfs WHERE record_id = ?1 ORDER BY version"));
  pdfs.bind(1, record.id);
  return pdfs.for_each_row("reading the record's PDFs", [&](const Statement& row) {
    constexpr auto& c = kPdfColumns;
    record.pdfs.push_back(PdfVersionInfo{static_cast<int>(row.integer(c["version"])), row.text(c["kind"]),
                                         row.text(c["sha256"]), row.integer(c["length"]),
                                         row.text(c["created_at"])});
  });
}

inline constexpr ColumnList kReviewColumns{"id",
                                           "pdf_version",
                                           "decision",
                                           "note",
                                           "reviewer_id",
                                           "reviewer_name",
                                           "countersignature_json",
                                           "reviewed_at",
                                           "created_at",
                                           "reasons_json"};

Status read_reviews(sqlite3* db, Record& record) {
  auto reviews = TRY(Statement::prepare(
      db, "SELECT " + kReviewColumns.sql() + " FROM reviews WHERE record_id = ?1 ORDER BY id"));
  reviews.bind(1, record.id);
  return reviews.for_each_row("reading the record's reviews", [&](const Statement& row) {
    constexpr auto& c = kReviewColumns;
    Review review;
    review.id = row.integer(c["id"]);
    review.record_id = record.id;
    review.pdf_version = static_cast<int>(row.integer(c["pdf_version"]));
    review.decision = parse_review_decision(row.text(c["decision"])).value_or(ReviewDecision::cleared);
    review.note = row.text(c["note"]);
    review.reviewer_id = row.integer(c["reviewer_id"]);
    review.reviewer_name = row.text(c["reviewer_name"]);
    review.countersignature_json = row.text(c["countersignature_json"]);
    review.reviewed_at = row.text(c["reviewed_at"]);
    review.created_at = row.text(c["created_at"]);
    review.reasons_json = row.text(c["reasons_json"]);
    record.reviews.push_back(std::move(review));
  });
}

// A queue row: the record's own columns and its latest review's decision.
inline constexpr ColumnList kSummaryColumns{
    "r.id",
    "r.created_at",
    "r.given_name",
    "r.family_name",
    "r.date_of_birth",
    "r.form_id",
    "r.status",
    "r.flag_level",
    "r.flag_summary",
    "(SELECT decision FROM reviews v WHERE v.record_id = r.id ORDER BY v.id DESC LIMIT 1) AS decision"};

// Everything view_record hands out about the record itself.
inline constexpr ColumnList kRecordColumns{"id",
                                           "created_at",
                                           "signed_at",
                                           "form_id",
                                           "form_version",
                                           "consent_sha256",
                                           "language",
                                           "given_name",
                                           "family_name",
                                           "date_of_birth",
                                           "phone",
                                           "email",
                                           "guardian_name",
                                           "guardian_relationship",
                                           "answers_json",
                                           "flags_json",
                                           "consent_json",
                                           "photo_consent",
                                           "signature_json",
                                           "guardian_signature_json",
                                           "status"};

RecordStatus parse_record_status(const std::string& text) {
  return text == "reviewed" ? RecordStatus::reviewed : RecordStatus::submitted;
}

}  // namespace

std::vector<std::pair<std::string, Severity>> parse_flag_summary(const std::string& summary) {
  std::vector<std::pair<std::string, Severity>> flags;
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
  const auto spread = TRY(name_prefix_spread(store.handle(), query));
  PageQuery page = plan_record_page(query, PageWanted::rows, spread);
  // Two steps: the inner query pages through an index (skipping OFFSET rows costs index
  // entries, not decrypted table rows); the outer one reads only the page's rows.
  std::string sql = "SELECT " + kSummaryColumns.sql() + " FROM (" + page.sql +
                    ") AS page JOIN records r ON r.record_no = page.record_no";
  sql += record_order_by(query.order, "r.");
  auto statement = TRY(Statement::prepare(store.handle(), sql));
  for (std::size_t i = 0; i < page.parameters.size(); ++i)
    statement.bind(static_cast<int>(i + 1), page.parameters[i]);
  std::vector<RecordSummary> rows;
  TRY(statement.for_each_row("listing records", [&](const Statement& row) {
    constexpr auto& c = kSummaryColumns;
    RecordSummary summary;
    summary.id = row.text(c["id"]);
    summary.created_at = row.text(c["created_at"]);
    summary.given_name = row.text(c["given_name"]);
    summary.family_name = row.text(c["family_name"]);
    summary.date_of_birth = row.text(c["date_of_birth"]);
    summary.form_id = row.text(c["form_id"]);
    summary.status = parse_record_status(row.text(c["status"]));
    summary.flag_level = static_cast<int>(row.integer(c["flag_level"]));
    summary.flags = parse_flag_summary(row.text(c["flag_summary"]));
    if (const std::string decision = row.text(c["decision"]); !decision.empty())
      summary.decision = parse_review_decision(decision);
    rows.push_back(std::move(summary));
  }));
  return rows;
}

Result<std::int64_t> count_records(Store& store, const RecordQuery& query) {
  PageQuery count = plan_record_page(query, PageWanted::count);
  auto statement = TRY(Statement::prepare(store.handle(), count.sql));
  for (std::size_t i = 0; i < count.parameters.size(); ++i)
    statement.bind(static_cast<int>(i + 1), count.parameters[i]);
  return TRY(statement.step("counting records")) ? statement.integer(0) : 0;
}

Result<Record> view_record(Store& store, const std::string& record_id, const std::string& actor) {
  sqlite3* db = store.handle();
  // The audit entry and the read share one transaction: a view is never unrecorded.
  auto transaction = TRY(WriteTransaction::begin(db));
  auto statement =
      TRY(Statement::prepare(db, "SELECT " + kRecordColumns.sql() + " FROM records WHERE id = ?1"));
  statement.bind(1, record_id);
  if (!TRY(statement.step("reading the record"))) return no_record(record_id);
  constexpr auto& c = kRecordColumns;
  Record record;
  record.id = statement.text(c["id"]);
  record.created_at = statement.text(c["created_at"]);
  record.signed_at = statement.text(c["signed_at"]);
  record.form_id = statement.text(c["form_id"]);
  record.form_version = statement.text(c["form_version"]);
  record.consent_sha256 = statement.text(c["consent_sha256"]);
  record.language = statement.text(c["language"]);
  record.patient = PatientIdentity{statement.text(c["given_name"]), statement.text(c["family_name"]),
                                   statement.text(c["date_of_birth"]), statement.text(c["phone"]),
                                   statement.text(c["email"])};
  if (!statement.is_null(c["guardian_name"]))
    record.guardian =
        GuardianIdentity{statement.text(c["guardian_name"]), statement.text(c["guardian_relationship"])};
  record.answers_json = statement.text(c["answers_json"]);
  record.flags = parse_flags_json(statement.text(c["flags_json"]));
  record.consent_json = statement.text(c["consent_json"]);
  record.photo_consent = statement.integer(c["photo_consent"]) != 0;
  record.signature_json = statement.text(c["signature_json"]);
  record.guardian_signature_json = statement.text(c["guardian_signature_json"]);
  record.status = parse_record_status(statement.text(c["status"]));
  TRY(read_pdf_versions(db, record));
  TRY(read_reviews(db, record));
  TRY(append_audit_in_transaction(db, AuditInput{actor, audit_action::kRecordView, record_id, "{}"},
                                  connection_now(db)));
  TRY(transaction.commit());
  return record;
}

Result<PdfFile> read_record_pdf(Store& store, const std::string& record_id, int version, PdfAccess access,
                                const std::string& actor, const std::string& destination) {
  sqlite3* db = store.handle();
  auto transaction = TRY(WriteTransaction::begin(db));
  auto statement =
      TRY(Statement::prepare(db, version > 0 ? "SELECT version, kind, sha256, bytes FROM record_pdfs "
                                               "WHERE record_id = ?1 AND version = ?2"
                                             : "SELECT version, kind, sha256, bytes FROM record_pdfs "
                                               "WHERE record_id = ?1 ORDER BY version DESC LIMIT 1"));
  statement.bind(1, record_id);
  if (version > 0) statement.bind(2, version);
  if (!TRY(statement.step("reading the PDF")))
    return store_error(kExitNotFound, version > 0 ? "Record " + record_id + " has no PDF version " +
                                                        std::to_string(version) + "."
                                                  : "There is no record with id " + record_id + ".");
  PdfFile file{record_id, static_cast<int>(statement.integer(0)), statement.text(1), statement.text(2),
               statement.blob(3)};
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
  TRY(transaction.commit());
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
    auto page = TRY(list_records(store, query));
    for (auto& row : page) {
      ids.push_back(row.id);
      secure_wipe(row.given_name);
      secure_wipe(row.family_name);
    }
    if (static_cast<std::int64_t>(page.size()) < query.limit) break;
    query.offset += query.limit;
  }
  std::reverse(ids.begin(), ids.end());  // list_records is newest first
  return ids;
}

}  // namespace intake::store
