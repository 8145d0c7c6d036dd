// The kiosk's own delivery worker, in the real binary under Xvfb, against the real FHIR
// server: 500s, a lost answer, a time-out, the server killed and restarted, the kiosk and the
// CLI sender SIGKILLed mid-send. Every check-in arrives exactly once with its PDF byte for
// byte. tests/bench/fhir runs the same with 1,000 check-ins.
#include <catch2/catch_test_macros.hpp>

#include "crash_delivery_run.hpp"

using namespace intake::fhir::test;

TEST_CASE("the kiosk's delivery worker gets every check-in to the server exactly once through crashes",
          "[fhir][delivery][kiosk]") {
  const CrashRunFigures figures = run_crash_delivery(24);
  CHECK(figures.records == 24 + 3);  // and the three made while the last kiosk ran
  CHECK(figures.check.expected > 4 * 27);
  CHECK(figures.check.duplicates == 0);
  CHECK(figures.check.missing == 0);
}
