#include "test_clock.hpp"

#include <chrono>

#include "cli/host_environment.hpp"

namespace intake::test {

Clock real_clock() {
  return Clock{[] { return std::chrono::system_clock::now(); }, TimeZone::utc()};
}

Clock test_day_clock() {
  using namespace std::chrono;
  const TimePoint start = sys_days{year{2026} / November / 21} + hours{9};
  const auto began = steady_clock::now();
  return Clock{
      [start, began] { return start + duration_cast<system_clock::duration>(steady_clock::now() - began); },
      TimeZone::utc()};
}

Clock machine_clock() {
  // Reading (never changing) the test's own environment, as main does.
  return cli::system_clock_in_zone(cli::read_host_environment().tz);
}

Clock clock_at(TimePoint at) { return fixed_clock(at); }

}  // namespace intake::test
