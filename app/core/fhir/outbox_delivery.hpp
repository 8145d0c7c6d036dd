#pragma once
// Works through the store's FHIR outbox (store/fhir_outbox.hpp) in order: each waiting row's
// record is read (audited, actor "fhir-delivery", destination the server's URL), built as its
// whole Bundle (record_bundle.hpp, conditional creates) and POSTed. A row is marked delivered
// only when the answer is a transaction-response whose every entry says 201 (created) or 200
// (already there); anything else (no answer, a time-out, 4xx/5xx, a refused entry) counts a
// failed attempt and leaves the row waiting. Because every entry is a conditional create,
// sending a row again after a lost answer, a crash or a kill creates nothing twice.
//
// The kiosk's delivery worker (delivery_worker.hpp) and `fhir send` both come through
// deliver_next. No store transaction is open while the Bundle is on the network: the record
// is read, the connection idles during the POST, and the row is marked in a short write of its
// own, so a patient's submit on another connection never waits for the server.
#include <chrono>
#include <cstdint>
#include <stop_token>
#include <string>

#include "fhir/delivery_lock.hpp"

#include "fhir/fhir_options.hpp"
#include "fhir/fhir_server.hpp"
#include "forms/form_catalog.hpp"
#include "store/store.hpp"

namespace intake::fhir {

inline constexpr const char* kDeliveryActor = "fhir-delivery";

enum class DeliveryOutcome {
  nothing_waiting,
  delivered,
  failed,   // counted against the row (failing_since, last_error)
  busy,     // another sender holds the delivery lock; nothing was sent
  stopped,  // the stop token fired mid-send; nothing counted, the row waits
};

struct DeliveryStep {
  DeliveryOutcome outcome = DeliveryOutcome::nothing_waiting;
  std::string record_id;
  std::string error;  // one sentence, no patient data, when failed
};

// Sends the oldest waiting row once, holding the delivery lock (waiting for it or not).
DeliveryStep deliver_next(store::Store& store, const forms::FormCatalog* catalog, const FhirOptions& options,
                          const ServerConfig& server, DeliveryLock::Wait wait = DeliveryLock::Wait::yes,
                          std::stop_token stop = {});

struct DeliveryRun {
  std::int64_t delivered = 0;
  bool failed = false;
  std::string error;
};

// deliver_next (waiting for the lock) until nothing waits, the first failure, or `limit` rows.
DeliveryRun deliver_waiting(store::Store& store, const forms::FormCatalog* catalog,
                            const FhirOptions& options, const ServerConfig& server,
                            std::int64_t limit = INT64_MAX);

// The wait before retry `failures` (1, 2, ...): 2 s doubling to at most 5 minutes.
std::chrono::milliseconds retry_delay(int failures);

}  // namespace intake::fhir
