#include "fhir/delivery_worker.hpp"

#include <optional>

#include "fhir/fhir_options.hpp"
#include "fhir/fhir_server.hpp"
#include "fhir/outbox_delivery.hpp"
#include "store/store.hpp"

namespace intake::fhir {

DeliveryWorker::DeliveryWorker(DeliveryWorkerOptions options) : options_(std::move(options)) {
  if (!options_.backoff) options_.backoff = retry_delay;
  if (!options_.log) options_.log = [](const std::string&) {};
  thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

DeliveryWorker::~DeliveryWorker() {
  thread_.request_stop();
  changed_.notify_all();
  // jthread joins here.
}

void DeliveryWorker::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  changed_.notify_all();
}

void DeliveryWorker::pause(std::stop_token& stop, std::chrono::milliseconds how_long, bool wakeable) {
  std::unique_lock lock(mutex_);
  if (!wakeable) woken_ = false;
  changed_.wait_for(lock, stop, how_long, [&] { return wakeable && woken_; });
  woken_ = false;
}

void DeliveryWorker::run(std::stop_token stop) {
  std::optional<store::Store> store;
  int failures = 0;
  std::string last_problem;
  // A failure is logged when it differs from the last one, and recovery once.
  auto report = [&](const std::string& problem) {
    if (problem == last_problem) return;
    if (problem.empty())
      options_.log("FHIR delivery: sending again.");
    else
      options_.log("FHIR delivery: " + problem + " Retrying with backoff.");
    last_problem = problem;
  };
  while (!stop.stop_requested()) {
    if (!store) {
      auto opened = store::open_store(options_.paths, options_.clock);
      if (!opened) {
        report(opened.error().message);
        pause(stop, options_.backoff(++failures), false);
        continue;
      }
      store.emplace(std::move(*opened));
    }
    auto server = load_server_config(*store, options_.paths.credentials_dir);
    auto fhir_options = server ? load_fhir_options(*store) : Result<FhirOptions>(server.error());
    if (!server || !fhir_options) {
      report(server ? fhir_options.error().message : server.error().message);
      pause(stop, options_.backoff(++failures), false);
      continue;
    }
    if (!server->enabled()) {
      failures = 0;
      pause(stop, options_.idle_poll, true);
      continue;
    }
    const DeliveryStep step =
        deliver_next(*store, options_.catalog.get(), *fhir_options, *server, DeliveryLock::Wait::no, stop);
    switch (step.outcome) {
      case DeliveryOutcome::delivered:
        if (failures > 0) report("");
        failures = 0;
        break;
      case DeliveryOutcome::nothing_waiting:
        if (failures > 0) report("");
        failures = 0;
        pause(stop, options_.idle_poll, true);
        break;
      case DeliveryOutcome::busy:  // `fhir send` from a shell is at it; look again soon
        pause(stop, std::min(options_.idle_poll, std::chrono::milliseconds(1000)), false);
        break;
      case DeliveryOutcome::stopped: break;
      case DeliveryOutcome::failed:
        report(step.error);
        pause(stop, options_.backoff(++failures), false);
        break;
    }
  }
}

}  // namespace intake::fhir
