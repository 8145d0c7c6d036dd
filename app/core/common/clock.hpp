#pragma once
// "Now" and the clinic's zone as the core sees them. main (cli/host_environment.hpp) makes one
// from the system clock and the machine's zone; tests make one from a test clock. Nothing in
// the core reads the system clock or the time zone itself: it asks the Clock it was given.
#include <chrono>
#include <functional>
#include <string>

#include "common/calendar_date.hpp"
#include "common/time_zone.hpp"

namespace intake {

using TimePoint = std::chrono::system_clock::time_point;

struct Clock {
  std::function<TimePoint()> now;
  TimeZone zone;  // the clinic's zone (UTC unless main or the test says otherwise)

  // The local date of now() in zone.
  CalendarDate today() const;
  // now() as "2026-11-21T13:36:43+01:00" in zone (what initials and signatures record).
  std::string offset_now() const;
};

// A clock that always says `at` (tests, and commands that are told the time).
Clock fixed_clock(TimePoint at, TimeZone zone = {});

}  // namespace intake
