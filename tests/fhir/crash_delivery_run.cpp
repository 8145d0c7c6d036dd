#include "crash_delivery_run.hpp"

#include <signal.h>
#include <catch2/catch_test_macros.hpp>

#include "xvfb_display.hpp"

namespace intake::fhir::test {

using namespace std::chrono_literals;
using SteadyClock = std::chrono::steady_clock;

namespace {

double seconds_since(SteadyClock::time_point start) {
  return std::chrono::duration<double>(SteadyClock::now() - start).count();
}

}  // namespace

CrashRunFigures run_crash_delivery(int records, int rounds) {
  CrashRunFigures figures;
  const auto seed_start = SteadyClock::now();
  Rig rig(records);
  figures.seed_seconds = seconds_since(seed_start);
  // Generous deadlines: they only bound a hung run; the test waits for state, not for time.
  const auto deadline = std::chrono::seconds(120 + records);
  testing::XvfbDisplay display(1024, 768);

  rig.start_server();
  const int server_port = rig.server->port;
  // The kiosk's address for the server is the proxy's; each phase replaces the proxy with one
  // with other faults at the same port.
  rig.start_proxy({});
  const int proxy_port = rig.proxy->port;
  rig.configure(proxy_port, "--timeout 5");
  const std::int64_t total = records;
  const auto deliver_start = SteadyClock::now();
  std::unique_ptr<ChildProcess> kiosk;
  for (int round = 0; round < rounds; ++round) {
    // 1. The first POST is answered 500, the second reaches the server but its answer is lost
    //    (500), the third is held 7 s against the kiosk's 5 s time-out (and reaches the server
    //    after it: the retry comes after a backoff longer than that).
    rig.start_proxy({"--fail", "1", "--fail-after-forward", "1", "--delay", "1", "--delay-ms", "7000"},
                    proxy_port);
    kiosk = rig.start_kiosk_app(display.display());
    const std::int64_t target = std::max<std::int64_t>(2, total * (2 * round + 1) / (2 * rounds + 1));
    REQUIRE(rig.wait_until([&](const auto& s) { return s.delivered >= target; }, deadline));
    ++figures.injected_500s;
    ++figures.lost_answers;
    ++figures.time_outs;

    // 2. The server SIGKILLed mid-delivery: staff see it failing, then it comes back.
    rig.server->process.kill_now();
    ++figures.server_kills;
    REQUIRE(rig.wait_until([](const auto& s) { return s.failing_since.has_value(); }, deadline));
    const std::int64_t before_restart = rig.status().delivered;
    CHECK(before_restart < total);
    rig.start_server(server_port);
    const std::int64_t next_target =
        std::max<std::int64_t>(target, total * (2 * round + 2) / (2 * rounds + 1));
    REQUIRE(rig.wait_until(
        [&](const auto& s) { return s.delivered > before_restart && s.delivered >= next_target; }, deadline));

    // 3. The kiosk SIGKILLed with a Bundle at the server and its answer held back.
    rig.start_proxy({"--hold-after", "0"}, proxy_port);
    REQUIRE(rig.proxy->process.wait_for("held", deadline));
    kiosk->kill_now();
    ++figures.kiosk_kills;

    // 4. The CLI sender SIGKILLed the same way (its first Bundle is the one the kiosk lost).
    rig.start_proxy({"--hold-after", "1"}, proxy_port);
    {
      ChildProcess send(rig.kiosk_argv({"fhir", "send"}));
      REQUIRE(rig.proxy->process.wait_for("held", deadline));
      send.kill_now();
      ++figures.cli_kills;
    }
    CHECK(rig.status().waiting > 0);
  }

  // 5. A new kiosk finishes, including check-ins made while it runs (it finds them by polling:
  //    they were not submitted on its screens), and stops cleanly on SIGTERM.
  rig.start_proxy({}, proxy_port);
  kiosk = rig.start_kiosk_app(display.display());
  rig.add_records(3);
  const std::int64_t all = static_cast<std::int64_t>(rig.ids.size());
  REQUIRE(rig.wait_until([&](const auto& s) { return s.waiting == 0 && s.delivered >= all; }, deadline));
  figures.deliver_seconds = seconds_since(deliver_start);
  figures.records = static_cast<int>(all);
  kiosk->send_signal(SIGTERM);
  const auto exit_code = kiosk->wait_exit(30s);
  REQUIRE(exit_code);
  CHECK(*exit_code == 0);
  CHECK_FALSE(rig.status().failing_since.has_value());

  const auto check_start = SteadyClock::now();
  figures.check = rig.check_exactly_once(server_port);
  figures.check_seconds = seconds_since(check_start);
  CHECK(figures.check.duplicates == 0);
  CHECK(figures.check.missing == 0);
  CHECK(figures.check.pdf_mismatches == 0);
  return figures;
}

}  // namespace intake::fhir::test
