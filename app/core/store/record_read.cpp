#include "store/record_read.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "store/audit.hpp"
#include "store/name_search_key.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"

namespace intake::store {

namespace {

// The inner query of a list or count: which record_nos match, in order, one page of them.
struct PageQuery {
  std::string sql;
  std::vector<std::string> parameters;  // ?1, ?2... in order
};

class PageQueryBuilder {
 public:
  explicit PageQueryBuilder(const RecordQuery& query) : query_(query) {
    words_ = name_search_words(query.name);
  }

  const std::vector<std::string>& words() const { return words_; }

  // The longest word is usually the most selective: it drives, the others filter.
  const std::string& driving_word() const {
    return *std::max_element(
        words_.begin(), words_.end(),
        [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
  }

  // count: "SELECT count(...)"; otherwise "SELECT record_no ... LIMIT ... OFFSET ...".
  // common_prefix: the driving word matches many records (see kCommonPrefix below).
  PageQuery build(bool count, bool common_prefix = false) {
    // A name search pages through the word index, which carries created_at, so the newest
    // matches are found without decrypting every matching record (issue 7: instant search).
    // A common prefix would sort thousands of entries instead: then the records' date index
    // is walked newest first, each record probed for its words, until a page is full.
    const bool by_words = !words_.empty() && query_.order == RecordOrder::newest_first;
    if (by_words && (count || !common_prefix)) return by_name(count);
    std::string where = " WHERE 1" + record_filters("", true);
    for (const std::string& word : words_)
      where += " AND " + (by_words ? word_probe(word) : word_clause("record_no", word));
    if (count) return {"SELECT count(*) FROM records" + where, std::move(parameters_)};
    const char* order = query_.order == RecordOrder::queue
                            ? " ORDER BY status = 'reviewed', flag_level DESC, created_at, record_no"
                            : " ORDER BY created_at DESC, record_no DESC";
    return {"SELECT record_no FROM records" + where + order + limit(), std::move(parameters_)};
  }

 private:
  std::string parameter(std::string value) {
    parameters_.push_back(std::move(value));
    return "?" + std::to_string(parameters_.size());
  }

  std::string limit() const {
    return " LIMIT " + std::to_string(std::max<std::int64_t>(query_.limit, 0)) + " OFFSET " +
           std::to_string(std::max<std::int64_t>(query_.offset, 0));
  }

  // Filters on the records table. The flag and status clauses are written exactly as the
  // partial indexes' WHERE clauses (when unprefixed), so SQLite uses those indexes.
  std::string record_filters(const std::string& table, bool with_dates) {
    std::string where;
    if (query_.flagged_only) where += " AND " + table + "flag_level > 0";
    if (query_.unreviewed_only) where += " AND " + table + "status = 'submitted'";
    if (with_dates) where += date_filters(table);
    if (!query_.date_of_birth.empty())
      where += " AND " + table + "date_of_birth = " + parameter(query_.date_of_birth);
    return where;
  }

  std::string date_filters(const std::string& table) {
    std::string where;
    if (!query_.created_from.empty())
      where += " AND " + table + "created_at >= " + parameter(query_.created_from);
    if (!query_.created_before.empty())
      where += " AND " + table + "created_at < " + parameter(query_.created_before);
    return where;
  }

  // A prefix match as a range over the word index: [word, word with its last byte + 1).
  std::string word_range(const std::string& column, const std::string& word) {
    std::string upper = word;
    upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
    const std::string low = parameter(word);
    return column + " >= " + low + " AND " + column + " < " + parameter(std::move(upper));
  }

  std::string word_clause(const std::string& record_no, const std::string& word) {
    return record_no + " IN (SELECT record_no FROM record_name_words WHERE " +
           word_range("word", word) + ")";
  }

  std::string word_probe(const std::string& word) {
    return "EXISTS (SELECT 1 FROM record_name_words w WHERE w.record_no = records.record_no AND " +
           word_range("w.word", word) + ")";
  }

  PageQuery by_name(bool count) {
    const auto driving = words_.begin() + (&driving_word() - words_.data());
    const bool needs_records =
        query_.flagged_only || query_.unreviewed_only || !query_.date_of_birth.empty();
    std::string from = " FROM record_name_words w";
    if (needs_records) from += " JOIN records r ON r.record_no = w.record_no";
    std::string where = " WHERE " + word_range("w.word", *driving) + date_filters("w.");
    if (needs_records) where += record_filters("r.", false);
    for (auto it = words_.begin(); it != words_.end(); ++it)
      if (it != driving) where += " AND " + word_clause("w.record_no", *it);
    // A prefix may match two words of one name ("gar": García-Garrido): count it once.
    if (count)
      return {"SELECT count(DISTINCT w.record_no)" + from + where, std::move(parameters_)};
    return {"SELECT w.record_no" + from + where +
                " GROUP BY w.record_no ORDER BY w.created_at DESC, w.record_no DESC" + limit(),
            std::move(parameters_)};
  }

  const RecordQuery& query_;
  std::vector<std::string> words_;
  std::vector<std::string> parameters_;
};


std::vector<RecordFlag> parse_flags_json(const std::string& text) {
  std::vector<RecordFlag> flags;
  const auto json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_array()) return flags;
  for (const auto& item : json) {
    if (!item.is_object()) continue;
    RecordFlag flag;
    flag.code = item.value("code", "");
    flag.severity = parse_flag_severity(item.value("severity", "")).value_or(FlagSeverity::note);
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
  auto pdfs = Statement::prepare(
      db, "SELECT version, kind, sha256, length(bytes), created_at FROM record_pdfs "
          "WHERE record_id = ?1 ORDER BY version");
  if (!pdfs) return pdfs.error();
  pdfs->bind(1, record.id);
  while (true) {
    auto row = pdfs->step("reading the record's PDFs");
    if (!row) return row.error();
    if (!*row) break;
    record.pdfs.push_back(PdfVersionInfo{static_cast<int>(pdfs->integer(0)), pdfs->text(1),
                                         pdfs->text(2), pdfs->integer(3), pdfs->text(4)});
  }
  return ok_status();
}

Status read_reviews(sqlite3* db, Record& record) {
  auto reviews = Statement::prepare(
      db, "SELECT id, pdf_version, decision, note, reviewer_id, reviewer_name, "
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
      if (auto severity = parse_flag_severity(item.substr(0, colon)))
        flags.emplace_back(item.substr(colon + 1), *severity);
    start = end + 1;
  }
  return flags;
}

namespace {

// How many index entries a prefix matches, counting no further than `cap` (cheap either way).
Result<std::int64_t> prefix_matches(sqlite3* db, const std::string& word, std::int64_t cap) {
  std::string upper = word;
  upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
  auto statement = Statement::prepare(
      db, "SELECT count(*) FROM (SELECT 1 FROM record_name_words WHERE word >= ?1 AND word < ?2 "
          "LIMIT ?3)");
  if (!statement) return statement.error();
  statement->bind(1, word).bind(2, upper).bind(3, cap);
  auto row = statement->step("searching names");
  if (!row) return row.error();
  return *row ? statement->integer(0) : 0;
}

// Above this many matches, walking the date index and probing is cheaper than sorting them
// (benchmark: "m" over 100,000 records, 270 ms sorting against about 1 ms walking).
constexpr std::int64_t kCommonPrefix = 2000;

}  // namespace

Result<std::vector<RecordSummary>> list_records(Store& store, const RecordQuery& query) {
  PageQueryBuilder builder(query);
  bool common_prefix = false;
  if (!builder.words().empty()) {
    auto matches = prefix_matches(store.handle(), builder.driving_word(), kCommonPrefix);
    if (!matches) return matches.error();
    common_prefix = *matches >= kCommonPrefix;
  }
  PageQuery page = builder.build(false, common_prefix);
  // Two steps: the inner query pages through an index (skipping OFFSET rows costs index
  // entries, not decrypted table rows); the outer one reads only the page's rows.
  std::string sql =
      "SELECT r.id, r.created_at, r.given_name, r.family_name, r.date_of_birth, r.form_id, "
      "r.status, r.flag_level, r.flag_summary, "
      "(SELECT decision FROM reviews v WHERE v.record_id = r.id ORDER BY v.id DESC LIMIT 1) FROM (" +
      page.sql + ") AS page JOIN records r ON r.record_no = page.record_no";
  // The queue triages: what still needs a practitioner first, the worst flag first, then the
  // reviewed ones (their decision shown) at the end.
  sql += query.order == RecordOrder::queue ? " ORDER BY r.status = 'reviewed', r.flag_level DESC, r.created_at, r.record_no"
                                           : " ORDER BY r.created_at DESC, r.record_no DESC";
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
    summary.status =
        statement->text(6) == "reviewed" ? RecordStatus::reviewed : RecordStatus::submitted;
    summary.flag_level = static_cast<int>(statement->integer(7));
    summary.flags = parse_flag_summary(statement->text(8));
    if (const std::string decision = statement->text(9); !decision.empty())
      summary.decision = parse_review_decision(decision);
    rows.push_back(std::move(summary));
  }
  return rows;
}

Result<std::int64_t> count_records(Store& store, const RecordQuery& query) {
  PageQuery count = PageQueryBuilder(query).build(true);
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
  auto statement = Statement::prepare(
      db,
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
  if (!statement->is_null(12))
    record.guardian = Guardian{statement->text(12), statement->text(13)};
  record.answers_json = statement->text(14);
  record.flags = parse_flags_json(statement->text(15));
  record.consent_json = statement->text(16);
  record.photo_consent = statement->integer(17) != 0;
  record.signature_json = statement->text(18);
  record.guardian_signature_json = statement->text(19);
  record.status = statement->text(20) == "reviewed" ? RecordStatus::reviewed : RecordStatus::submitted;
  if (auto st = read_pdf_versions(db, record); !st) return st.error();
  if (auto st = read_reviews(db, record); !st) return st.error();
  auto entry = append_audit_in_transaction(
      db, AuditInput{actor, audit_action::kRecordView, record_id, "{}"},
      std::chrono::system_clock::now());
  if (!entry) return entry.error();
  if (auto st = transaction->commit(); !st) return st.error();
  return record;
}

Result<PdfFile> read_record_pdf(Store& store, const std::string& record_id, int version,
                                PdfAccess access, const std::string& actor,
                                const std::string& destination) {
  sqlite3* db = store.handle();
  auto transaction = WriteTransaction::begin(db);
  if (!transaction) return transaction.error();
  auto statement = Statement::prepare(
      db, version > 0 ? "SELECT version, kind, sha256, bytes FROM record_pdfs "
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
  PdfFile file{record_id, static_cast<int>(statement->integer(0)), statement->text(1),
               statement->text(2), statement->blob(3)};
  if (sha256_hex(file.bytes) != file.sha256)
    return store_error(kExitAuditMismatch,
                       "The stored PDF of record " + record_id + " version " +
                           std::to_string(file.version) +
                           " does not match its SHA-256, so it was not handed out.");
  nlohmann::json details = {{"pdf_version", file.version}, {"pdf_sha256", file.sha256}};
  if (access != PdfAccess::view) details["destination"] = destination;
  const char* action = access == PdfAccess::export_file ? audit_action::kRecordExport
                       : access == PdfAccess::print     ? audit_action::kRecordPrintRead
                                                        : audit_action::kRecordView;
  auto entry = append_audit_in_transaction(
      db,
      AuditInput{actor, action, record_id, details.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)},
      std::chrono::system_clock::now());
  if (!entry) return entry.error();
  if (auto st = transaction->commit(); !st) return st.error();
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
