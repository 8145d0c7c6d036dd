// Delivery to a real FHIR server (@medplum/fhir-router over its MemoryRepository, journaled to
// disk so it can be killed and started again), through the real binary's `fhir send`: the
// server killed mid-delivery, the kiosk SIGKILLed while the server's answer is on its way,
// 500s, lost answers and time-outs. Afterwards every record is on the server exactly once,
// with every PDF byte for byte. Everything listens on 127.0.0.1 only.
#include <sys/stat.h>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include "delivery_rig.hpp"
#include "fhir_test_support.hpp"
#include "store/settings.hpp"

using namespace intake;
using namespace intake::fhir::test;
using namespace std::chrono_literals;

TEST_CASE("records reach a real FHIR server exactly once when the server is killed mid-delivery",
          "[fhir][delivery]") {
  Rig rig(12);
  rig.start_server();
  const int port = rig.server->port;
  // The proxy slows each Bundle down a little so the kill lands while the kiosk is sending.
  rig.start_proxy({"--delay", "1000", "--delay-ms", "150"});
  rig.configure(rig.proxy->port);
  ChildProcess send(rig.kiosk_argv({"fhir", "send"}));
  for (int i = 0; i < 400 && rig.status().delivered < 3; ++i) send.wait_exit(25ms);
  REQUIRE(rig.status().delivered >= 3);
  REQUIRE(rig.status().waiting > 0);
  rig.server->process.kill_now();
  const auto exit_code = send.wait_exit(60s);
  REQUIRE(exit_code);
  CHECK(*exit_code != 0);  // the run stopped at the dead server; the rest waits

  // The status says what staff need to know.
  auto status = rig.kiosk("fhir status");
  CHECK_THAT(status.out, Catch::Matchers::ContainsSubstring("waiting to send"));
  CHECK_THAT(status.out, Catch::Matchers::ContainsSubstring("server unreachable since"));

  rig.start_server(port);  // the same server, started again from its journal
  rig.start_proxy({});
  rig.configure(rig.proxy->port);
  rig.send_until_done();
  rig.check_exactly_once(port);
}

TEST_CASE("a kiosk SIGKILLed while the server's answer is on its way sends again without duplicates",
          "[fhir][delivery]") {
  Rig rig(8);
  rig.start_server();
  // The 4th Bundle reaches the server, which creates everything, but its answer never arrives.
  rig.start_proxy({"--hold-after", "3"});
  rig.configure(rig.proxy->port);
  {
    ChildProcess send(rig.kiosk_argv({"fhir", "send"}));
    REQUIRE(rig.proxy->process.wait_for("held", 60s));
    send.kill_now();
  }
  CHECK(rig.status().delivered == 3);
  rig.start_proxy({});
  rig.configure(rig.proxy->port);
  rig.send_until_done();
  rig.check_exactly_once(rig.server->port);
}

TEST_CASE("500s, lost answers and time-outs leave records waiting, then each arrives exactly once",
          "[fhir][delivery]") {
  Rig rig(6);
  rig.start_server();
  rig.start_proxy({"--fail", "2", "--fail-after-forward", "2", "--delay", "1", "--delay-ms", "3000"});
  rig.configure(rig.proxy->port, "--timeout 1");
  auto first = rig.kiosk("fhir send");
  CHECK(first.exit_code != 0);
  CHECK_THAT(first.err, Catch::Matchers::ContainsSubstring("HTTP 500"));
  rig.send_until_done();
  rig.check_exactly_once(rig.server->port);

  // A review made after delivery goes out too: its Provenance and PDF version, nothing twice.
  review(rig.store, rig.ids[1], "Cleared after a look at the photographs.");
  CHECK(rig.status().waiting == 1);
  rig.send_until_done();
  rig.check_exactly_once(rig.server->port);
}

TEST_CASE("a bearer token is sent from a 0600 file and never kept in the store", "[fhir][delivery]") {
  Rig rig(1);
  rig.start_server(0, "s3cret-token-for-tests");
  rig.configure(rig.server->port);
  auto refused = rig.kiosk("fhir send");
  CHECK(refused.exit_code != 0);
  CHECK_THAT(refused.err, Catch::Matchers::ContainsSubstring("HTTP 401"));

  const auto token_file = rig.data / "fhir-token";
  submission::test::write_text(token_file, "s3cret-token-for-tests\n");
  ::chmod(token_file.c_str(), 0644);
  auto loose = rig.kiosk("fhir send");
  CHECK(loose.exit_code != 0);
  CHECK_THAT(loose.err, Catch::Matchers::ContainsSubstring("chmod 600"));
  ::chmod(token_file.c_str(), 0600);
  auto sent = rig.kiosk("fhir send");
  INFO(sent.err);
  CHECK(sent.exit_code == 0);
  CHECK(rig.status().waiting == 0);
  auto settings = store::all_settings(rig.store);
  REQUIRE(settings);
  for (const auto& [key, value] : *settings) CHECK(value.find("s3cret") == std::string::npos);
  rig.check_exactly_once(rig.server->port);
}
