#pragma once
// The kiosk's FHIR delivery: one thread with its own store connection that sends the outbox
// in order through deliver_next (the same function as `fhir send`), retrying with backoff.
//
// It never holds anything the screens wait for: the patient's submit runs on the submission
// service's connection, and this thread's only store writes are the audit entries of its reads
// and one short UPDATE per row, none of them open while a Bundle is on the network.
// The settings (server, token, system base) are read again before each row, so a change from
// staff mode or the shell applies without a restart, and "off" stops sending.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "common/clock.hpp"
#include "common/resource_paths.hpp"
#include "forms/form_catalog.hpp"

namespace intake::fhir {

struct DeliveryWorkerOptions {
  ResourcePaths paths;  // data and credentials directories (from main)
  Clock clock;          // from main: the store writes its times with it
  std::shared_ptr<const forms::FormCatalog> catalog;
  // How often an idle worker looks at the outbox again for rows it was not told about (a
  // review made in staff mode, a record submitted by the shell). wake() is faster.
  std::chrono::milliseconds idle_poll{5000};
  // The wait after the n-th failure in a row (retry_delay: 2 s doubling to 5 minutes).
  std::function<std::chrono::milliseconds(int failures)> backoff;
  // One line per change of state ("sending again", a failure's sentence); never patient data.
  std::function<void(const std::string&)> log;
};

class DeliveryWorker {
 public:
  explicit DeliveryWorker(DeliveryWorkerOptions options);
  // Stops the thread: a Bundle on the network is abandoned within about a second and stays
  // waiting (the next start sends it again, and the conditional creates make that harmless).
  ~DeliveryWorker();
  DeliveryWorker(const DeliveryWorker&) = delete;
  DeliveryWorker& operator=(const DeliveryWorker&) = delete;

  // Something new is in the outbox (a submit) or the settings changed: look now, unless the
  // worker is waiting out a failure's backoff (a burst of check-ins must not hammer a server
  // that is down).
  void wake();

 private:
  void run(std::stop_token stop);
  // Sleeps `how_long`, or until wake() (when `wakeable`) or stop.
  void pause(std::stop_token& stop, std::chrono::milliseconds how_long, bool wakeable);

  DeliveryWorkerOptions options_;
  std::mutex mutex_;
  std::condition_variable_any changed_;
  bool woken_ = false;
  std::jthread thread_;  // last: started after everything it uses exists, joined first
};

}  // namespace intake::fhir
