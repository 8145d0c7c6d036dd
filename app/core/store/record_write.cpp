#include "store/record_write.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "common/secure_memory.hpp"
#include "common/sha256.hpp"
#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/fhir_outbox.hpp"
#include "store/name_search_key.hpp"
#include "store/record_id.hpp"
#include "store/row_digest.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::store {

namespace {

Error invalid(const std::string& what) { return store_error(kExitInvalidInput, what); }

bool is_iso_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  const int month = std::stoi(text.substr(5, 2));
  const int day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool is_hex64(const std::string& text) {
  return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
         });
}

bool is_json_object(const std::string& text) {
  if (!nlohmann::json::accept(text)) return false;
  return nlohmann::json::parse(text).is_object();
}

std::string flags_json(const std::vector<RecordFlag>& flags) {
  nlohmann::json array = nlohmann::json::array();
  for (const RecordFlag& flag : flags)
    array.push_back({{"code", flag.code},
                     {"severity", to_string(flag.severity)},
                     {"message", flag.staff_message},
                     {"questions", flag.questions}});
  return array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// "stop:pregnancy review:diabetes": highest severity first, for lists without JSON parsing.
std::string flag_summary(const std::vector<RecordFlag>& flags) {
  std::vector<const RecordFlag*> sorted;
  for (const RecordFlag& flag : flags) sorted.push_back(&flag);
  std::stable_sort(sorted.begin(), sorted.end(), [](const RecordFlag* a, const RecordFlag* b) {
    return static_cast<int>(a->severity) > static_cast<int>(b->severity);
  });
  std::string summary;
  for (const RecordFlag* flag : sorted) {
    if (!summary.empty()) summary.push_back(' ');
    summary += to_string(flag->severity);
    summary.push_back(':');
    summary += flag->code;
  }
  return summary;
}

int flag_level(const std::vector<RecordFlag>& flags) {
  int level = 0;
  for (const RecordFlag& flag : flags) level = std::max(level, static_cast<int>(flag.severity));
  return level;
}

Status insert_name_words(sqlite3* db, std::int64_t record_no, const std::string& created_at,
                         const PatientIdentity& patient) {
  std::vector<std::string> words = name_search_words(patient.given_name);
  for (auto& word : name_search_words(patient.family_name)) words.push_back(std::move(word));
  auto insert =
      TRY(Statement::prepare(db,
                             "INSERT OR IGNORE INTO record_name_words (word, record_no, created_at) "
                             "VALUES (?1, ?2, ?3)"));
  for (const std::string& word : words) {
    insert.reset();
    insert.bind(1, word).bind(2, record_no).bind(3, created_at);
    TRY(insert.run("indexing the patient's name"));
  }
  for (std::string& word : words) secure_wipe(word);
  return ok_status();
}

Result<std::string> insert_one(sqlite3* db, const NewRecord& record,
                               std::chrono::system_clock::time_point now) {
  TRY(validate_new_record(record));
  const std::string created_at = record.created_at.empty() ? utc_timestamp(now) : record.created_at;
  std::string id = record.id;
  {
    auto exists = TRY(Statement::prepare(db, "SELECT 1 FROM records WHERE id = ?1"));
    // A caller-chosen id must be free; a store-chosen one is redrawn until it is.
    for (int attempt = 0;; ++attempt) {
      if (record.id.empty()) id = make_record_id(created_at);
      exists.reset();
      exists.bind(1, id);
      if (!TRY(exists.step("checking the record id"))) break;
      if (!record.id.empty() || attempt >= 16)
        return store_error(kExitAlreadyExists,
                           "A record with id " + id + " already exists; nothing was stored.");
    }
  }

  auto insert = TRY(Statement::prepare(
      db,
      "INSERT INTO records (id, created_at, signed_at, form_id, form_version, consent_sha256, "
      "language, given_name, family_name, date_of_birth, phone, email, guardian_name, "
      "guardian_relationship, answers_json, flags_json, flag_summary, flag_level, consent_json, "
      "photo_consent, signature_json, guardian_signature_json, status) VALUES (?1, ?2, ?3, ?4, "
      "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
      "'submitted')"));
  insert.bind(1, id).bind(2, created_at).bind(3, record.signed_at).bind(4, record.form_id);
  insert.bind(5, record.form_version).bind(6, record.consent_sha256).bind(7, record.language);
  insert.bind(8, record.patient.given_name).bind(9, record.patient.family_name);
  insert.bind(10, record.patient.date_of_birth).bind(11, record.patient.phone);
  insert.bind(12, record.patient.email);
  if (record.guardian) {
    insert.bind(13, record.guardian->name).bind(14, record.guardian->relationship);
    insert.bind(22, record.guardian_signature_json);
  } else {
    insert.bind_null(13).bind_null(14).bind_null(22);
  }
  std::string flags = flags_json(record.flags);
  insert.bind(15, record.answers_json).bind(16, flags).bind(17, flag_summary(record.flags));
  insert.bind(18, flag_level(record.flags)).bind(19, record.consent_json);
  insert.bind(20, record.photo_consent ? 1 : 0).bind(21, record.signature_json);
  secure_wipe(flags);
  TRY(insert.run("storing the record"));

  TRY(insert_name_words(db, sqlite3_last_insert_rowid(db), created_at, record.patient));

  const std::string pdf_sha256 = sha256_hex(record.pdf);
  auto pdf =
      TRY(Statement::prepare(db,
                             "INSERT INTO record_pdfs (record_id, version, kind, bytes, sha256, created_at) "
                             "VALUES (?1, 1, 'patient_signed', ?2, ?3, ?4)"));
  pdf.bind(1, id).bind_blob(2, record.pdf).bind(3, pdf_sha256).bind(4, created_at);
  TRY(pdf.run("storing the signed PDF"));
  TRY(queue_fhir_delivery_in_transaction(db, id, "record", created_at));

  auto digest_row = TRY(
      Statement::prepare(db, std::string("SELECT ") + kRecordDigestColumns + " FROM records WHERE id = ?1"));
  digest_row.bind(1, id);
  if (!TRY(digest_row.step("reading back the record")))
    return store_error(kExitStoreFailure, "The record vanished while being stored.");
  const nlohmann::json details = {
      {"record_sha256", row_digest(digest_row)}, {"pdf_version", 1}, {"pdf_sha256", pdf_sha256}};
  TRY(append_audit_in_transaction(
      db, AuditInput{record.actor, audit_action::kRecordCreate, id, details.dump()}, now));
  return id;
}

}  // namespace

Status check_pdf_bytes(std::span<const std::uint8_t> pdf) {
  static constexpr std::uint8_t kMagic[] = {'%', 'P', 'D', 'F', '-'};
  if (pdf.size() < sizeof kMagic || !std::equal(std::begin(kMagic), std::end(kMagic), pdf.begin()))
    return invalid("The PDF to store is empty or does not start with %PDF-.");
  return ok_status();
}

Status validate_new_record(const NewRecord& record) {
  if (!record.id.empty() && !is_valid_record_id(record.id))
    return invalid("The record id is not of the form R-YYYYMMDD-XXXXXX.");
  std::chrono::system_clock::time_point parsed;
  if (!record.created_at.empty() && !parse_utc_timestamp(record.created_at, parsed))
    return invalid("The record's creation time is not a UTC timestamp.");
  if (record.signed_at.empty()) return invalid("The record has no signing time.");
  if (record.form_id.empty() || record.form_version.empty())
    return invalid("The record names no form id or form version.");
  if (!is_hex64(record.consent_sha256))
    return invalid("The record's consent hash is not 64 lowercase hex characters.");
  if (record.language.empty()) return invalid("The record has no language.");
  if (record.patient.given_name.empty() || record.patient.family_name.empty())
    return invalid("The record is missing the patient's given or family name.");
  if (!is_iso_date(record.patient.date_of_birth))
    return invalid("The patient's date of birth is not a YYYY-MM-DD date.");
  if (!is_json_object(record.answers_json)) return invalid("The answers are not a JSON object.");
  if (!is_json_object(record.consent_json)) return invalid("The consent is not a JSON object.");
  if (!is_json_object(record.signature_json)) return invalid("The signature is not a JSON object.");
  if (record.guardian) {
    if (record.guardian->name.empty()) return invalid("The guardian has no name.");
    if (!is_json_object(record.guardian_signature_json))
      return invalid("The guardian's signature is not a JSON object.");
  } else if (!record.guardian_signature_json.empty()) {
    return invalid("A guardian signature was given without a guardian.");
  }
  for (const RecordFlag& flag : record.flags)
    if (flag.code.empty()) return invalid("A flag has no code.");
  if (record.actor.empty()) return invalid("The record names no actor for the audit trail.");
  if (!record.id.empty() && record.created_at.empty())
    return invalid("A record id needs its creation time (both come from new_record_identity).");
  if (!record.id.empty() && record.id.substr(2, 8) != record.created_at.substr(0, 4) +
                                                          record.created_at.substr(5, 2) +
                                                          record.created_at.substr(8, 2))
    return invalid("The record id's date does not match its creation time.");
  return check_pdf_bytes(record.pdf);
}

Result<RecordIdentity> new_record_identity(Store& store, std::optional<TimePoint> now) {
  RecordIdentity identity{"", utc_timestamp(now.value_or(store.clock().now()))};
  auto exists = TRY(Statement::prepare(store.handle(), "SELECT 1 FROM records WHERE id = ?1"));
  // 2^30 ids a day: a clash is already unlikely; checking makes it a non-event.
  for (int attempt = 0; attempt < 16; ++attempt) {
    identity.id = make_record_id(identity.created_at);
    exists.reset();
    exists.bind(1, identity.id);
    if (!TRY(exists.step("choosing a record id"))) return identity;
  }
  return store_error(kExitStoreFailure, "No unused record id could be found.");
}

Result<std::string> insert_submitted_record(Store& store, const NewRecord& record) {
  auto transaction = TRY(WriteTransaction::begin(store.handle()));
  auto id = TRY(insert_one(store.handle(), record, connection_now(store.handle())));
  TRY(transaction.commit());
  return id;
}

Result<std::vector<std::string>> insert_submitted_records(Store& store, std::span<const NewRecord> records) {
  auto transaction = TRY(WriteTransaction::begin(store.handle()));
  std::vector<std::string> ids;
  ids.reserve(records.size());
  for (const NewRecord& record : records) {
    auto id = TRY(insert_one(store.handle(), record, connection_now(store.handle())));
    ids.push_back(std::move(id));
  }
  TRY(transaction.commit());
  return ids;
}

}  // namespace intake::store
