#include "fhir/outbox_delivery.hpp"

#include <algorithm>

#include "common/secure_memory.hpp"
#include "fhir/fhir_http.hpp"
#include "fhir/record_fhir_export.hpp"
#include "store/fhir_outbox.hpp"

namespace intake::fhir {

using nlohmann::json;

namespace {

// "" when every entry of the answer was created (201) or already there (200).
std::string check_answer(const HttpAnswer& answer, const json& sent) {
  if (answer.status == 0) return "The FHIR server did not answer (" + answer.failure + ").";
  if (answer.status != 200)
    return "The FHIR server answered HTTP " + std::to_string(answer.status) + " to the record's Bundle.";
  const json reply = json::parse(answer.body, nullptr, false);
  if (!reply.is_object() || reply.value("resourceType", "") != "Bundle" ||
      !reply.value("type", "").ends_with("-response"))
    return "The FHIR server's answer is not a transaction-response Bundle.";
  const json& entries = reply.contains("entry") ? reply["entry"] : json::array();
  if (!entries.is_array() || entries.size() != sent["entry"].size())
    return "The FHIR server answered for " + std::to_string(entries.is_array() ? entries.size() : 0) +
           " of " + std::to_string(sent["entry"].size()) + " entries.";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const json& response = entries[i].contains("response") ? entries[i]["response"] : json::object();
    const std::string status = response.is_object() ? response.value("status", "") : "";
    if (!status.starts_with("201") && !status.starts_with("200"))
      return "The FHIR server refused the " +
             sent["entry"][i]["resource"].value("resourceType", std::string("?")) + " entry (status " +
             (status.empty() ? std::string("missing") : status.substr(0, 3)) + ").";
  }
  return "";
}

}  // namespace

DeliveryStep deliver_next(store::Store& store, const forms::FormCatalog* catalog, const FhirOptions& options,
                          const ServerConfig& server, DeliveryLock::Wait wait, std::stop_token stop) {
  DeliveryStep step;
  auto lock = DeliveryLock::acquire(store.data_dir(), wait);
  if (!lock) {
    step.outcome = DeliveryOutcome::failed;
    step.error = lock.error().message;
    return step;
  }
  if (!lock->held()) {
    step.outcome = DeliveryOutcome::busy;
    return step;
  }
  auto next = store::next_fhir_delivery(store);
  if (!next) {
    step.outcome = DeliveryOutcome::failed;
    step.error = next.error().message;
    return step;
  }
  if (!*next) return step;
  const store::OutboxEntry entry = **next;
  step.record_id = entry.record_id;
  auto bundle = load_record_bundle(store, entry.record_id, catalog, options, kDeliveryActor, server.base_url);
  if (!bundle) {
    step.outcome = DeliveryOutcome::failed;
    step.error = bundle.error().message;
    (void)store::mark_fhir_failed(store, entry.seq, step.error, store.clock().now());
    return step;
  }
  std::string body = bundle->dump(-1, ' ', false, json::error_handler_t::replace);
  HttpAnswer answer = post_bundle(server, body, stop);
  secure_wipe(body);
  if (stop.stop_requested()) {
    // Not the server's fault: nothing is counted. The server may have it; the next send finds it (200).
    secure_wipe(answer.body);
    step.outcome = DeliveryOutcome::stopped;
    return step;
  }
  std::string problem = check_answer(answer, *bundle);
  secure_wipe(answer.body);
  const auto now = store.clock().now();
  if (!problem.empty()) {
    step.outcome = DeliveryOutcome::failed;
    step.error = problem;
    (void)store::mark_fhir_failed(store, entry.seq, problem, now);
    return step;
  }
  if (auto st = store::mark_fhir_delivered(store, entry.seq, now); !st) {
    // The server has it; the row stays waiting and the next send finds everything there (200).
    step.outcome = DeliveryOutcome::failed;
    step.error = st.error().message;
    return step;
  }
  step.outcome = DeliveryOutcome::delivered;
  return step;
}

DeliveryRun deliver_waiting(store::Store& store, const forms::FormCatalog* catalog,
                            const FhirOptions& options, const ServerConfig& server, std::int64_t limit) {
  DeliveryRun run;
  for (std::int64_t i = 0; i < limit; ++i) {
    DeliveryStep step = deliver_next(store, catalog, options, server);
    if (step.outcome == DeliveryOutcome::nothing_waiting) break;
    if (step.outcome != DeliveryOutcome::delivered) {
      run.failed = true;
      run.error = step.error;
      break;
    }
    ++run.delivered;
  }
  return run;
}

std::chrono::milliseconds retry_delay(int failures) {
  const int doublings = std::clamp(failures - 1, 0, 8);
  return std::min(std::chrono::milliseconds(2000) * (1 << doublings), std::chrono::milliseconds(300000));
}

}  // namespace intake::fhir
