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
    auto last = TRY(Statement::prepare(db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    auto row = TRY(last.step("reading the audit trail"));
    entry.seq = row ? last.integer(0) + 1 : 1;
    entry.prev_hash = row ? last.text(1) : kGenesisHash;
  }
  entry.at = utc_timestamp(now);
  entry.actor = input.actor;
  entry.action = input.action;
  entry.record_id = input.record_id;
  entry.details = input.details;
  entry.hash = audit_entry_hash(entry);
  AuditSeal* seal = audit_seal(db);

  auto insert = TRY(Statement::prepare(
      db,
      "INSERT INTO audit (seq, at, actor, action, record_id, details, prev_hash, hash, mac) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
  insert.bind(1, entry.seq).bind(2, entry.at).bind(3, entry.actor).bind(4, entry.action);
  if (entry.record_id.empty()) {
    insert.bind_null(5);
  } else {
    insert.bind(5, entry.record_id);
  }
  insert.bind(6, entry.details).bind(7, entry.prev_hash).bind(8, entry.hash);
  if (seal != nullptr) {
    insert.bind(9, seal->entry_mac(entry.hash));
  } else {
    insert.bind_null(9);
  }
  TRY(insert.run("writing the audit trail"));
  if (seal != nullptr) seal->appended = true;
  return entry;
}

Status append_audit_entry(Store& store, const AuditInput& input) {
  auto transaction = TRY(WriteTransaction::begin(store.handle()));
  TRY(append_audit_in_transaction(store.handle(), input, connection_now(store.handle())));
  return transaction.commit();
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
  TRY(statement.for_each_row("reading the audit trail",
                             [&](const Statement& row) { entries.push_back(read_entry(row)); }));
  return entries;
}

constexpr const char* kColumns = "seq, at, actor, action, record_id, details, prev_hash, hash";

}  // namespace

Result<std::vector<AuditEntry>> audit_entries_for_record(Store& store, const std::string& record_id) {
  auto statement = TRY(Statement::prepare(
      store.handle(), std::string("SELECT ") + kColumns + " FROM audit WHERE record_id = ?1 ORDER BY seq"));
  statement.bind(1, record_id);
  return collect(statement);
}

Result<std::vector<AuditEntry>> recent_audit_entries(Store& store, int limit) {
  auto statement = TRY(Statement::prepare(
      store.handle(), std::string("SELECT ") + kColumns + " FROM audit ORDER BY seq DESC LIMIT ?1"));
  statement.bind(1, limit);
  return collect(statement);
}

}  // namespace intake::store
