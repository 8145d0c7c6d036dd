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
  auto statement = TRY(Statement::prepare(
      db,
      "SELECT id, created_at, signed_at, form_id, flag_summary, given_name, family_name FROM records "
      "WHERE date_of_birth = ?1 AND id NOT IN (SELECT record_id FROM unlinked_visits) "
      "ORDER BY created_at DESC, record_no DESC"));
  statement.bind(1, date_of_birth);
  std::vector<Candidate> out;
  TRY(statement.for_each_row("reading visit history", [&](const Statement& row) {
    std::string given = row.text(5), family = row.text(6);
    const bool same = person_name_key(given, family) == name_key;
    secure_wipe(given);
    secure_wipe(family);
    if (same) out.push_back({row.text(0), row.text(1), row.text(2), row.text(3), row.text(4)});
  }));
  return out;
}

Result<bool> is_unlinked(sqlite3* db, const std::string& record_id) {
  auto statement = TRY(Statement::prepare(db, "SELECT 1 FROM unlinked_visits WHERE record_id = ?1"));
  statement.bind(1, record_id);
  return statement.step("reading visit links");
}

Status latest_review(sqlite3* db, EarlierVisit& visit) {
  auto statement = TRY(Statement::prepare(
      db, "SELECT decision, note FROM reviews WHERE record_id = ?1 ORDER BY id DESC LIMIT 1"));
  statement.bind(1, visit.record_id);
  if (TRY(statement.step("reading a review"))) {
    visit.decision = parse_review_decision(statement.text(0));
    visit.note = statement.text(1);
  }
  return ok_status();
}

Result<std::string> reported_reaction(sqlite3* db, const std::string& record_id) {
  auto statement = TRY(Statement::prepare(db, "SELECT answers_json FROM records WHERE id = ?1"));
  statement.bind(1, record_id);
  if (!TRY(statement.step("reading answers"))) return std::string();
  std::string text = statement.text(0);
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
  auto statement = TRY(Statement::prepare(
      db, "SELECT created_at, date_of_birth, given_name, family_name FROM records WHERE id = ?1"));
  statement.bind(1, record_id);
  if (!TRY(statement.step("reading a record")))
    return store_error(kExitNotFound, "There is no record with id " + record_id + ".");
  std::string given = statement.text(2), family = statement.text(3);
  Identity identity{statement.text(0), statement.text(1), person_name_key(given, family)};
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
  auto transaction = TRY(WriteTransaction::begin(db));  // the audit entry commits with the read
  auto identity = TRY(identity_of(db, record_id));
  VisitHistory history;
  auto unlinked = TRY(is_unlinked(db, record_id));
  history.unlinked = unlinked;
  if (!history.unlinked) {
    auto candidates = TRY(same_person(db, identity.date_of_birth, identity.name_key));
    for (const Candidate& candidate : candidates) {
      if (candidate.id == record_id || candidate.created_at > identity.created_at) continue;
      if (candidate.created_at == identity.created_at && candidate.id > record_id) continue;
      EarlierVisit visit{candidate.id,
                         candidate.signed_at.substr(0, 10),
                         candidate.form_id,
                         parse_flag_summary(candidate.flag_summary),
                         std::nullopt,
                         "",
                         ""};
      TRY(latest_review(db, visit));
      auto reaction = TRY(reported_reaction(db, candidate.id));
      visit.reaction = std::move(reaction);
      history.earlier.push_back(std::move(visit));
    }
  }
  history.visit_number = static_cast<int>(history.earlier.size()) + 1;
  nlohmann::json details = {{"earlier_visits", history.earlier.size()}};
  TRY(append_audit_in_transaction(
      db, AuditInput{actor, audit_action::kRecordHistory, record_id, details.dump()}, connection_now(db)));
  TRY(transaction.commit());
  return history;
}

Result<std::vector<int>> visit_numbers(Store& store, const std::vector<RecordSummary>& records) {
  sqlite3* db = store.handle();
  const auto snapshot = TRY(ReadTransaction::begin(db));
  std::vector<int> numbers;
  numbers.reserve(records.size());
  for (const RecordSummary& record : records) {
    if (TRY(is_unlinked(db, record.id))) {
      numbers.push_back(1);
      continue;
    }
    auto candidates =
        TRY(same_person(db, record.date_of_birth, person_name_key(record.given_name, record.family_name)));
    numbers.push_back(
        1 + static_cast<int>(std::count_if(candidates.begin(), candidates.end(), [&](const Candidate& c) {
          return c.id != record.id && (c.created_at < record.created_at ||
                                       (c.created_at == record.created_at && c.id < record.id));
        })));
  }
  return numbers;
}

Result<std::optional<std::string>> last_treated_visit_date(Store& store, const PatientIdentity& patient,
                                                           const std::string& visit_date) {
  sqlite3* db = store.handle();
  const auto snapshot = TRY(ReadTransaction::begin(db));
  auto candidates =
      TRY(same_person(db, patient.date_of_birth, person_name_key(patient.given_name, patient.family_name)));
  for (const Candidate& candidate : candidates) {  // newest first
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
  auto transaction = TRY(WriteTransaction::begin(db));
  TRY(identity_of(db, record_id));
  const std::string now = utc_timestamp(connection_now(db));
  auto insert = TRY(Statement::prepare(
      db, "INSERT OR IGNORE INTO unlinked_visits (record_id, unlinked_by, unlinked_at) VALUES (?1, ?2, ?3)"));
  insert.bind(1, record_id).bind(2, actor).bind(3, now);
  TRY(insert.run("unlinking a visit"));
  TRY(append_audit_in_transaction(db, AuditInput{actor, audit_action::kRecordUnlink, record_id, "{}"},
                                  connection_now(db)));
  return transaction.commit();
}

}  // namespace intake::store
