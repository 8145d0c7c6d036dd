#include "store/fhir_outbox.hpp"

#include "common/try.hpp"
#include "store/sqlite_handle.hpp"
#include "store/timestamp.hpp"

namespace intake::store {

Status queue_fhir_delivery_in_transaction(sqlite3* db, const std::string& record_id, const char* reason,
                                          const std::string& queued_at) {
  auto insert = TRY(
      Statement::prepare(db, "INSERT INTO fhir_outbox (record_id, reason, queued_at) VALUES (?1, ?2, ?3)"));
  insert.bind(1, record_id).bind(2, reason).bind(3, queued_at);
  return insert.run("queueing the record for the FHIR server");
}

Result<std::optional<OutboxEntry>> next_fhir_delivery(Store& store) {
  auto next = TRY(Statement::prepare(store.handle(),
                                     "SELECT seq, record_id, reason, attempts FROM fhir_outbox "
                                     "WHERE delivered_at IS NULL ORDER BY seq LIMIT 1"));
  if (!TRY(next.step("reading the FHIR outbox"))) return std::optional<OutboxEntry>{};
  return std::optional<OutboxEntry>{
      OutboxEntry{next.integer(0), next.text(1), next.text(2), static_cast<int>(next.integer(3))}};
}

Status mark_fhir_delivered(Store& store, std::int64_t seq, std::chrono::system_clock::time_point now) {
  auto update = TRY(Statement::prepare(store.handle(),
                                       "UPDATE fhir_outbox SET delivered_at = ?2, attempts = attempts + 1, "
                                       "failing_since = NULL, last_error = NULL WHERE seq = ?1"));
  update.bind(1, seq).bind(2, utc_timestamp(now));
  return update.run("marking the record sent to the FHIR server");
}

Status mark_fhir_failed(Store& store, std::int64_t seq, const std::string& error,
                        std::chrono::system_clock::time_point now) {
  auto update = TRY(Statement::prepare(store.handle(),
                                       "UPDATE fhir_outbox SET attempts = attempts + 1, last_error = ?2, "
                                       "failing_since = coalesce(failing_since, ?3) WHERE seq = ?1"));
  update.bind(1, seq).bind(2, error).bind(3, utc_timestamp(now));
  return update.run("recording a failed FHIR delivery");
}

Result<OutboxStatus> fhir_outbox_status(Store& store) {
  const auto snapshot = TRY(ReadTransaction::begin(store.handle()));
  OutboxStatus status;
  auto counts =
      TRY(Statement::prepare(store.handle(),
                             "SELECT (SELECT count(*) FROM fhir_outbox WHERE delivered_at IS NULL), "
                             "(SELECT count(*) FROM fhir_outbox WHERE delivered_at IS NOT NULL), "
                             "(SELECT max(delivered_at) FROM fhir_outbox)"));
  TRY(counts.step("reading the FHIR outbox"));
  status.waiting = counts.integer(0);
  status.delivered = counts.integer(1);
  status.last_delivered_at = counts.optional_text(2);
  auto head =
      TRY(Statement::prepare(store.handle(),
                             "SELECT failing_since, last_error FROM fhir_outbox WHERE delivered_at IS NULL "
                             "ORDER BY seq LIMIT 1"));
  if (TRY(head.step("reading the FHIR outbox"))) {
    status.failing_since = head.optional_text(0);
    status.last_error = head.optional_text(1).value_or("");
  }
  return status;
}

}  // namespace intake::store
