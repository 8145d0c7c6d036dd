// The delivery worker in this process (its own thread and store connection) against the real
// FHIR server: it sends what a submit queues, a patient's submit goes through while a Bundle
// hangs at the server, a stop abandons a hung Bundle without counting it against the server,
// and two senders never work on the outbox at once.
#include <catch2/catch_test_macros.hpp>

#include "delivery_rig.hpp"
#include "fhir/delivery_lock.hpp"
#include "fhir/delivery_worker.hpp"
#include "fhir/outbox_delivery.hpp"
#include "fhir_test_support.hpp"
#include "intake/build_paths.hpp"
#include "test_clock.hpp"

using namespace intake;
using namespace intake::fhir::test;
using namespace std::chrono_literals;

namespace {

fhir::DeliveryWorkerOptions worker_options(const Rig& rig) {
  fhir::DeliveryWorkerOptions options;
  options.paths.data_dir = rig.data;
  options.clock = intake::test::real_clock();
  options.paths.forms_dir = INTAKE_SOURCE_FORMS_DIR;
  options.catalog =
      std::make_shared<const forms::FormCatalog>(forms::load_form_catalog(INTAKE_SOURCE_FORMS_DIR));
  options.backoff = [](int) { return std::chrono::milliseconds(200); };
  return options;
}

}  // namespace

TEST_CASE("the worker sends each new check-in as soon as it is told, in order, exactly once",
          "[fhir][worker]") {
  Rig rig(3);
  rig.start_server();
  rig.configure(rig.server->port);
  auto options = worker_options(rig);
  options.idle_poll = std::chrono::minutes(10);  // only wake() can bring the later check-ins
  fhir::DeliveryWorker worker(std::move(options));
  REQUIRE(rig.wait_until([](const auto& s) { return s.waiting == 0 && s.delivered == 3; }, 120s));
  rig.add_records(2);
  worker.wake();
  REQUIRE(rig.wait_until([](const auto& s) { return s.waiting == 0 && s.delivered == 5; }, 120s));
  rig.check_exactly_once(rig.server->port);
  // In order: the server's journal holds the Patients oldest record first.
  const auto patients = rig.created()["Patient"];
  REQUIRE(patients.size() == rig.ids.size());
  for (std::size_t i = 0; i < patients.size(); ++i)
    CHECK(patients[i]["identifier"][0]["value"] == rig.ids[i]);
}

TEST_CASE("a submit completes while the worker's Bundle hangs at the server, and a stop abandons it",
          "[fhir][worker]") {
  Rig rig(2);
  rig.start_server();
  rig.start_proxy({"--hold-after", "0"});
  rig.configure(rig.proxy->port, "--timeout 600");
  {
    fhir::DeliveryWorker worker(worker_options(rig));
    REQUIRE(rig.proxy->process.wait_for("held", 60s));
    // The worker is inside its POST: the store is not held, so a patient's check-in is stored.
    rig.add_records(1);
    CHECK(rig.status().waiting == 3);
    // The stop (the worker's destructor) must not wait out the 600 s time-out.
  }
  const auto status = rig.status();
  CHECK(status.delivered == 0);
  CHECK(status.waiting == 3);
  CHECK_FALSE(status.failing_since.has_value());  // a stop is not the server's failure

  rig.start_proxy({});
  rig.configure(rig.proxy->port);
  fhir::DeliveryWorker worker(worker_options(rig));
  REQUIRE(rig.wait_until([](const auto& s) { return s.waiting == 0; }, 120s));
  rig.check_exactly_once(rig.server->port);
}

TEST_CASE("while one sender holds the delivery lock another sends nothing", "[fhir][worker]") {
  Rig rig(1);
  rig.start_server();
  rig.configure(rig.server->port);
  auto held = fhir::DeliveryLock::acquire(rig.data, fhir::DeliveryLock::Wait::yes);
  REQUIRE(held);
  REQUIRE(held->held());
  auto server = fhir::load_server_config(rig.store, {});
  REQUIRE(server);
  const auto catalog = forms::load_form_catalog(INTAKE_SOURCE_FORMS_DIR);
  const auto step =
      fhir::deliver_next(rig.store, &catalog, rig.options, *server, fhir::DeliveryLock::Wait::no);
  CHECK(step.outcome == fhir::DeliveryOutcome::busy);
  CHECK(rig.status().waiting == 1);
  CHECK(rig.status().last_error.empty());
}

TEST_CASE("a failing server is retried after the backoff and staff see since when", "[fhir][worker]") {
  Rig rig(2);
  rig.start_server();
  rig.start_proxy({"--fail", "3"});
  rig.configure(rig.proxy->port);
  fhir::DeliveryWorker worker(worker_options(rig));
  REQUIRE(rig.wait_until([](const auto& s) { return s.failing_since.has_value(); }, 60s));
  CHECK(rig.status().last_error.find("HTTP 500") != std::string::npos);
  REQUIRE(rig.wait_until([](const auto& s) { return s.waiting == 0; }, 120s));
  CHECK_FALSE(rig.status().failing_since.has_value());
  rig.check_exactly_once(rig.server->port);
}
