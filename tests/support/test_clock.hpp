#pragma once
// Clocks for tests (the core takes its clock as a value: common/clock.hpp).
#include "common/clock.hpp"

namespace intake::test {

// The machine's clock, in UTC: for tests that only need time to pass as it really does.
Clock real_clock();

// 2026-11-21 (the day the tests' dates of birth and ages are written for), from 09:00 UTC on and
// moving with real time, so check-ins made one after another keep their order. The headless
// kiosk gives this one clock to its submissions and to staff mode alike.
Clock test_day_clock();

// The system clock in the machine's zone, as the real binary's main makes it: for a headless twin
// that must show what a real kiosk started by the same test shows.
Clock machine_clock();

// Always `at` (UTC).
Clock clock_at(TimePoint at);

}  // namespace intake::test
