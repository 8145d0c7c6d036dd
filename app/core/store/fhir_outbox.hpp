#pragma once
// The FHIR outbox: every stored record and review is announced here in the same transaction
// that stores it (record_write.cpp, review.cpp), and the delivery worker (fhir/) works through
// it in order. Rows hold a record id and delivery bookkeeping, never patient data.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include <sqlite3.h>

#include "common/result.hpp"
#include "store/store.hpp"

namespace intake::store {

// Inside the caller's write transaction. reason: "record" or "review".
Status queue_fhir_delivery_in_transaction(sqlite3* db, const std::string& record_id, const char* reason,
                                          const std::string& queued_at);

struct OutboxEntry {
  std::int64_t seq = 0;
  std::string record_id;
  std::string reason;
  int attempts = 0;
};

// The oldest row not yet delivered, if any.
Result<std::optional<OutboxEntry>> next_fhir_delivery(Store& store);
// Marks the row delivered (the server confirmed every entry of its Bundle).
Status mark_fhir_delivered(Store& store, std::int64_t seq, std::chrono::system_clock::time_point now);
// Counts a failed attempt; `error` is one sentence without patient data.
Status mark_fhir_failed(Store& store, std::int64_t seq, const std::string& error,
                        std::chrono::system_clock::time_point now);

struct OutboxStatus {
  std::int64_t waiting = 0;
  std::optional<std::string> last_delivered_at;  // UTC
  std::optional<std::string> failing_since;      // UTC: the oldest waiting row's first failure
  std::string last_error;                        // of the oldest waiting row
  std::int64_t delivered = 0;
};
Result<OutboxStatus> fhir_outbox_status(Store& store);

}  // namespace intake::store
