#pragma once
// The crash run: `records` check-ins delivered by the real kiosk's delivery worker (the kiosk
// under Xvfb) and by `fhir send`, through every failure the issue names, in this order:
//   1. a 500, a lost answer (the server created everything; the kiosk hears 500) and a
//      time-out, each retried with backoff;
//   2. the FHIR server SIGKILLed mid-delivery and started again from its journal;
//   3. the kiosk SIGKILLed while a Bundle is at the server and its answer on the way;
//   4. the CLI sender SIGKILLed the same way;
//   5. a new kiosk sends the rest, and check-ins made while it runs, then stops on SIGTERM.
// Afterwards every record is on the server exactly once with each PDF byte for byte
// (Rig::check_exactly_once). ctest runs it small; tests/bench/fhir runs it with 1,000.
#include <string>

namespace intake::fhir::test {

struct CrashRunFigures {
  int records = 0;
  double seed_seconds = 0;     // making the check-ins (PDF, signature, store)
  double deliver_seconds = 0;  // from the first kiosk's start to nothing waiting
  double check_seconds = 0;    // reading everything back from the server's journal
};

CrashRunFigures run_crash_delivery(int records);

}  // namespace intake::fhir::test
