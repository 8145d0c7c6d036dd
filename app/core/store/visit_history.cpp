#include "store/visit_history.hpp"

#include <algorithm>
#include <chrono>

#include <nlohmann/json.hpp>

#include "common/try.hpp"
#include "store/audit.hpp"
#include "store/name_search_key.hpp"
#include "store/record_read.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::store {
namespace {

// The name as the match sees it: folded words, in order, one space apart.
std::string person_name_key(const std::string& given_name, const std::string& family_name) {
  std::string key;
  for (const std::string& word : name_search_words(given_name + " " + family_name))
    key += (key.empty() ? "" : " ") + word;
  return key;
}

struct Candidate {
  std::string id;
  std::string created_at;
  std::string signed_at;
  std::string form_id;
  std::string flag_summary;
};

// Every check-in of the person with this date of birth and name key, newest first, leaving out
// unlinked ones. The date-of-birth index narrows it to a handful of rows.
Result<std::vector<Candidate>> same_person(sqlite3* db, const std::string& date_of_birth,
                                           const std::string& name_key) {
  auto statement = Statement::prepare(
      db,
      "SELECT id, created_at, signed_at, form_id, flag_summary, given_name, family_name FROM records "
      "WHERE date_of_birth = ?1 AND id NOT IN (SELECT record_id FROM unlinked_visits) "
      "ORDER BY created_at DESC, record_no DESC");
  if (!statement) return statement.error();
  statement->bind(1, date_of_birth);
  std::vector<Candidate> out;
  while (true) {
    auto row = statement->step("reading visit history");
    if (!row) return row.error();
    if (!*row) break;
    std::string given = statement->text(5), family = statement->text(6);
    const bool same = person_name_key(given, family) == name_key;
    secure_wipe(given);
    secure_wipe(family);
    if (same)
      out.push_back({statement->text(0), statement->text(1), statement->text(2), statement->text(3),
                     statement->text(4)});
  }
  return out;
}

Result<bool> is_unlinked(sqlite3* db, const std::string& record_id) {
  auto statement = Statement::prepare(db, "SELECT 1 FROM unlinked_visits WHERE record_id = ?1");
  if (!statement) return statement.error();
  statement->bind(1, record_id);
  auto row = statement->step("reading visit links");
  if (!row) return row.error();
  return *row;
}

Status latest_review(sqlite3* db, EarlierVisit& visit) {
  auto statement = Statement::prepare(
      db, "SELECT decision, note FROM reviews WHERE record_id = ?1 ORDER BY id DESC LIMIT 1");
  if (!statement) return statement.error();
  statement->bind(1, visit.record_id);
  auto row = statement->step("reading a review");
  if (!row) return row.error();
  if (*row) {
    visit.decision = parse_review_decision(statement->text(0));
    visit.note = statement->text(1);
  }
  return ok_status();
}

Result<std::string> reported_reaction(sqlite3* db, const std::string& record_id) {
  auto statement = Statement::prepare(db, "SELECT answers_json FROM records WHERE id = ?1");
  if (!statement) return statement.error();
  statement->bind(1, record_id);
  auto row = statement->step("reading answers");
  if (!row) return row.error();
  if (!*row) return std::string();
  std::string text = statement->text(0);
  auto answers = nlohmann::json::parse(text, nullptr, false);
  secure_wipe(text);
  std::string reaction;
  if (answers.is_object())
    if (auto it = answers.find("previous_reaction"); it != answers.end() && it->is_string())
      reaction = it->get<std::string>();
  return reaction;
}

struct Identity {
  std::string created_at, date_of_birth, name_key;
};

Result<Identity> identity_of(sqlite3* db, const std::string& record_id) {
  auto statement = Statement::prepare(
      db, "SELECT created_at, date_of_birth, given_name, family_name FROM records WHERE id = ?1");
  if (!statement) return statement.error();
  statement->bind(1, record_id);
  auto row = statement->step("reading a record");
  if (!row) return row.error();
  if (!*row) return store_error(kExitNotFound, "There is no record with id " + record_id + ".");
  std::string given = statement->text(2), family = statement->text(3);
  Identity identity{statement->text(0), statement->text(1), person_name_key(given, family)};
  secure_wipe(given);
  secure_wipe(family);
  return identity;
}

}  // namespace

bool treatment_went_ahead(ReviewDecision decision) {
  return decision == ReviewDecision::cleared || decision == ReviewDecision::treat_with_changes;
}

Result<VisitHistory> read_visit_history(Store& store, const std::string& record_id,
                                        const std::string& actor) {
  sqlite3* db = store.handle();
  auto transaction = WriteTransaction::begin(db);  // the audit entry commits with the read
  if (!transaction) return transaction.error();
  auto identity = identity_of(db, record_id);
  if (!identity) return identity.error();
  VisitHistory history;
  auto unlinked = is_unlinked(db, record_id);
  if (!unlinked) return unlinked.error();
  history.unlinked = *unlinked;
  if (!history.unlinked) {
    auto candidates = same_person(db, identity->date_of_birth, identity->name_key);
    if (!candidates) return candidates.error();
    for (const Candidate& candidate : *candidates) {
      if (candidate.id == record_id || candidate.created_at > identity->created_at) continue;
      if (candidate.created_at == identity->created_at && candidate.id > record_id) continue;
      EarlierVisit visit{candidate.id,
                         candidate.signed_at.substr(0, 10),
                         candidate.form_id,
                         parse_flag_summary(candidate.flag_summary),
                         std::nullopt,
                         "",
                         ""};
      TRY(latest_review(db, visit));
      auto reaction = reported_reaction(db, candidate.id);
      if (!reaction) return reaction.error();
      visit.reaction = std::move(*reaction);
      history.earlier.push_back(std::move(visit));
    }
  }
  history.visit_number = static_cast<int>(history.earlier.size()) + 1;
  nlohmann::json details = {{"earlier_visits", history.earlier.size()}};
  TRY(append_audit_in_transaction(
      db, AuditInput{actor, audit_action::kRecordHistory, record_id, details.dump()}, connection_now(db)));
  TRY(transaction->commit());
  return history;
}

Result<std::vector<int>> visit_numbers(Store& store, const std::vector<RecordSummary>& records) {
  sqlite3* db = store.handle();
  TRY(ReadTransaction::begin(db));
  std::vector<int> numbers;
  numbers.reserve(records.size());
  for (const RecordSummary& record : records) {
    auto unlinked = is_unlinked(db, record.id);
    if (!unlinked) return unlinked.error();
    if (*unlinked) {
      numbers.push_back(1);
      continue;
    }
    auto candidates =
        same_person(db, record.date_of_birth, person_name_key(record.given_name, record.family_name));
    if (!candidates) return candidates.error();
    numbers.push_back(
        1 + static_cast<int>(std::count_if(candidates->begin(), candidates->end(), [&](const Candidate& c) {
          return c.id != record.id && (c.created_at < record.created_at ||
                                       (c.created_at == record.created_at && c.id < record.id));
        })));
  }
  return numbers;
}

Result<std::optional<std::string>> last_treated_visit_date(Store& store, const PatientIdentity& patient,
                                                           const std::string& visit_date) {
  sqlite3* db = store.handle();
  TRY(ReadTransaction::begin(db));
  auto candidates =
      same_person(db, patient.date_of_birth, person_name_key(patient.given_name, patient.family_name));
  if (!candidates) return candidates.error();
  for (const Candidate& candidate : *candidates) {  // newest first
    const std::string date = candidate.signed_at.substr(0, 10);
    if (date > visit_date) continue;
    EarlierVisit visit{candidate.id, date, candidate.form_id, {}, std::nullopt, "", ""};
    TRY(latest_review(db, visit));
    if (visit.decision && treatment_went_ahead(*visit.decision)) return std::optional<std::string>(date);
  }
  return std::optional<std::string>();
}

Status unlink_visit(Store& store, const std::string& record_id, const std::string& actor) {
  sqlite3* db = store.handle();
  auto transaction = WriteTransaction::begin(db);
  if (!transaction) return transaction.error();
  TRY(identity_of(db, record_id));
  const std::string now = utc_timestamp(connection_now(db));
  auto insert = Statement::prepare(
      db, "INSERT OR IGNORE INTO unlinked_visits (record_id, unlinked_by, unlinked_at) VALUES (?1, ?2, ?3)");
  if (!insert) return insert.error();
  insert->bind(1, record_id).bind(2, actor).bind(3, now);
  TRY(insert->run("unlinking a visit"));
  TRY(append_audit_in_transaction(db, AuditInput{actor, audit_action::kRecordUnlink, record_id, "{}"},
                                  connection_now(db)));
  return transaction->commit();
}

}  // namespace intake::store
