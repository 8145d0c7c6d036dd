#include "store/audit.hpp"

#include <nlohmann/json.hpp>

#include "common/sha256.hpp"
#include "common/try.hpp"
#include "store/audit_seal.hpp"
#include "store/sqlite_handle.hpp"
#include "store/store_error.hpp"
#include "store/timestamp.hpp"

namespace intake::store {

std::string audit_entry_hash(const AuditEntry& entry) {
  nlohmann::json fields = nlohmann::json::array();
  fields.push_back(entry.seq);
  fields.push_back(entry.at);
  fields.push_back(entry.actor);
  fields.push_back(entry.action);
  if (entry.record_id.empty()) {
    fields.push_back(nullptr);
  } else {
    fields.push_back(entry.record_id);
  }
  fields.push_back(entry.details);
  return Sha256Builder()
      .add(entry.prev_hash)
      .add(fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
      .finish_hex();
}

Result<AuditEntry> append_audit_in_transaction(sqlite3* db, const AuditInput& input,
                                               std::chrono::system_clock::time_point now) {
  if (input.actor.empty() || input.action.empty())
    return store_error(kExitInvalidInput, "An audit entry needs an actor and an action.");
  if (!nlohmann::json::accept(input.details))
    return store_error(kExitInvalidInput, "An audit entry's details must be JSON.");
  AuditEntry entry;
  {
    auto last = Statement::prepare(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (!last) return last.error();
    auto row = last->step("reading the audit trail");
    if (!row) return row.error();
    entry.seq = *row ? last->integer(0) + 1 : 1;
    entry.prev_hash = *row ? last->text(1) : kGenesisHash;
  }
  entry.at = utc_timestamp(now);
  entry.actor = input.actor;
  entry.action = input.action;
  entry.record_id = input.record_id;
  entry.details = input.details;
  entry.hash = audit_entry_hash(entry);
  AuditSeal* seal = audit_seal(db);

  auto insert = Statement::prepare(
      db,
      "INSERT INTO audit (seq, at, actor, action, record_id, details, prev_hash, hash, mac) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  if (!insert) return insert.error();
  insert->bind(1, entry.seq).bind(2, entry.at).bind(3, entry.actor).bind(4, entry.action);
  if (entry.record_id.empty()) {
    insert->bind_null(5);
  } else {
    insert->bind(5, entry.record_id);
  }
  insert->bind(6, entry.details).bind(7, entry.prev_hash).bind(8, entry.hash);
  if (seal != nullptr) {
    insert->bind(9, seal->entry_mac(entry.hash));
  } else {
    insert->bind_null(9);
  }
  TRY(insert->run("writing the audit trail"));
  if (seal != nullptr) seal->appended = true;
  return entry;
}

Status append_audit_entry(Store& store, const AuditInput& input) {
  auto transaction = WriteTransaction::begin(store.handle());
  if (!transaction) return transaction.error();
  auto entry = append_audit_in_transaction(store.handle(), input, connection_now(store.handle()));
  if (!entry) return entry.error();
  return transaction->commit();
}

namespace {

AuditEntry read_entry(const Statement& row) {
  AuditEntry entry;
  entry.seq = row.integer(0);
  entry.at = row.text(1);
  entry.actor = row.text(2);
  entry.action = row.text(3);
  entry.record_id = row.text(4);
  entry.details = row.text(5);
  entry.prev_hash = row.text(6);
  entry.hash = row.text(7);
  return entry;
}

Result<std::vector<AuditEntry>> collect(Statement& statement) {
  std::vector<AuditEntry> entries;
  while (true) {
    auto row = statement.step("reading the audit trail");
    if (!row) return row.error();
    if (!*row) break;
    entries.push_back(read_entry(statement));
  }
  return entries;
}

constexpr const char* kColumns = "seq, at, actor, action, record_id, details, prev_hash, hash";

}  // namespace

Result<std::vector<AuditEntry>> audit_entries_for_record(Store& store, const std::string& record_id) {
  auto statement = Statement::prepare(
      store.handle(), std::string("SELECT ") + kColumns + " FROM audit WHERE record_id = ?1 ORDER BY seq");
  if (!statement) return statement.error();
  statement->bind(1, record_id);
  return collect(*statement);
}

Result<std::vector<AuditEntry>> recent_audit_entries(Store& store, int limit) {
  auto statement = Statement::prepare(
      store.handle(), std::string("SELECT ") + kColumns + " FROM audit ORDER BY seq DESC LIMIT ?1");
  if (!statement) return statement.error();
  statement->bind(1, limit);
  return collect(*statement);
}

}  // namespace intake::store
