#pragma once
// The crash run: `records` check-ins delivered by the real kiosk's delivery worker (the kiosk
// under Xvfb) and by `fhir send`, through every failure the issue names. Each of `rounds`
// rounds, in this order:
//   1. a 500, a lost answer (the server created everything; the kiosk hears 500) and a
//      time-out, each retried with backoff;
//   2. the FHIR server SIGKILLed mid-delivery and started again from its journal;
//   3. the kiosk SIGKILLed while a Bundle is at the server and its answer on the way;
//   4. the CLI sender SIGKILLed the same way.
// Then a new kiosk sends the rest, and check-ins made while it runs, and stops on SIGTERM.
// Afterwards every record is on the server exactly once with each PDF byte for byte
// (Rig::check_exactly_once). ctest runs it small (one round); tests/bench/fhir runs 1,000.
#include <string>

#include "delivery_rig.hpp"

namespace intake::fhir::test {

struct CrashRunFigures {
  int records = 0;  // check-ins delivered, those made during the run included
  int injected_500s = 0;
  int lost_answers = 0;  // the server created the Bundle's resources, the sender heard 500
  int time_outs = 0;
  int server_kills = 0;
  int kiosk_kills = 0;  // SIGKILL with a Bundle at the server and its answer held back
  int cli_kills = 0;
  ExactlyOnceCount check;
  double seed_seconds = 0;     // making the check-ins (PDF, signature, store)
  double deliver_seconds = 0;  // from the first kiosk's start to nothing waiting
  double check_seconds = 0;    // reading everything back from the server's journal
};

CrashRunFigures run_crash_delivery(int records, int rounds = 1);

}  // namespace intake::fhir::test
