#pragma once
// Works through the store's FHIR outbox (store/fhir_outbox.hpp) in order: each waiting row's
// record is read (audited, actor "fhir-delivery", destination the server's URL), built as its
// whole Bundle (record_bundle.hpp, conditional creates) and POSTed. A row is marked delivered
// only when the answer is a transaction-response whose every entry says 201 (created) or 200
// (already there); anything else (no answer, a time-out, 4xx/5xx, a refused entry) counts a
// failed attempt and leaves the row waiting. Because every entry is a conditional create,
// sending a row again after a lost answer, a crash or a kill creates nothing twice.
#include <chrono>
#include <cstdint>
#include <string>

#include "fhir/fhir_options.hpp"
#include "fhir/fhir_server.hpp"
#include "forms/form_catalog.hpp"
#include "store/store.hpp"

namespace intake::fhir {

inline constexpr const char* kDeliveryActor = "fhir-delivery";

enum class DeliveryOutcome { nothing_waiting, delivered, failed };

struct DeliveryStep {
  DeliveryOutcome outcome = DeliveryOutcome::nothing_waiting;
  std::string record_id;
  std::string error;  // one sentence, no patient data, when failed
};

// Sends the oldest waiting row once.
DeliveryStep deliver_next(store::Store& store, const forms::FormCatalog* catalog, const FhirOptions& options,
                          const ServerConfig& server);

struct DeliveryRun {
  std::int64_t delivered = 0;
  bool failed = false;
  std::string error;
};

// deliver_next until nothing waits, the first failure, or `limit` rows.
DeliveryRun deliver_waiting(store::Store& store, const forms::FormCatalog* catalog, const FhirOptions& options,
                            const ServerConfig& server, std::int64_t limit = INT64_MAX);

// The wait before retry `failures` (1, 2, ...): 2 s doubling to at most 5 minutes.
std::chrono::milliseconds retry_delay(int failures);

}  // namespace intake::fhir
